import { createHash } from 'node:crypto';
import type { TPrisma } from '@/lib/db/client';
import { loadTemplates } from './load-templates';

/** Canonical JSON (sorted keys), so the hash changes only when the content does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Stores each content template version once. A stored version is never rewritten: if a file's
 * content changed without a new version number, syncing stops with an error rather than changing
 * assessments in flight.
 */
export async function syncTemplates(prisma: TPrisma, dir?: string) {
  const results: { key: string; version: number; created: boolean }[] = [];
  for (const template of loadTemplates(dir)) {
    const contentHash = createHash('sha256').update(canonicalJson(template)).digest('hex');
    const existing = await prisma.templateVersion.findFirst({ where: { organizationId: null, templateKey: template.key, version: template.version } });
    if (existing) {
      if (existing.contentHash !== contentHash) {
        throw new Error(`content/templates: ${template.key} v${template.version} changed but kept its version number. Bump "version" to publish the change.`);
      }
      results.push({ key: template.key, version: template.version, created: false });
      continue;
    }
    await prisma.templateVersion.create({
      data: { templateKey: template.key, version: template.version, platform: template.platform, title: template.title, contentHash, definition: template as object },
    });
    results.push({ key: template.key, version: template.version, created: true });
  }
  return results;
}
