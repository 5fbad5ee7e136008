import 'server-only';
import { ZTemplate, type TTemplate } from '@/lib/content/template-schema';
import { indexTemplate } from '@/lib/content/template-index';

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

type TDefinitionReader = { templateVersion: { findUniqueOrThrow(args: { where: { id: string }; select: { definition: true } }): Promise<{ definition: unknown }> } };

/** The parsed template of a version, reading its (large) definition from the database only when this process has not parsed it yet. */
export async function templateById(prisma: TDefinitionReader, templateVersionId: string) {
  const cached = cache.get(templateVersionId);
  if (cached) return cached;
  const { definition } = await prisma.templateVersion.findUniqueOrThrow({ where: { id: templateVersionId }, select: { definition: true } });
  return parsedTemplate(templateVersionId, definition);
}
