import { rawPdfNode, type TPdfElement, type TPdfNode } from './pdf-tree';

/**
 * Page numbers without react-pdf's dynamic text. A `render` prop makes react-pdf lay the whole rest
 * of a <Page> out again at every page it cuts, and every finished page once more for "Page X of Y";
 * on the RFP that was a third of the render. Page numbers change no layout here (they sit in boxes
 * of a fixed width), so the document is laid out once with placeholders, the numbers are read off
 * that layout (the page each heading landed on, the number of pages), and only the few slot texts
 * are laid out again, apart, and put in the placeholders' place before drawing.
 */

export type TPageNumberSlot = { kind: 'pageOfPages' } | { kind: 'pageOf'; id: string };
const SLOT = 'pageNumberSlot';

/**
 * A one-line text filled in after pagination. `style` must be complete (font family, size, weight,
 * colour, a fixed `width` and `textAlign`): the text is laid out again on its own, inheriting nothing.
 */
export function PageNumberSlot({ slot, style, placeholder }: { slot: TPageNumberSlot; style: Record<string, unknown>; placeholder: string }) {
  return rawPdfNode({ type: 'TEXT', box: {}, style: { flexShrink: 0, ...style }, props: { [SLOT]: slot }, children: [{ type: 'TEXT_INSTANCE', value: placeholder }] });
}

const isElement = (node: TPdfNode): node is TPdfElement => node.type !== 'TEXT_INSTANCE';

/**
 * An element that shows something on its page: a text with at least one line, any other element
 * with a height. A text cut at the foot of a page keeps its props on both parts, and the first part
 * may hold no line at all (the heading went to the next page whole).
 */
const isVisible = (node: TPdfElement) => (node.type === 'TEXT' ? (node.lines?.length ?? 0) > 0 : (node.box?.height ?? 0) > 0);

/** The page (1-based) on which each element with an `id` prop first shows in a laid-out document. */
export function pagesOfIds(pages: TPdfElement[]): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (node: TPdfNode, page: number) => {
    if (!isElement(node)) return;
    const id = node.props?.id;
    if (typeof id === 'string' && !found.has(id) && isVisible(node)) found.set(id, page);
    node.children?.forEach((c) => visit(c, page));
  };
  pages.forEach((p, i) => visit(p, i + 1));
  return found;
}

/** Lays out one-line texts of complete styles; returns each one's laid-out text node (lines, alignOffset). */
export type TLayoutTexts = (texts: { style: object; value: string }[]) => Promise<TPdfElement[]>;

/**
 * The laid-out document with every slot's text replaced by `text(slot, { pageNumber, totalPages })`,
 * laid out in the slot's own box. Nodes without slots are kept as they are (shared, not copied).
 */
export async function fillPageNumberSlots(doc: TPdfElement, text: (slot: TPageNumberSlot, at: { pageNumber: number; totalPages: number }) => string, layoutTexts: TLayoutTexts): Promise<TPdfElement> {
  const pages = doc.children.filter(isElement);
  const totalPages = pages.length;
  const wanted = new Map<string, { style: object; value: string }>();
  const keyOf = (node: TPdfElement, page: number) => {
    const value = text(node.props[SLOT] as TPageNumberSlot, { pageNumber: page, totalPages });
    const key = `${JSON.stringify(node.style)}\u0000${value}`;
    if (!wanted.has(key)) wanted.set(key, { style: node.style, value });
    return key;
  };
  const keys = new Map<TPdfElement, string>();
  const collect = (node: TPdfNode, page: number) => {
    if (!isElement(node)) return;
    if (node.props?.[SLOT]) keys.set(node, keyOf(node, page));
    node.children?.forEach((c) => collect(c, page));
  };
  pages.forEach((p, i) => collect(p, i + 1));
  if (keys.size === 0) return doc;

  const entries = [...wanted.entries()];
  const laidOut = await layoutTexts(entries.map(([, t]) => t));
  const linesByKey = new Map(entries.map(([key], i) => [key, laidOut[i]]));
  const fill = (node: TPdfNode): TPdfNode => {
    if (!isElement(node)) return node;
    const key = keys.get(node);
    if (key) {
      const { lines, alignOffset } = linesByKey.get(key) as TPdfElement & { alignOffset?: number };
      return { ...node, lines, ...(alignOffset === undefined ? {} : { alignOffset }) };
    }
    if (!node.children?.length) return node;
    const children = node.children.map(fill);
    return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
  };
  return fill(doc) as TPdfElement;
}

/** `layoutTexts` on react-pdf's own layout: one page (not paginated) of the texts, one below the other. */
export function layoutTextsWith(layout: (doc: TPdfElement, fontStore: unknown) => Promise<TPdfElement>, fontStore: unknown): TLayoutTexts {
  return async (texts) => {
    const page: TPdfElement = {
      type: 'PAGE',
      box: {},
      style: {},
      props: { size: 'A4', wrap: false },
      children: texts.map((t) => ({ type: 'TEXT', box: {}, style: { ...t.style, flexShrink: 0 }, props: {}, children: [{ type: 'TEXT_INSTANCE', value: t.value }] })),
    };
    const result = await layout({ type: 'DOCUMENT', box: {}, style: {}, props: {}, children: [page] }, fontStore);
    const nodes = (result.children[0] as TPdfElement).children.filter(isElement);
    if (nodes.length !== texts.length) throw new Error('PDF: page-number texts were not laid out one by one');
    return nodes;
  };
}
