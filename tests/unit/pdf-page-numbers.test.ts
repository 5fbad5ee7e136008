import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fillPageNumberSlots, pagesOfIds, PageNumberSlot, type TLayoutTexts } from '@/lib/documents/pdf-page-numbers';
import { toPdfNodes, type TPdfElement, type TPdfNode } from '@/lib/documents/pdf-tree';

/** Laid-out trees as @react-pdf/layout returns them (boxes, text lines), small enough to read. */
const text = (value: string, extra: Partial<TPdfElement> = {}): TPdfElement => ({ type: 'TEXT', box: { height: 12 }, style: {}, props: {}, children: [{ type: 'TEXT_INSTANCE', value }], lines: [{ value }], ...extra });
const view = (children: TPdfNode[], extra: Partial<TPdfElement> = {}): TPdfElement => ({ type: 'VIEW', box: { height: 100 }, style: {}, props: {}, children, ...extra });
const page = (children: TPdfNode[]): TPdfElement => ({ type: 'PAGE', box: { height: 842 }, style: {}, props: {}, children });
const doc = (pages: TPdfElement[]): TPdfElement => ({ type: 'DOCUMENT', box: {}, style: {}, props: {}, children: pages });
const slot = (s: Parameters<typeof PageNumberSlot>[0]['slot']) => toPdfNodes(PageNumberSlot({ slot: s, style: { width: 36 }, placeholder: '0' }))[0] as TPdfElement;

/** Lays a text out as one line holding its value, like the real layout in kind (a stand-in for react-pdf's, given as a parameter). */
const fakeLayout: TLayoutTexts = async (texts) => texts.map((t) => text(t.value, { style: t.style, lines: [{ laidOut: t.value }] }));

describe('pagesOfIds', () => {
  it.each([
    ['an element on one page', [page([text('Intro', { props: { id: 'a' } })])], 1],
    ['the first of two pages it shows on', [page([view([text('x', { props: { id: 'a' } })])]), page([text('x', { props: { id: 'a' } })])], 1],
    ['not a page where the text was cut with no line left', [page([text('', { props: { id: 'a' }, lines: [] })]), page([text('Heading', { props: { id: 'a' } })])], 2],
    ['not a page where a view has no height', [page([view([], { props: { id: 'a' }, box: { height: 0 } })]), page([view([], { props: { id: 'a' } })])], 2],
  ])('finds %s', (_, pages, expected) => {
    expect(pagesOfIds(pages as TPdfElement[]).get('a')).toBe(expected);
  });

  it('knows nothing of ids that never show', () => {
    expect(pagesOfIds([page([text('', { props: { id: 'a' }, lines: [] })])]).has('a')).toBe(false);
  });
});

describe('fillPageNumberSlots', () => {
  it('writes "page of pages" and the page of an id into the slots, laid out apart, and keeps every other node as it was', async () => {
    const heading = text('Annex', { props: { id: 'annex' } });
    const untouched = view([text('Body')]);
    const laidOut = doc([page([slot({ kind: 'pageOf', id: 'annex' }), untouched, slot({ kind: 'pageOfPages' })]), page([heading, slot({ kind: 'pageOfPages' })])]);
    const pageOf = pagesOfIds(laidOut.children as TPdfElement[]);
    const asked: string[] = [];
    const filled = await fillPageNumberSlots(laidOut, (s, at) => (s.kind === 'pageOfPages' ? `Page ${at.pageNumber} of ${at.totalPages}` : String(pageOf.get(s.id) ?? '')), async (texts) => {
      asked.push(...texts.map((t) => t.value));
      return fakeLayout(texts);
    });
    const [first, second] = filled.children as TPdfElement[];
    expect((first.children[0] as TPdfElement).lines).toEqual([{ laidOut: '2' }]);
    expect((first.children[2] as TPdfElement).lines).toEqual([{ laidOut: 'Page 1 of 2' }]);
    expect((second.children[1] as TPdfElement).lines).toEqual([{ laidOut: 'Page 2 of 2' }]);
    expect(first.children[1]).toBe(untouched);
    expect(second.children[0]).toBe(heading);
    expect(asked.sort()).toEqual(['2', 'Page 1 of 2', 'Page 2 of 2']);
    // The laid-out input is not changed.
    expect((laidOut.children[0] as TPdfElement).children[0]).not.toHaveProperty('lines');
  });

  it('returns a document without slots as it is, laying nothing out', async () => {
    const laidOut = doc([page([text('Only text')])]);
    const filled = await fillPageNumberSlots(laidOut, () => 'x', async () => {
      throw new Error('nothing to lay out');
    });
    expect(filled).toBe(laidOut);
  });
});

describe('toPdfNodes', () => {
  it('refuses text outside a <Text> rather than dropping it from the document', () => {
    expect(() => toPdfNodes(createElement('VIEW', null, 'loose words'))).toThrow(/outside <Text>/);
    expect(toPdfNodes(createElement('TEXT', { style: { fontSize: 9 } }, 'words', 3))).toEqual([
      { type: 'TEXT', box: {}, style: { fontSize: 9 }, props: {}, children: [{ type: 'TEXT_INSTANCE', value: 'words' }, { type: 'TEXT_INSTANCE', value: '3' }] },
    ]);
  });
});
