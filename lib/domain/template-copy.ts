import type { TTemplate } from '@/lib/content/template-schema';

/**
 * A copy of a template under a new key, as version 1: every id and evidence reference that starts
 * with the old key is renamed, so the copy validates and never collides with its original. Pure.
 */
export function copyTemplateAs(template: TTemplate, key: string, title: string): TTemplate {
  const prefix = `${template.key}.`;
  const rename = (id: string) => (id.startsWith(prefix) ? `${key}.${id.slice(prefix.length)}` : id);
  return {
    ...template,
    key,
    platform: key,
    version: 1,
    title,
    phases: template.phases.map((phase) => ({
      ...phase,
      id: rename(phase.id),
      sections: phase.sections.map((section) => ({
        ...section,
        id: rename(section.id),
        questions: section.questions.map((q) => ({ ...q, id: rename(q.id) })),
        checkpoints: section.checkpoints.map((cp) => ({ ...cp, id: rename(cp.id), evidence: cp.evidence.map(rename) })),
      })),
    })),
  };
}
