import type { TQuestion, TTemplate } from '@/lib/content/template-schema';
import type { TRfpContent, TRfpPlatformContent, TRfpSkeleton } from './documents/rfp-content-schema';

/**
 * Questionnaire and RFP text in the ministry's language. The English in content/ stays the
 * source; a translation is an overlay, a flat map from a stable key to the text in one locale
 * (content/templates/i18n/<templateKey>.<locale>.json, content/rfp/i18n/<name>.<locale>.json).
 * Keys are built from ids (`commcare.p1.s1-1.app-list/label`), so localizing changes words only:
 * ids, option values, evidence links and structure stay the same in every language, and answers
 * are shared whatever language each member reads in. A key missing from an overlay falls back to
 * the English (the completeness test keeps that from happening in the shipped locales).
 */

export const CONTENT_LOCALES = ['en', 'fr', 'pt'] as const;
export type TContentLocale = (typeof CONTENT_LOCALES)[number];

/** Flat key → text in one locale. */
export type TTextOverlay = Readonly<Record<string, string>>;

/** The texts of a template, walked in document order; `set` writes a text back (for localizing). */
type TTextVisitor = (key: string, text: string | undefined, set: (text: string) => void) => void;

function visitQuestion(q: TQuestion, visit: TTextVisitor): void {
  visit(`${q.id}/label`, q.label, (t) => (q.label = t));
  visit(`${q.id}/guidance`, q.guidance, (t) => (q.guidance = t));
  if (q.kind === 'number') visit(`${q.id}/unit`, q.unit, (t) => (q.unit = t));
  if (q.kind === 'single' || q.kind === 'multi') {
    for (const o of q.options) visit(`${q.id}/options/${o.value}`, o.label, (t) => (o.label = t));
  }
  if (q.kind === 'table') {
    for (const c of q.columns) {
      const base = `${q.id}/columns/${c.id}`;
      visit(`${base}/label`, c.label, (t) => (c.label = t));
      visit(`${base}/unit`, c.unit, (t) => (c.unit = t));
      for (const o of c.options ?? []) visit(`${base}/options/${o.value}`, o.label, (t) => (o.label = t));
    }
  }
}

/** Every human-readable text of a template (not its ids, values, source or references). */
function visitTemplate(template: TTemplate, visit: TTextVisitor): void {
  visit(`${template.key}/title`, template.title, (t) => (template.title = t));
  for (const phase of template.phases) {
    visit(`${phase.id}/title`, phase.title, (t) => (phase.title = t));
    visit(`${phase.id}/intro`, phase.intro, (t) => (phase.intro = t));
    for (const section of phase.sections) {
      visit(`${section.id}/title`, section.title, (t) => (section.title = t));
      visit(`${section.id}/intro`, section.intro, (t) => (section.intro = t));
      for (const q of section.questions) visitQuestion(q, visit);
      for (const cp of section.checkpoints) visit(`${cp.id}/label`, cp.label, (t) => (cp.label = t));
    }
  }
}

/** The English text of every translatable field of a template, by stable key. */
export function translatableStrings(template: TTemplate): Record<string, string> {
  const out: Record<string, string> = {};
  visitTemplate(template, (key, text) => {
    if (text !== undefined && text !== '') out[key] = text;
  });
  return out;
}

/** The same template with its text taken from `overlay` (English where a key is missing). */
export function applyTemplateOverlay(template: TTemplate, overlay: TTextOverlay): TTemplate {
  const copy = structuredClone(template);
  visitTemplate(copy, (key, text, set) => {
    if (text !== undefined && text !== '' && overlay[key]) set(overlay[key]);
  });
  return copy;
}

// --- RFP content ---------------------------------------------------------------------------

/** Fields of the RFP content that are not prose: identifiers, numbering, document titles. */
const RFP_SKIPPED_FIELDS = new Set(['version', 'platform', 'source', 'platformName', 'checkpointDocument', 'no', 'msp', 'id']);

/**
 * Walks the strings of one RFP content file. Keys are dotted paths (`headings.projectSummary`,
 * `scopeOfWork.3.activity`); an array element with an `id` is keyed by it (`obligations.backups.title`).
 */
function visitRfpValue(value: unknown, path: string, visit: TTextVisitor, set: (text: string) => void): void {
  if (typeof value === 'string') {
    visit(path, value, set);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const step = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(i);
      visitRfpValue(item, path ? `${path}.${step}` : step, visit, (t) => (value[i] = t));
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) {
      if (RFP_SKIPPED_FIELDS.has(k)) continue;
      visitRfpValue(v, path ? `${path}.${k}` : k, visit, (t) => (record[k] = t));
    }
  }
}

