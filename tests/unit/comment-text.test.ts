import { describe, expect, it } from 'vitest';
import { commentSegments, findLinks } from '@/lib/domain/comment-text';
import { findMentions } from '@/lib/domain/notification-routing';

const MEMBERS = [
  { userId: 'a', name: 'Aïcha Ndiaye' },
  { userId: 'k', name: 'Kossi' },
];

describe('findLinks: http(s) addresses only, without the sentence around them', () => {
  it.each<[string, string[]]>([
    ['See https://dhis2.org/downloads.', ['https://dhis2.org/downloads']],
    ['(http://example.org/a?b=1&c=2), then', ['http://example.org/a?b=1&c=2']],
    ['https://en.wikipedia.org/wiki/UPS_(power) works', ['https://en.wikipedia.org/wiki/UPS_(power)']],
    ['two: https://a.example and https://b.example!', ['https://a.example/', 'https://b.example/']],
    ['javascript:alert(1) is not a link', []],
    ['data:text/html,<script>alert(1)</script>', []],
    ['ftp://files.example.org is not offered', []],
    ['https://<script>alert(1)</script>', []],
    ['"https://quoted.example/x"', ['https://quoted.example/x']],
    ['www.example.org needs its scheme', []],
    ['no links at all', []],
  ])('%s', (text, expected) => expect(findLinks(text).map((l) => l.href)).toEqual(expected));
});

describe('findMentions: where each @name stands', () => {
  it.each<[string, [string, string][]]>([
    ['@Aïcha Ndiaye, please', [['@Aïcha Ndiaye', 'a']]],
    ['thanks @kossi!', [['@kossi', 'k']]],
    ['@Aïcha alone (one member has that first name)', [['@Aïcha', 'a']]],
    ['kossi@example.org is an address', []],
  ])('%s', (text, expected) => expect(findMentions(text, MEMBERS).map((m) => [text.slice(m.start, m.end), m.userId])).toEqual(expected));
});

describe('commentSegments: text, links and mentions in order; never markup', () => {
  it('splits a comment into text, a mention drawn as the member’s name and a link', () => {
    expect(commentSegments('@aïcha see https://x.example/doc.pdf.', MEMBERS)).toEqual([
      { kind: 'mention', userId: 'a', name: 'Aïcha Ndiaye' },
      { kind: 'text', text: ' see ' },
      { kind: 'link', text: 'https://x.example/doc.pdf', href: 'https://x.example/doc.pdf' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps markup as text', () => {
    const text = '<b>bold</b> <a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)>';
    expect(commentSegments(text, MEMBERS)).toEqual([{ kind: 'text', text }]);
  });

  it('leaves an @ inside an address to the link', () => {
    expect(commentSegments('https://social.example/@Kossi', MEMBERS)).toEqual([{ kind: 'link', text: 'https://social.example/@Kossi', href: 'https://social.example/@Kossi' }]);
  });

  it('an empty comment has no pieces; text without marks is one piece', () => {
    expect(commentSegments('', MEMBERS)).toEqual([]);
    expect(commentSegments('plain', MEMBERS)).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});
