import { describe, expect, it } from 'vitest';
import type { TQuestion } from '@/lib/content/template-schema';
import { answerText, answerView, hasOnlyEmptyRows } from '@/lib/domain/answer-view';
import { isEvidenceComplete } from '@/lib/domain/gating';
import type { TCitation } from '@/lib/domain/citation';

const base = { id: 'x.p1.q', label: 'Question', references: [] as TCitation[], required: true, origin: 'added' as const };
const options = [
  { value: 'tls', label: 'TLS with a certificate' },
  { value: 'none', label: 'None' },
];
const table = {
  ...base,
  kind: 'table',
  maxRows: 10,
  columns: [
    { id: 'name', label: 'Name', kind: 'text' },
    { id: 'url', label: 'Link', kind: 'url' },
    { id: 'users', label: 'Users', kind: 'number', unit: 'people' },
    { id: 'since', label: 'Since', kind: 'date' },
    { id: 'flow', label: 'Flow', kind: 'single', options: [{ value: 'inbound', label: 'Into CommCare' }] },
  ],
} as TQuestion;
const q = (kind: string, extra: object = {}) => ({ ...base, kind, ...extra }) as TQuestion;

describe('answerText: every kind as a person reads it', () => {
  it.each<[string, TQuestion, unknown, string | undefined]>([
    ['text', q('text'), '  Aïcha  ', 'Aïcha'],
    ['blank text', q('text'), '   ', undefined],
    ['null', q('longtext'), null, undefined],
    ['number with unit', q('number', { unit: 'GB' }), 1234.5, '1,234.5 GB'],
    ['zero', q('number'), 0, '0'],
    ['yes/no', q('yesno'), 'partly', 'Partly'],
    ['single: the label, not the value', q('single', { options }), 'tls', 'TLS with a certificate'],
    ['multi: labels', q('multi', { options }), ['tls', 'none'], 'TLS with a certificate, None'],
    ['empty multi', q('multi', { options }), [], undefined],
    ['date', q('date'), '2027-04-30', '30 April 2027'],
    ['url', q('url'), 'https://example.org', 'https://example.org'],
    ['person, parts left out when blank', q('person'), { name: 'Aïcha', jobFunction: '', email: 'a@example.org' }, 'Aïcha, a@example.org'],
    ['person with nothing', q('person'), { name: '', jobFunction: '', email: '' }, undefined],
    ['table: empty rows dropped, nulls unseen', table, [{ name: null, url: null }, { name: 'HQ', users: 12, flow: 'inbound', since: '2026-01-02' }, {}], '1 row: HQ, 12 people, 2 January 2026, Into CommCare'],
    ['table of empty rows', table, [{ name: null, url: null }, { name: '  ' }], undefined],
  ])('%s', (_name, question, value, expected) => {
    expect(answerText(question, value)).toBe(expected);
  });

  it('keeps a table as rows under the column labels', () => {
    expect(answerView(table, [{ name: 'A', users: 3 }, { url: null }])).toEqual({ kind: 'table', columns: ['Name', 'Link', 'Users', 'Since', 'Flow'], rows: [['A', '', '3 people', '', '']] });
  });
});

describe('evidence of only empty rows is refused', () => {
  const optional = { ...table, required: false } as TQuestion;
  it.each<[string, TQuestion, unknown, boolean]>([
    ['required table with a filled row', table, [{ name: 'HQ' }], true],
    ['required table of empty rows', table, [{ name: null, url: null }], false],
    ['required table with no rows', table, [], false],
    ['optional table left out', optional, null, true],
    ['optional table of empty rows', optional, [{ name: '' }], false],
    ['optional table with a filled row and an empty one', optional, [{ name: 'HQ' }, {}], true],
  ])('%s', (_name, question, value, expected) => {
    expect(hasOnlyEmptyRows(question, value)).toBe(Array.isArray(value) && value.length > 0 && !expected);
    expect(isEvidenceComplete([question.id], () => question, { [question.id]: value })).toBe(expected);
  });
});

describe('answerText in the reader’s language', () => {
  it.each<[string, 'fr' | 'pt', TQuestion, unknown, string]>([
    ['yes/no', 'fr', q('yesno'), 'partly', 'En partie'],
    ['yes/no', 'pt', q('yesno'), 'yes', 'Sim'],
    ['a date', 'fr', q('date'), '2027-04-30', '30 avril 2027'],
    ['a date', 'pt', q('date'), '2027-04-30', '30 de abril de 2027'],
    ['a number with its unit', 'fr', q('number', { unit: 'Go' }), 1234.5, '1\u202f234,5 Go'],
    ['a table', 'fr', table, [{ name: 'HQ', users: 2500, since: '2026-01-15' }, { name: 'Nord' }], '2 lignes\u00a0: HQ, 2\u202f500 people, 15 janvier 2026; Nord'],
  ])('%s in %s', (_name, locale, question, value, expected) => {
    expect(answerText(question, value, locale)).toBe(expected);
  });
});
