import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadTemplates, TEMPLATES_DIR } from '@/lib/content/load-templates';
import { ZTemplate, type TTemplate } from '@/lib/content/template-schema';

const clean = (s: string) => s.replace(/\[([^\]]+)\]\(#\)/g, '$1').replace(/\s+/g, ' ').trim();

/**
 * The bullets of every "Prerequisites / Guiding Questions" block and every "Checkpoint: Do not
 * proceed..." block of the guide, read from the source text itself.
 */
function guideBullets(text: string) {
  const lines = text.split('\n');
  const body = lines.slice(lines.findIndex((l, i) => i > 70 && l.startsWith('Phase 1:')));
  const questions: string[] = [];
  const checkpoints: string[] = [];
  let target: string[] | null = null;
  for (const line of body) {
    if (line.startsWith('Appendix 1')) break;
    if (line.startsWith('Prerequisites / Guiding Questions')) target = questions;
    else if (line.startsWith('Checkpoint: Do not proceed')) target = checkpoints;
    else if (line.startsWith('- ') && target) target.push(clean(line.slice(2)));
    else if (line.trim() !== '' && !line.startsWith('In order to complete') && target) target = null;
  }
  return { questions, checkpoints };
}

const templates = loadTemplates();
const byKey = (key: string) => templates.find((t) => t.key === key)!;
const all = <T,>(t: TTemplate, pick: (s: TTemplate['phases'][number]['sections'][number]) => T[]) => t.phases.flatMap((p) => p.sections.flatMap(pick));

describe('content files', () => {
  it.each(fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json')))('%s validates against the template schema', (file) => {
    const result = ZTemplate.safeParse(JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8')));
    expect(result.success ? '' : z.prettifyError(result.error)).toBe('');
  });

  it('the schema refuses duplicate ids and unresolved evidence', () => {
    const t = structuredClone(byKey('commcare'));
    t.phases[0].sections[0].questions.push({ ...t.phases[0].sections[0].questions[0] });
    t.phases[0].sections[0].checkpoints[0].evidence.push('commcare.p1.nowhere');
    const messages = ZTemplate.safeParse(t).error?.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^the id “.+” is used more than once$/), 'the evidence cites a question that does not exist: “commcare.p1.nowhere”']));
  });

  it('ships both platforms', () => {
    expect(templates.map((t) => t.key).sort()).toEqual(['commcare', 'dhis2']);
  });
});

