import { z } from 'zod';

/** Where to go after switching organisation from the portfolio: an assessment or one of its phases, never anywhere else. */
export const ZAfterSwitch = z.string().regex(/^\/assessments\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/phases\/[A-Za-z0-9._-]{1,200})?$/);
