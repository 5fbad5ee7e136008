import commcareJson from '@/content/sizing/commcare.json';
import dhis2Json from '@/content/sizing/dhis2.json';
import { commcareConstantsFromReference, ZCommCareReference } from '@/lib/domain/commcare-default-config';
import { ZDhis2SizingConstants } from '@/lib/domain/dhis2-sizing-constants';
import { parseResourceModelConfig } from '@/lib/domain/resource-model-config';

/**
 * Sizing reference data from content/sizing, validated once when first imported. CommCare's is a
 * commcare-resource-model configuration (the bka-test example, YAML with its comments) sized by
 * the same parser and engine as an uploaded configuration.
 */
export const COMMCARE_SIZING = commcareConstantsFromReference(commcareJson);
export const DHIS2_SIZING = ZDhis2SizingConstants.parse(dhis2Json);

const reference = ZCommCareReference.parse(commcareJson);
/** The calculator's settings around a configuration (tiers, which parameters the answers replace, backups, staging). */
export const { resourceModelConfig: DEFAULT_COMMCARE_CONFIG_TEXT, ...COMMCARE_CALCULATOR_SETTINGS } = reference;
const parsedDefault = parseResourceModelConfig(DEFAULT_COMMCARE_CONFIG_TEXT);
if (!parsedDefault.ok) throw new Error('The built-in CommCare configuration cannot be read.');
/** The built-in configuration, parsed: what an assessment's own configuration is compared with. */
export const DEFAULT_COMMCARE_CONFIG = parsedDefault.config;
