import glossaryJson from '@/content/glossary/en.json';
import { ZGlossary } from '@/lib/domain/glossary';

/** The glossary, validated when first imported: a content mistake stops the build, never reaches a page. */
export const GLOSSARY = ZGlossary.parse(glossaryJson);
