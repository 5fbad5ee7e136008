import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZTemplate, type TQuestion, type TSection, type TTemplate } from '@/lib/content/template-schema';

const FILE = path.join(process.cwd(), 'content/templates/dhis2.json');
const raw: unknown = JSON.parse(fs.readFileSync(FILE, 'utf8'));
const parsed = ZTemplate.safeParse(raw);

const template = (): TTemplate => {
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
};
const sections = (): TSection[] => template().phases.flatMap((p) => p.sections);
const questions = (): TQuestion[] => sections().flatMap((s) => s.questions);
const question = (id: string) => questions().find((q) => q.id === id);

/** Every label, intro and guidance text in the template, lower-cased. */
const allText = () =>
  template()
    .phases.flatMap((p) => [
      p.title,
      p.intro ?? '',
      ...p.sections.flatMap((s) => [
        s.title,
        s.intro ?? '',
        ...s.questions.flatMap((q) => [
          q.label,
          q.guidance ?? '',
          ...('options' in q ? q.options.map((o) => o.label) : []),
          ...(q.kind === 'table' ? q.columns.map((c) => c.label) : []),
        ]),
        ...s.checkpoints.map((c) => c.label),
      ]),
    ])
    .join('\n')
    .toLowerCase();

describe('content/templates/dhis2.json', () => {
  it('validates against ZTemplate', () => {
    expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
  });

  it('is the DHIS2 template, version 2, citing its four sources by title, never by file name', () => {
    const t = template();
    expect(t).toMatchObject({ key: 'dhis2', platform: 'dhis2', version: 2 });
    expect(t.title.length).toBeGreaterThan(0);
    // content/sources/000…003 in order: the implementation guide's server hosting chapter, the requirements notes, the backend architecture, the read-replica cluster.
    expect(t.sources.map((s) => s.title)).toEqual(['DHIS2 Implementation guide: Server hosting', 'DHIS2 hosting notes: Requirements', 'DHIS2 backend architecture', 'Clustered DHIS2 with read replication']);
    expect(JSON.stringify(raw)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|content\/sources/);
  });

  it('is pretty-printed JSON with two-space indentation', () => {
    expect(fs.readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(raw, null, 2)}\n`);
  });

  it('has the five phases in order', () => {
    const t = template();
    expect(t.phases.map((p) => [p.id, p.number, p.title])).toEqual([
      ['dhis2.p1', 1, 'Plan'],
      ['dhis2.p2', 2, 'Infrastructure and people'],
      ['dhis2.p3', 3, 'Installation'],
      ['dhis2.p4', 4, 'Post-setup'],
      ['dhis2.p5', 5, 'Operations'],
    ]);
  });

  it('numbers sections and ids after their phase', () => {
    for (const phase of template().phases) {
      for (const s of phase.sections) {
        expect(s.number).toMatch(new RegExp(`^${phase.number}\\.\\d+$`));
        expect(s.id).toBe(`${phase.id}.s${s.number.replace('.', '-')}`);
        for (const q of s.questions) expect(q.id.startsWith(`${s.id}.`)).toBe(true);
        for (const c of s.checkpoints) expect(c.id.startsWith(`${s.id}.`)).toBe(true);
      }
    }
  });

  it('keeps the system inventory table with the exact columns', () => {
    const q = question('dhis2.p1.s1-1.systems');
    expect(q?.kind).toBe('table');
    if (q?.kind !== 'table') return;
    expect(q.columns.map((c) => [c.id, c.kind])).toEqual([
      ['name', 'text'],
      ['kind', 'single'],
      ['users', 'number'],
      ['concurrentUsers', 'number'],
      ['dataValuesPerYear', 'number'],
      ['trackedEntities', 'number'],
      ['eventsPerYear', 'number'],
    ]);
    const kind = q.columns.find((c) => c.id === 'kind');
    expect(kind?.options).toEqual([
      { value: 'aggregate', label: 'Aggregate (HMIS)' },
      { value: 'tracker', label: 'Tracker' },
    ]);
    expect(q.columns.find((c) => c.id === 'users')?.unit).toBe('users');
  });

  it('keeps the hosting option with the exact options', () => {
    const q = question('dhis2.p2.s2-1.hosting-option');
    expect(q?.kind).toBe('single');
    if (q?.kind !== 'single') return;
    expect(q.options.map((o) => o.value)).toEqual(['on-premise', 'national-data-centre', 'co-location', 'commercial-cloud', 'saas']);
    expect(q.options.find((o) => o.value === 'on-premise')?.label).toBe('In the basement (on-premise)');
    expect(q.options.find((o) => o.value === 'co-location')?.label).toBe('In-country co-location or virtual hosting');
    expect(q.options.find((o) => o.value === 'commercial-cloud')?.label).toBe('Commercial IaaS');
    expect(q.options.find((o) => o.value === 'saas')?.label).toBe('Specialised DHIS2 SaaS provider');
    // The guidance weighs every option.
    for (const words of ['basement', 'national', 'co-location', 'iaas', 'saas']) {
      expect(q.guidance?.toLowerCase()).toContain(words);
    }
  });

  it('uses a variety of question kinds', () => {
    const kinds = new Set(questions().map((q) => q.kind));
    for (const kind of ['text', 'longtext', 'number', 'yesno', 'single', 'multi', 'date', 'url', 'person', 'table'] as const) {
      expect(kinds).toContain(kind);
    }
    expect(questions().filter((q) => q.kind === 'number').every((q) => q.kind === 'number' && !!q.unit)).toBe(true);
  });

  it('marks every question and checkpoint as added, and cites one of the template sources for every question', () => {
    const titles = new Set(template().sources.map((s) => s.title));
    for (const q of questions()) {
      expect(q.origin, q.id).toBe('added');
      expect(q.references.length, q.id).toBeGreaterThan(0);
      for (const r of q.references) {
        expect(titles, q.id).toContain(r.title);
        expect(r.section, q.id).toBeTruthy();
      }
    }
    for (const c of sections().flatMap((s) => s.checkpoints)) expect(c.origin, c.id).toBe('added');
  });

  it('gives every section at least one checkpoint backed by evidence from that section', () => {
    for (const s of sections()) {
      expect(s.checkpoints.length, s.id).toBeGreaterThan(0);
      const own = new Set(s.questions.map((q) => q.id));
      for (const c of s.checkpoints) {
        expect(c.evidence.length, c.id).toBeGreaterThan(0);
        for (const e of c.evidence) expect(own.has(e), `${c.id} -> ${e}`).toBe(true);
      }
    }
  });

  it('leaves no question unused as evidence when it is required', () => {
    const cited = new Set(sections().flatMap((s) => s.checkpoints.flatMap((c) => c.evidence)));
    const uncited = questions().filter((q) => q.required && !cited.has(q.id)).map((q) => q.id);
    // Required questions that no checkpoint cites are allowed, but should stay few.
    expect(uncited.length).toBeLessThanOrEqual(3);
  });

  it('makes clustering optional', () => {
    const clustering = sections().find((s) => s.title.toLowerCase().includes('cluster'));
    expect(clustering?.optional).toBe(true);
  });

  it('writes plain text (no HTML, no markdown links)', () => {
    const text = JSON.stringify(raw);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/\]\(/);
  });

  it.each([
    // inventory and volumes
    'HMIS',
    'tracker',
    'COVID-19',
    'concurrent users',
    'tens of thousands of users',
    // hosting options
    'in the basement',
    'national government data centre',
    'co-location',
    'Commercial IaaS',
    'BAO, BlueSquare, HISP SA',
    // components, monitoring, alerting
    'servlet container',
    'greater than 9.6',
    'SSL termination',
    'munin',
    'Prometheus/Grafana',
    'send-only mail',
    'Telegram',
    'Slack',
    // isolation and least access
    'boombox',
    'very simple aggregate setups',
    'separate virtual machines',
    'containers',
    'minimum access',
    'ssh',
    // encryption
    'encryption in transit',
    'separate encrypted disk',
    'encrypted swap',
    // skills
    'Ubuntu',
    'nginx',
    'Apache2',
    'Tomcat',
    'PostgreSQL',
    // maintenance
    'staging',
    'training',
    'performance',
    'restore',
    '4-6 weeks',
    'annual',
    '2-3 years',
    // clustering, disaster recovery, transition
    'Redis',
    'read replica',
    'WAL',
    'disaster recovery',
    'local entity',
    'transitory arrangement',
    'long-term hosting',
  ])('covers "%s"', (topic) => {
    expect(allText()).toContain(topic.toLowerCase());
  });
});
