import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in paths and bodies are UUIDs; anything else is "not found" before any query runs. */
export const isUuid = (value: string) => UUID.test(value);

export const ZAssessmentId = z.uuid('Unknown assessment.');
