import type { TRun } from './doc-model';

/**
 * Template text of content/rfp: `**bold**` spans and `{{name}}` placeholders. A placeholder with a
 * value is replaced by it; one without is drawn as "[to be completed: label]" and reported, so the
 * document never prints a template marker and the missing item can be listed.
 */

export const PLACEHOLDER = /\{\{([a-zA-Z]+)\}\}/g;

/** The template's own marker for a blank ("XXX Client XXX"): never allowed in the output. */
export const TEMPLATE_MARKER = /X{3,}/g;

export type TPlaceholderValues = Record<string, { value?: string; label: string }>;

export const toBeCompleted = (label: string) => `[to be completed: ${label}]`;

/** User text must not smuggle the template's marker into the document. */
export const stripTemplateMarker = (text: string) => text.replace(TEMPLATE_MARKER, '[to be completed]');

export const hasTemplateMarker = (text: string) => /X{3,}/.test(text);

/** Names of the placeholders a template text uses. */
export const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** `blank` draws a placeholder without a value, in the document's language. */
export function fillRuns(template: string, values: TPlaceholderValues, onMissing: (name: string) => void = () => {}, blank: (label: string) => string = toBeCompleted): TRun[] {
  const runs: TRun[] = [];
  template.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    if (!part) return;
    const bold = part.startsWith('**') && part.endsWith('**') && part.length > 4;
    const body = bold ? part.slice(2, -2) : part;
    let last = 0;
    for (const m of body.matchAll(PLACEHOLDER)) {
      if (m.index > last) runs.push({ text: body.slice(last, m.index), ...(bold ? { bold } : {}) });
      const entry = values[m[1]];
      const value = entry?.value?.trim();
      if (value) runs.push({ text: stripTemplateMarker(value), ...(bold ? { bold } : {}) });
      else {
        onMissing(m[1]);
        runs.push({ text: blank(entry?.label ?? m[1]), italic: true, ...(bold ? { bold } : {}) });
      }
      last = m.index + m[0].length;
    }
    if (last < body.length) runs.push({ text: body.slice(last), ...(bold ? { bold } : {}) });
  });
  // A placeholder that filled to nothing at the end of a sentence leaves a stray space.
  return runs.filter((r) => r.text.length > 0);
}

export const runsText = (runs: TRun[]) => runs.map((r) => r.text).join('');

/** Consultant-edited narrative: paragraphs separated by blank lines. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
