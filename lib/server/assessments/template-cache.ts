import 'server-only';
import { ZTemplate, type TTemplate } from '@/lib/content/template-schema';
import { indexTemplate } from '@/lib/content/template-index';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';

/** Stored template versions never change, so each is parsed and indexed once per process. */
const cache = new Map<string, { template: TTemplate; index: ReturnType<typeof indexTemplate> }>();

export function parsedTemplate(templateVersionId: string, definition: unknown) {
  let entry = cache.get(templateVersionId);
  if (!entry) {
    const template = ZTemplate.parse(definition);
    entry = { template, index: indexTemplate(template) };
    cache.set(templateVersionId, entry);
  }
  return entry;
}

const localized = new Map<string, { template: TTemplate; index: ReturnType<typeof indexTemplate> }>();

/** The parsed template in `locale` (its labels, options and checkpoints in words of that language), indexed once per process. */
export function parsedTemplateIn(templateVersionId: string, definition: unknown, locale: TLocale) {
  return templateIn({ templateVersionId, ...parsedTemplate(templateVersionId, definition) }, locale);
}

/** An already parsed (English) template in `locale`, indexed once per process. */
export function templateIn<T extends { templateVersionId: string; template: TTemplate; index: ReturnType<typeof indexTemplate> }>(track: T, locale: TLocale): T {
  if (locale === 'en') return track;
  const key = `${track.templateVersionId}:${locale}`;
  let entry = localized.get(key);
  if (!entry) {
    const template = localizeTemplate(track.template, locale);
    entry = { template, index: indexTemplate(template) };
    localized.set(key, entry);
  }
  return { ...track, ...entry };
}

type TDefinitionReader = { templateVersion: { findUniqueOrThrow(args: { where: { id: string }; select: { definition: true } }): Promise<{ definition: unknown }> } };

/** The parsed template of a version, reading its (large) definition from the database only when this process has not parsed it yet. */
export async function templateById(prisma: TDefinitionReader, templateVersionId: string) {
  const cached = cache.get(templateVersionId);
  if (cached) return cached;
  const { definition } = await prisma.templateVersion.findUniqueOrThrow({ where: { id: templateVersionId }, select: { definition: true } });
  return parsedTemplate(templateVersionId, definition);
}