/** The English prose of one RFP content file (skeleton or platform part), by dotted path. */
export function rfpTranslatableStrings(content: TRfpSkeleton | TRfpPlatformContent): Record<string, string> {
  const out: Record<string, string> = {};
  visitRfpValue(content, '', (key, text) => {
    if (text !== undefined && text.trim() !== '') out[key] = text;
  }, () => {});
  return out;
}

function applyRfpOverlay<T extends TRfpSkeleton | TRfpPlatformContent>(content: T, overlay: TTextOverlay): T {
  const copy = structuredClone(content);
  visitRfpValue(copy, '', (key, text, set) => {
    if (text !== undefined && text.trim() !== '' && overlay[key]) set(overlay[key]);
  }, () => {});
  return copy;
}

/** The overlays of the RFP content files for one locale. */
export type TRfpOverlays = { skeleton: TTextOverlay; commcare: TTextOverlay; dhis2: TTextOverlay };

/** The RFP content with every prose text taken from the overlays (English where one is missing). */
export function applyRfpContentOverlays(content: TRfpContent, overlays: TRfpOverlays): TRfpContent {
  return {
    skeleton: applyRfpOverlay(content.skeleton, overlays.skeleton),
    platforms: { commcare: applyRfpOverlay(content.platforms.commcare, overlays.commcare), dhis2: applyRfpOverlay(content.platforms.dhis2, overlays.dhis2) },
  };
}

// --- Checks used by the completeness test and the report script ------------------------------

/** `{{name}}` and `{name}` placeholders, `**` bold markers and numbers (sorted, separators removed). */
export function textTokens(text: string): { placeholders: string[]; numbers: string[]; boldMarkers: number } {
  const placeholders = [...text.matchAll(/\{\{?[A-Za-z][A-Za-z0-9_]*\}?\}/g)].map((m) => m[0]).sort();
  // English ordinals ("3rd-party") are words, not figures a translation must repeat.
  const numbers = [...text.replace(/\b\d+(?:st|nd|rd|th)\b/g, '').matchAll(/\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+)?/g)].map((m) => m[0].replace(/[.,\u00a0\u202f ]/g, '')).sort();
  const boldMarkers = (text.match(/\*\*/g) ?? []).length;
  return { placeholders, numbers, boldMarkers };
}

export type TOverlayReport = { missing: string[]; stale: string[]; empty: string[]; tokenMismatch: { key: string; problem: string }[] };

/** What an overlay lacks (missing, empty), has too much (stale) or changed (placeholders, numbers). */
export function checkOverlay(english: Record<string, string>, overlay: TTextOverlay): TOverlayReport {
  const missing = Object.keys(english).filter((k) => !(k in overlay));
  const stale = Object.keys(overlay).filter((k) => !(k in english));
  const empty = Object.keys(overlay).filter((k) => k in english && overlay[k].trim() === '');
  const tokenMismatch: TOverlayReport['tokenMismatch'] = [];
  for (const [key, source] of Object.entries(english)) {
    const translated = overlay[key];
    if (!translated) continue;
    const a = textTokens(source);
    const b = textTokens(translated);
    if (a.placeholders.join('|') !== b.placeholders.join('|')) tokenMismatch.push({ key, problem: `placeholders ${a.placeholders.join(' ')} became ${b.placeholders.join(' ')}` });
    if (a.numbers.join('|') !== b.numbers.join('|')) tokenMismatch.push({ key, problem: `numbers ${a.numbers.join(' ')} became ${b.numbers.join(' ')}` });
    if (a.boldMarkers !== b.boldMarkers) tokenMismatch.push({ key, problem: `${a.boldMarkers} bold markers became ${b.boldMarkers}` });
  }
  return { missing, stale, empty, tokenMismatch };
}

// --- Pseudo-locale --------------------------------------------------------------------------

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]]),
);
/** Placeholders, bold markers and `code` stay as they are. */
const PROTECTED = /(\{\{?[A-Za-z][A-Za-z0-9_]*\}?\}|\*\*|`[^`]*`)/;

/**
 * Text in the pseudo-locale: letters accented, about 30 % longer, between ⟦ ⟧, placeholders,
 * bold markers, code and numbers kept. A page in the pseudo-locale shows at a glance which text
 * does not come from the translations and which layout breaks with longer words.
 */
export function pseudoText(text: string): string {
  const body = text
    .split(PROTECTED)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  return `⟦${body} ${'~'.repeat(Math.ceil(text.length * 0.3))}⟧`;
}

/** Every text of an extraction in the pseudo-locale (an overlay for applyTemplateOverlay / applyRfpContentOverlays). */
export function pseudoOverlay(english: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(english).map(([k, v]) => [k, pseudoText(v)]));
}
