import commcareJson from '@/content/sizing/commcare.json';
import dhis2Json from '@/content/sizing/dhis2.json';
import { ZCommCareSizingConstants } from '@/lib/domain/commcare-sizing-constants';
import { ZDhis2SizingConstants } from '@/lib/domain/dhis2-sizing-constants';

/** Sizing reference data from content/sizing, validated once when first imported. */
export const COMMCARE_SIZING = ZCommCareSizingConstants.parse(commcareJson);
export const DHIS2_SIZING = ZDhis2SizingConstants.parse(dhis2Json);
