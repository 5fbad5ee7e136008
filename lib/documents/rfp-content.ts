import commcareJson from '@/content/rfp/commcare.json';
import dhis2Json from '@/content/rfp/dhis2.json';
import skeletonJson from '@/content/rfp/skeleton.json';
import { ZRfpPlatformContent, ZRfpSkeleton, type TRfpContent } from '@/lib/domain/documents/rfp-content-schema';

/** The RFP text of content/rfp, validated once when first imported (a content mistake fails loudly). */
export const RFP_CONTENT: TRfpContent = {
  skeleton: ZRfpSkeleton.parse(skeletonJson),
  platforms: { commcare: ZRfpPlatformContent.parse(commcareJson), dhis2: ZRfpPlatformContent.parse(dhis2Json) },
};
