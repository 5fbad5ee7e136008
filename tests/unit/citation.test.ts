import { describe, expect, it } from 'vitest';
import { loadTemplates } from '@/lib/content/load-templates';
import { ZTemplate } from '@/lib/content/template-schema';
import { citationFromText, citationInDocument, citationLabel, uniqueCitations } from '@/lib/domain/citation';
import { ZCitation } from '@/lib/domain/citation-schema';

describe('citations', () => {
  it.each([
    ['000_68c3422d3cfa0fe9.txt (DHIS2 server hosting), Maintenance', { title: 'DHIS2 server hosting', section: 'Maintenance' }],
    ['003_8d8b644ca6649ada.txt (Clustered DHIS2 with read replication)', { title: 'Clustered DHIS2 with read replication' }],
    ['Guide to Transition Your CommCare Infrastructure, section 2.3', { title: 'Guide to Transition Your CommCare Infrastructure', section: 'Section 2.3' }],
    ['Notes in configs/bka-test.yml', { title: 'Notes in' }],
    ['seed.txt', { title: 'Source' }],
  ])('reads the version 1 reference %j as a citation without its file name', (text, expected) => {
    expect(citationFromText(text)).toEqual(expected);
  });

  it.each([
    [{ title: 'A guide' }, 'A guide', 'A guide'],
    [{ title: 'A guide', section: '1.1' }, 'A guide — 1.1', 'A guide — 1.1'],
    [{ title: 'A page', section: 'Backups', url: 'https://example.org/p' }, 'A page — Backups', 'A page — Backups (https://example.org/p)'],
  ])('reads %j as "%s" on pages and "%s" in documents', (c, label, doc) => {
    expect(citationLabel(c)).toBe(label);
    expect(citationInDocument(c)).toBe(doc);
  });

  it('lists each citation once, in first-seen order', () => {
    const a = { title: 'A' };
    const b = { title: 'B', section: '1' };
    expect(uniqueCitations([a, b, { ...a }, { title: 'B', section: '2' }, { ...b }])).toEqual([a, b, { title: 'B', section: '2' }]);
  });

  it('refuses a citation without a title or with a link that is not https', () => {
    expect(ZCitation.safeParse({ title: '' }).success).toBe(false);
    expect(ZCitation.safeParse({ title: 'x', url: 'file:///etc/passwd' }).success).toBe(false);
    expect(ZCitation.safeParse({ title: 'x', url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('questionnaire sources', () => {
  const templates = loadTemplates();
  it.each(templates.map((t) => [t.key, t] as const))('%s cites works by title, never by file name, path or commit', (_key, t) => {
    const citations = [...t.sources, ...t.phases.flatMap((p) => p.sections.flatMap((s) => s.questions.flatMap((q) => q.references)))];
    expect(t.sources.length).toBeGreaterThan(0);
    for (const c of citations) expect(`${c.title} ${c.section ?? ''}`).not.toMatch(/\.txt|\.ya?ml|\.json|\/|@[0-9a-f]{7}|\b[0-9a-f]{12,}\b/);
  });

  it('still reads a stored version 1 questionnaire, whose references were text, as citations', () => {
    const v1 = structuredClone(templates.find((t) => t.key === 'dhis2')!) as unknown as Record<string, unknown> & { phases: { sections: { questions: { references: unknown[] }[] }[] }[]; sources?: unknown };
    delete v1.sources;
    v1.source = 'DHIS2 hosting documentation (content/sources/): 000_68c3422d3cfa0fe9.txt DHIS2 server hosting';
    v1.version = 1;
    v1.phases[0].sections[0].questions[0].references = ['000_68c3422d3cfa0fe9.txt (DHIS2 server hosting), Making a plan'];
    const parsed = ZTemplate.parse(v1);
    expect(parsed.phases[0].sections[0].questions[0].references).toEqual([{ title: 'DHIS2 server hosting', section: 'Making a plan' }]);
    expect(parsed.sources).toEqual([]);
  });
});
