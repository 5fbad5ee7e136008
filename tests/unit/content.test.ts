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
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^duplicate id/), 'checkpoint commcare.p1.s1-1.cp-architecture cites unknown question "commcare.p1.nowhere"']));
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

  it('has every guiding question, worded as in the guide', () => {
    expect(guideQuestions.map((q) => q.label).sort()).toEqual([...bullets.questions].sort());
  });

  it('has every checkpoint, worded as in the guide', () => {
    expect(guideCheckpoints.map((c) => c.label).sort()).toEqual([...bullets.checkpoints].sort());
  });

  it('has the six phases and every section, optional where the guide says so', () => {
    const sections = t.phases.flatMap((p) => p.sections.map((s) => [p.number, s.number, s.optional || p.optional]));
    expect(sections).toEqual([
      [1, '1.1', false], [1, '1.2', false],
      [2, '2.2', false], [2, '2.3', false], [2, '2.4', false],
      [3, '3.1', false], [3, '3.2', true], [3, '3.3', true],
      [4, '4.1', false], [4, '4.2', false], [4, '4.3', false],
      [5, '5.1', true],
      [6, '6.1', false],
    ]);
    const p5 = t.phases[4].sections[0].intro ?? '';
    expect(p5).toMatch(/Trial run/);
    expect(p5).toMatch(/Final run/);
  });

  it('keeps the ids other code relies on', () => {
    const ids = new Set(all(t, (s) => s.questions).map((q) => q.id));
    for (const id of ['commcare.p1.s1-2.mobile-users', 'commcare.p1.s1-2.user-growth', 'commcare.p1.s1-2.forms-per-user-month', 'commcare.p1.s1-1.mobile-apps', 'commcare.p2.s2-2.hosting-option', 'commcare.p2.s2-3.devops-lead']) {
      expect(ids).toContain(id);
    }
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