describe('the CommCare template is faithful to the guide', () => {
  const source = fs.readFileSync(path.join(process.cwd(), 'content/sources/commcare-transition-guide.txt'), 'utf8');
  const bullets = guideBullets(source);
  const t = byKey('commcare');
  const guideQuestions = all(t, (s) => s.questions).filter((q) => q.origin === 'guide');
  const guideCheckpoints = all(t, (s) => s.checkpoints).filter((c) => c.origin === 'guide');

  it('counts 46 guiding questions and 24 checkpoints in the source', () => {
    expect([bullets.questions.length, bullets.checkpoints.length]).toEqual([46, 24]);
  });

  it('has one origin "guide" question per guiding question, worded as in the guide', () => {
    expect(guideQuestions).toHaveLength(bullets.questions.length);
    const labels = guideQuestions.map((q) => clean(q.label));
    for (const bullet of bullets.questions) expect(labels).toContain(bullet);
    expect(labels.sort()).toEqual([...bullets.questions].sort());
  });

  it('has one origin "guide" checkpoint per checkpoint bullet, worded as in the guide', () => {
    expect(guideCheckpoints).toHaveLength(bullets.checkpoints.length);
    const labels = guideCheckpoints.map((c) => clean(c.label));
    for (const bullet of bullets.checkpoints) expect(labels).toContain(bullet);
    expect(labels.sort()).toEqual([...bullets.checkpoints].sort());
  });

  it('backs every checkpoint with evidence from its own or an earlier section', () => {
    const sections = t.phases.flatMap((p) => p.sections);
    sections.forEach((section, i) => {
      const available = new Set(sections.slice(0, i + 1).flatMap((s) => s.questions.map((q) => q.id)));
      for (const cp of section.checkpoints) {
        expect(cp.evidence.length).toBeGreaterThan(0);
        for (const id of cp.evidence) expect(available, `${cp.id} cites ${id}`).toContain(id);
      }
    });
  });

  it('has the six phases and every section, optional where the guide says so', () => {
    expect(t.phases.map((p) => [p.id, p.number, p.optional])).toEqual([
      ['commcare.p1', 1, false], ['commcare.p2', 2, false], ['commcare.p3', 3, false],
      ['commcare.p4', 4, false], ['commcare.p5', 5, true], ['commcare.p6', 6, false],
    ]);
    const sections = t.phases.flatMap((p) => p.sections.map((s) => [p.number, s.id, s.number, s.optional]));
    expect(sections).toEqual([
      [1, 'commcare.p1.s1-1', '1.1', false], [1, 'commcare.p1.s1-2', '1.2', false],
      [2, 'commcare.p2.s2-2', '2.2', false], [2, 'commcare.p2.s2-3', '2.3', false], [2, 'commcare.p2.s2-4', '2.4', false],
      [3, 'commcare.p3.s3-1', '3.1', false], [3, 'commcare.p3.s3-2', '3.2', true], [3, 'commcare.p3.s3-3', '3.3', true],
      [4, 'commcare.p4.s4-1', '4.1', false], [4, 'commcare.p4.s4-2', '4.2', false], [4, 'commcare.p4.s4-3', '4.3', false],
      [5, 'commcare.p5.s5-1', '5.1', true],
      [6, 'commcare.p6.s6-1', '6.1', false],
    ]);
    const p5 = t.phases[4].sections[0].intro ?? '';
    expect(p5).toMatch(/Trial run/);
    expect(p5).toMatch(/Final run/);
    const s22 = t.phases[1].sections[0];
    const hostingText = `${s22.intro ?? ''} ${s22.questions.map((q) => q.guidance ?? '').join(' ')}`;
    for (const n of [1, 2, 3, 4, 5]) expect(hostingText).toContain(`Consideration ${n}:`);
    for (const option of ['Enterprise Cloud Service Provider', 'Local Cloud Service Provider', 'On-Premise Data Center Setup']) expect(hostingText).toContain(option);
  });

  it('keeps the structured questions other code relies on', () => {
    const questions = new Map(all(t, (s) => s.questions).map((q) => [q.id, q]));
    const shape = (id: string) => {
      const q = questions.get(id);
      if (!q) return undefined;
      return {
        kind: q.kind,
        origin: q.origin,
        required: q.required,
        unit: q.kind === 'number' ? q.unit : undefined,
        integer: q.kind === 'number' ? q.integer : undefined,
        columns: q.kind === 'table' ? q.columns.map((c) => [c.id, c.kind, c.unit ?? null, c.options?.map((o) => o.value) ?? null]) : undefined,
        options: q.kind === 'single' ? q.options.map((o) => o.value) : undefined,
      };
    };
    const added = { origin: 'added', required: false };
    expect(shape('commcare.p1.s1-1.mobile-apps')).toMatchObject({ ...added, kind: 'table', columns: [['name', 'text', null, null], ['releasedVersion', 'text', null, null], ['users', 'number', 'users', null]] });
    expect(shape('commcare.p1.s1-1.environments')).toMatchObject({ ...added, kind: 'table', columns: [['name', 'text', null, null], ['purpose', 'text', null, null], ['url', 'url', null, null]] });
    expect(shape('commcare.p1.s1-1.integrations')).toMatchObject({ ...added, kind: 'table', columns: [['name', 'text', null, null], ['direction', 'single', null, ['inbound', 'outbound', 'both']], ['notes', 'text', null, null]] });
    expect(shape('commcare.p1.s1-2.mobile-users')).toMatchObject({ origin: 'added', required: true, kind: 'number', unit: 'users', integer: true });
    expect(shape('commcare.p1.s1-2.user-growth')).toMatchObject({ ...added, kind: 'table' });
    expect(shape('commcare.p1.s1-2.user-growth')?.columns?.map((c) => c.slice(0, 2))).toEqual([['date', 'date'], ['users', 'number']]);
    expect(shape('commcare.p1.s1-2.existing-forms')).toMatchObject({ ...added, kind: 'number', unit: 'forms', integer: true });
    expect(shape('commcare.p1.s1-2.forms-per-user-month')).toMatchObject({ ...added, kind: 'number', unit: 'forms / user / month' });
    expect(shape('commcare.p1.s1-2.cases-per-user-month')).toMatchObject({ ...added, kind: 'number', unit: 'cases / user / month' });
    expect(shape('commcare.p1.s1-2.case-updates-per-user-month')).toMatchObject({ ...added, kind: 'number', unit: 'updates / user / month' });
    expect(shape('commcare.p1.s1-2.attachment-kb-per-form')).toMatchObject({ ...added, kind: 'number', unit: 'KB' });
    expect(shape('commcare.p2.s2-2.hosting-option')).toMatchObject({ origin: 'added', required: true, kind: 'single', options: ['on-premise', 'national-data-centre', 'co-location', 'commercial-cloud', 'saas'] });
    expect(shape('commcare.p2.s2-3.devops-lead')).toMatchObject({ ...added, kind: 'person' });
    const sizing = all(t, (s) => s.checkpoints).find((c) => c.id === 'commcare.p1.s1-2.cp-scale');
    expect(sizing?.evidence).toContain('commcare.p1.s1-2.mobile-users');
  });

  it('writes plain text (no HTML)', () => {
    expect(JSON.stringify(t)).not.toMatch(/<\/?[a-z][^>]*>/i);
  });
});

