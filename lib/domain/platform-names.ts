import { listText } from './documents/format';

/** Platforms as people name them. */
export const PLATFORM_NAMES: Record<string, string> = { commcare: 'CommCare', dhis2: 'DHIS2' };

export const platformName = (id: string) => PLATFORM_NAMES[id] ?? 'Another platform';

/** "CommCare and DHIS2". */
export const platformList = (ids: string[]) => listText(ids.map(platformName));
