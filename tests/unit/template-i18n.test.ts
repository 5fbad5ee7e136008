import { describe, expect, it } from 'vitest';
import { ZTemplate } from '@/lib/content/template-schema';
import { ZRfpPlatformContent } from '@/lib/domain/documents/rfp-content-schema';
import { applyTemplateOverlay, checkOverlay, pseudoOverlay, pseudoText, rfpTranslatableStrings, textTokens, translatableStrings } from '@/lib/domain/template-i18n';

const template = ZTemplate.parse({
  key: 'commcare',
  version: 1,
  platform: 'commcare',
  title: 'Hosting transition',
  source: 'A guide, section 1',
  phases: [
    {
      id: 'commcare.p1',
      number: 1,
      title: 'Planning',
      intro: 'Plan first.',
      sections: [
        {
          id: 'commcare.p1.s1',
          number: '1.1',
          title: 'Design',
          questions: [
            { id: 'commcare.p1.s1.users', kind: 'number', label: 'How many users?', unit: 'users', references: ['Guide, section 1.2'] },
            { id: 'commcare.p1.s1.mode', kind: 'single', label: 'Hosting mode', guidance: 'Pick one.', options: [{ value: 'cloud', label: 'Cloud' }, { value: 'onprem', label: 'On premises' }] },
            { id: 'commcare.p1.s1.apps', kind: 'table', label: 'Applications', columns: [{ id: 'name', label: 'Name', kind: 'text' }, { id: 'size', label: 'Size', kind: 'number', unit: 'GB' }, { id: 'state', label: 'State', kind: 'single', options: [{ value: 'live', label: 'Live' }, { value: 'test', label: 'Testing' }] }] },
          ],
          checkpoints: [{ id: 'commcare.p1.s1.cp', label: 'Design approved', evidence: ['commcare.p1.s1.users'] }],
        },
      ],
    },
  ],
});

describe('translatableStrings', () => {
  it('lists every human-readable text by a key built from ids, and nothing else', () => {
    expect(translatableStrings(template)).toEqual({
      'commcare/title': 'Hosting transition',
      'commcare.p1/title': 'Planning',
      'commcare.p1/intro': 'Plan first.',
      'commcare.p1.s1/title': 'Design',
      'commcare.p1.s1.users/label': 'How many users?',
      'commcare.p1.s1.users/unit': 'users',
      'commcare.p1.s1.mode/label': 'Hosting mode',
      'commcare.p1.s1.mode/guidance': 'Pick one.',
      'commcare.p1.s1.mode/options/cloud': 'Cloud',
      'commcare.p1.s1.mode/options/onprem': 'On premises',
      'commcare.p1.s1.apps/label': 'Applications',
      'commcare.p1.s1.apps/columns/name/label': 'Name',
      'commcare.p1.s1.apps/columns/size/label': 'Size',
      'commcare.p1.s1.apps/columns/size/unit': 'GB',
      'commcare.p1.s1.apps/columns/state/label': 'State',
      'commcare.p1.s1.apps/columns/state/options/live': 'Live',
      'commcare.p1.s1.apps/columns/state/options/test': 'Testing',
      'commcare.p1.s1.cp/label': 'Design approved',
    });
  });
});

describe('applyTemplateOverlay', () => {
  const overlay = { 'commcare.p1/title': 'Planification', 'commcare.p1.s1.mode/options/onprem': 'Sur site', 'commcare.p1.s1.apps/columns/state/options/live': 'En production', 'commcare.p1.s1.cp/label': 'Conception approuvée' };
  const localized = applyTemplateOverlay(template, overlay);

  it('replaces the texts the overlay has and keeps the English for the others', () => {
    const strings = translatableStrings(localized);
    expect(strings['commcare.p1/title']).toBe('Planification');
    expect(strings['commcare.p1.s1.mode/options/onprem']).toBe('Sur site');
    expect(strings['commcare.p1.s1.apps/columns/state/options/live']).toBe('En production');
    expect(strings['commcare.p1.s1.cp/label']).toBe('Conception approuvée');
    expect(strings['commcare.p1.s1.mode/options/cloud']).toBe('Cloud');
    expect(strings['commcare/title']).toBe('Hosting transition');
  });

  it('changes words only: mapping the English back gives the original template', () => {
    expect(applyTemplateOverlay(localized, translatableStrings(template))).toEqual(template);
    expect(localized.phases[0].sections[0].checkpoints[0].evidence).toEqual(['commcare.p1.s1.users']);
    expect(localized.source).toBe(template.source);
  });

  it('leaves the template it was given untouched', () => {
    expect(template.phases[0].title).toBe('Planning');
  });

  it('ignores keys it does not know and never adds a text the English lacks', () => {
    const out = applyTemplateOverlay(template, { 'commcare.p1.s1/intro': 'Intro', 'nobody/label': 'x' });
    expect(out).toEqual(template);
  });
});

