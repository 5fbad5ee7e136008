import commcareJson from '@/content/sizing/commcare.json';
import dhis2Json from '@/content/sizing/dhis2.json';
import { commcareConstantsFromReference } from '@/lib/domain/commcare-default-config';
import { ZDhis2SizingConstants } from '@/lib/domain/dhis2-sizing-constants';

/**
 * Sizing reference data from content/sizing, validated once when first imported. CommCare's is a
 * commcare-resource-model configuration (the bka-test example, YAML with its comments) sized by
 * the same parser and engine as an uploaded configuration.
 */
export const COMMCARE_SIZING = commcareConstantsFromReference(commcareJson);
export const DHIS2_SIZING = ZDhis2SizingConstants.parse(dhis2Json);
