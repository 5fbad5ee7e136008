/**
 * Speed fix for react-pdf on pdfkit 0.20: react-pdf selects the font of every text run with
 * `doc.font(fontkitFont, size)`. pdfkit only caches fonts by name, so each call opens the font again
 * and compares it with the cached one by JSON-serialising its name table (`isEqualFont`): on the
 * 20-page RFP that was about a third of the render time. This wraps `font()` to remember, per
 * document, the pdfkit font opened for each fontkit font object, and otherwise defers to pdfkit.
 * Measured with scripts/bench-rfp.ts; remove when pdfkit caches font objects itself.
 */
type TPdfDoc = { _font: unknown; _fontSource: unknown; _fontFamily: unknown; fontSize(size: number): unknown; __fontObjectCache?: Map<object, unknown> };
type TFontFn = (this: TPdfDoc, src: unknown, family?: unknown, size?: unknown) => TPdfDoc;

let patched = false;

export async function cacheFontObjects(): Promise<void> {
  if (patched) return;
  const { default: PDFDocument } = (await import('pdfkit')) as unknown as { default: { prototype: { font: TFontFn } } };
  const original = PDFDocument.prototype.font;
  PDFDocument.prototype.font = function font(this: TPdfDoc, src, family, size) {
    if (!src || typeof src !== 'object' || typeof family === 'string') return original.call(this, src, family, size);
    const cache = (this.__fontObjectCache ??= new Map());
    const known = cache.get(src);
    if (!known) {
      original.call(this, src, family, size);
      cache.set(src, this._font);
      return this;
    }
    this._font = known;
    this._fontSource = src;
    this._fontFamily = null;
    const points = typeof family === 'number' ? family : size;
    if (typeof points === 'number') this.fontSize(points);
    return this;
  };
  patched = true;
}