describe('the DHIS2 template covers the hosting notes', () => {
  const t = byKey('dhis2');
  const text = JSON.stringify(t);

  it('follows the phase structure: plan, infrastructure and people, installation, post-setup, operations', () => {
    expect(t.phases.map((p) => p.title)).toEqual(['Plan', 'Infrastructure and people', 'Installation', 'Post-setup', 'Operations']);
  });

  it.each(['HMIS', 'tracker', 'In the basement', 'National government data centre', 'co-location', 'Commercial IaaS', 'SaaS', 'greater than 9.6', 'SSL termination', 'munin', 'Prometheus', 'Telegram', 'Slack', 'boombox', 'containers', 'minimum access', 'encrypted disk', 'swap', 'Ubuntu', 'Tomcat', 'nginx', 'Apache2', 'staging', 'training', '4-6 weeks', 'annual', '2-3 years', 'Redis', 'read replica', 'disaster recovery', 'local entity', 'Long-term hosting'])('mentions %s', (topic) => {
    expect(text.toLowerCase()).toContain(topic.toLowerCase());
  });

  it('keeps the system inventory and hosting option the engines read', () => {
    const questions = new Map(all(t, (s) => s.questions).map((q) => [q.id, q]));
    const systems = questions.get('dhis2.p1.s1-1.systems');
    expect(systems?.kind === 'table' && systems.columns.map((c) => c.id)).toEqual(['name', 'kind', 'users', 'concurrentUsers', 'dataValuesPerYear', 'trackedEntities', 'eventsPerYear']);
    const hosting = questions.get('dhis2.p2.s2-1.hosting-option');
    expect(hosting?.kind === 'single' && hosting.options.map((o) => o.value)).toEqual(['on-premise', 'national-data-centre', 'co-location', 'commercial-cloud', 'saas']);
  });
});