describe('rfpTranslatableStrings', () => {
  it('keys prose by path, array items with an id by that id, and skips numbering, flags and names', () => {
    const content = ZRfpPlatformContent.parse({
      platform: 'dhis2', version: 1, platformName: 'DHIS2', source: 'Notes', checkpointDocument: 'Guide',
      projectSummary: ['**{{clientName}}** runs DHIS2.'], currentEnvironment: ['Now.'], proposedEnvironment: ['Later.'],
      scopeOfWork: [{ no: '1', activity: 'Design', msp: true }],
      components: [{ name: 'Proxy', description: 'Routes requests.', software: 'nginx' }, { name: 'Firewall', description: 'Blocks.', software: '' }],
      environmentDesignIntro: 'Estimate.',
      obligations: [{ id: 'backups', title: 'Backups', paragraphs: ['Daily.'], bullets: ['Offsite copy'] }],
      technicalRequirement: 'Experience.',
      personnel: { intro: 'Team.', roles: [{ title: 'Engineer', duties: 'Runs it.' }] },
    });
    expect(rfpTranslatableStrings(content)).toEqual({
      'projectSummary.0': '**{{clientName}}** runs DHIS2.',
      'currentEnvironment.0': 'Now.',
      'proposedEnvironment.0': 'Later.',
      'scopeOfWork.0.activity': 'Design',
      'components.0.name': 'Proxy',
      'components.0.description': 'Routes requests.',
      'components.0.software': 'nginx',
      'components.1.name': 'Firewall',
      'components.1.description': 'Blocks.',
      'environmentDesignIntro': 'Estimate.',
      'obligations.backups.title': 'Backups',
      'obligations.backups.paragraphs.0': 'Daily.',
      'obligations.backups.bullets.0': 'Offsite copy',
      'technicalRequirement': 'Experience.',
      'personnel.intro': 'Team.',
      'personnel.roles.0.title': 'Engineer',
      'personnel.roles.0.duties': 'Runs it.',
    });
  });
});

describe('checkOverlay', () => {
  const english = { a: 'Within **{{periodOfPerformance}}**, 1,500 users', b: 'Plain', c: 'Section 1.2' };
  it.each([
    ['complete and faithful', { a: 'Dans **{{periodOfPerformance}}**, 1 500 utilisateurs', b: 'Simple', c: 'Section 1.2' }, { missing: [], stale: [], empty: [], mismatches: 0 }],
    ['a key missing', { a: 'Dans **{{periodOfPerformance}}**, 1 500 utilisateurs', c: 'Section 1.2' }, { missing: ['b'], stale: [], empty: [], mismatches: 0 }],
    ['a stale key and an empty text', { a: 'Dans **{{periodOfPerformance}}**, 1.500 utilisateurs', b: ' ', c: 'Section 1.2', old: 'x' }, { missing: [], stale: ['old'], empty: ['b'], mismatches: 0 }],
    ['a renamed placeholder', { a: 'Dans **{{periode}}**, 1 500 utilisateurs', b: 'Simple', c: 'Section 1.2' }, { missing: [], stale: [], empty: [], mismatches: 1 }],
    ['a changed number and a lost bold marker', { a: 'Dans {{periodOfPerformance}}, 1 600 utilisateurs', b: 'Simple', c: 'Section 1.3' }, { missing: [], stale: [], empty: [], mismatches: 3 }],
  ])('%s', (_, overlay, expected) => {
    const r = checkOverlay(english, overlay);
    expect({ missing: r.missing, stale: r.stale, empty: r.empty, mismatches: r.tokenMismatch.length }).toEqual(expected);
  });

  it('reads placeholders of both styles and numbers whatever their separators', () => {
    expect(textTokens('{name} and {{clientName}}: 1,234.5 or 1 234,5')).toEqual({ placeholders: ['{name}', '{{clientName}}'], numbers: ['12345', '12345'], boldMarkers: 0 });
    expect(textTokens('a 3rd-party host, 24x7, 2-3 years').numbers).toEqual(['2', '24', '3', '7']);
  });
});

describe('pseudoText', () => {
  it.each([
    ['Plain words', '⟦Þĺáíñ ŵóŕđš ~~~~⟧'],
    ['**{{clientName}}** has 1,500 users', '⟦**{{clientName}}** ĥáš 1,500 úšéŕš ~~~~~~~~~~~⟧'],
    ['Run `canonical-livepatch status`', '⟦Ŕúñ `canonical-livepatch status` ~~~~~~~~~~⟧'],
  ])('%s', (text, expected) => {
    expect(pseudoText(text)).toBe(expected);
    expect(checkOverlay({ k: text }, { k: pseudoText(text) }).tokenMismatch).toEqual([]);
  });

  it('makes a whole template look translated while keeping its structure', () => {
    const pseudo = applyTemplateOverlay(template, pseudoOverlay(translatableStrings(template)));
    expect(Object.values(translatableStrings(pseudo)).every((t) => t.startsWith('⟦'))).toBe(true);
    expect(applyTemplateOverlay(pseudo, translatableStrings(template))).toEqual(template);
  });
});
