import path from 'node:path';
import { DEFAULT_FONT_DIR } from './pdf-styles';

/**
 * Speed fix for react-pdf's text layout: textkit shapes every run of text with fontkit's
 * `font.layout(string, features, script, language, direction)`, and documents repeat the same
 * strings: table headers, labels, yes/no values, the RFP's fixed text (the demo RFP makes 2,053
 * calls for 912 distinct strings, about 200 ms of a 1.1 s render, scripts/bench/profile-rfp.ts).
 *
 * textkit only reads the GlyphRun it gets back: it copies the positions (scalePositions) before
 * justification moves them, and slices or concatenates the glyph arrays into new ones. So one
 * GlyphRun per font and arguments serves every later call in the process, and a render of another
 * assessment reuses the shaping of the text they share. Each font keeps at most MAX_RUNS_PER_FONT
 * runs; beyond it that font's runs are forgotten and shaped again as they come.
 *
 * `fontLayoutCache.enabled = false` shapes every call again (tests compare both).
 */

const MAX_RUNS_PER_FONT = 20_000;

type TLayout = (this: object, text: unknown, ...rest: unknown[]) => unknown;

export const fontLayoutCache = { enabled: true, hits: 0, misses: 0 };

const runsByFont = new WeakMap<object, Map<string, unknown>>();
let installed = false;

/** The cache key of a call: the text, then the other arguments (features may be an array, an object or a script name). */
function keyOf(text: string, rest: unknown[]): string {
  return `${text}\u0000${JSON.stringify(rest)}`;
}

/** Wraps the `layout` method shared by fontkit's fonts (TrueType and its subclasses), once per process. */
export async function cacheFontLayouts(fontDir = DEFAULT_FONT_DIR): Promise<void> {
  if (installed) return;
  const fontkit = (await import('fontkit')) as unknown as { openSync(file: string): object };
  const prototype = Object.getPrototypeOf(fontkit.openSync(path.join(fontDir, 'DejaVuSans.ttf'))) as { layout: TLayout };
  const original = prototype.layout;
  prototype.layout = function layout(this: object, text: unknown, ...rest: unknown[]) {
    // Glyph arrays (not strings) and a disabled cache go straight to fontkit.
    if (!fontLayoutCache.enabled || typeof text !== 'string') return original.call(this, text, ...rest);
    let runs = runsByFont.get(this);
    if (!runs) runsByFont.set(this, (runs = new Map()));
    const key = keyOf(text, rest);
    const known = runs.get(key);
    if (known !== undefined) {
      fontLayoutCache.hits++;
      return known;
    }
    fontLayoutCache.misses++;
    const run = original.call(this, text, ...rest);
    if (runs.size >= MAX_RUNS_PER_FONT) runs.clear();
    runs.set(key, run);
    return run;
  };
  installed = true;
}
