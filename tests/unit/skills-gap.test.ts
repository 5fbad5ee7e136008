import { describe, expect, it } from 'vitest';
import catalogueJson from '@/content/skills/catalogue.json';
import { calculateSkillsGap, ZSkillsCatalogue } from '@/lib/domain/skills-gap';
import { ZSkillsGapInput, ZTeam, type TSkillsGapInput } from '@/lib/schemas/skills';
import { reasonSayer } from '@/lib/i18n/reason-text';

const catalogue = ZSkillsCatalogue.parse(catalogueJson);
type TPerson = NonNullable<TSkillsGapInput['team']>[number];
const person = (name: string, levels: Record<string, number>, extra: Partial<TPerson> = {}): TPerson => ({ name, role: 'sysadmin', engagement: 'in-house', fte: 1, levels, ...extra });
const row = (input: TSkillsGapInput, id: string) => calculateSkillsGap(input, catalogue).skills.find((s) => s.skillId === id)!;

describe('the catalogue', () => {
  it('validates and covers the skills the sources name', () => {
    const ids = catalogue.skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['dhis2.ubuntu-linux', 'dhis2.web-proxy', 'dhis2.tomcat', 'dhis2.postgresql', 'dhis2.monitoring', 'dhis2.backups', 'dhis2.security-tls', 'dhis2.containers']));
    expect(ids).toEqual(
      expect.arrayContaining(['commcare.deploys', 'commcare.provisioning-ansible', 'commcare.monitoring-logging', 'commcare.firefighting', 'commcare.futureproofing', 'commcare.performance', 'commcare.security', 'commcare.scaling-sizing', 'commcare.backups', 'commcare.load-testing']),
    );
  });

  it('refuses duplicate skill ids', () => {
    const bad = structuredClone(catalogueJson);
    bad.skills.push(bad.skills[0]);
    expect(ZSkillsCatalogue.safeParse(bad).error?.issues[0].message).toMatch(/duplicate skill id/);
  });
});

describe('required level depends on platform and scale', () => {
  it.each([
    [{ dhis2Isolation: 'boombox', dhis2Systems: 1, dhis2Clustered: false }, 'dhis2.postgresql', 2],
    [{ dhis2Isolation: 'separate', dhis2Systems: 1, dhis2Clustered: false }, 'dhis2.postgresql', 3],
    [{ dhis2Isolation: 'boombox', dhis2Systems: 2, dhis2Clustered: false }, 'dhis2.postgresql', 3], // two systems are never a single machine
    [{ dhis2Isolation: 'separate', dhis2Systems: 1, dhis2Clustered: false }, 'dhis2.clustering', 0],
    [{ dhis2Isolation: 'separate', dhis2Systems: 1, dhis2Clustered: true }, 'dhis2.clustering', 2],
    [{ dhis2Clustered: true }, 'dhis2.ubuntu-linux', 3],
  ] as const)('DHIS2 %j: %s requires %i', (scale, id, level) => {
    expect(row({ platforms: ['dhis2'], scale }, id).required).toBe(level);
  });

  it.each([
    ['single-server', 0],
    ['micro-cluster', 1],
    ['small-cluster', 2],
    ['large-cluster', 2],
  ] as const)('CommCare %s: load testing requires %i', (tier, level) => {
    expect(row({ platforms: ['commcare'], scale: { commcareTier: tier } }, 'commcare.load-testing').required).toBe(level);
  });

  it('lists only the skills of the chosen platforms', () => {
    const r = calculateSkillsGap({ platforms: ['commcare'], scale: { commcareTier: 'small-cluster' } }, catalogue);
    expect(r.skills.every((s) => s.platforms.includes('commcare'))).toBe(true);
    const both = calculateSkillsGap({ platforms: ['commcare', 'dhis2'], scale: { commcareTier: 'small-cluster', dhis2Clustered: false, dhis2Isolation: 'separate', dhis2Systems: 1 } }, catalogue);
    expect(both.skills.length).toBe(catalogue.skills.length);
  });

  it('lists the scale answers it had to assume instead of guessing silently', () => {
    const r = calculateSkillsGap({ platforms: ['dhis2', 'commcare'] }, catalogue);
    expect(r.scale).toEqual({ dhis2: expect.objectContaining({ scale: 'separate' }), commcare: expect.objectContaining({ tier: 'single-server' }) });
    expect(r.missing.map((m) => m.key).sort()).toEqual(['skills.missingCommcareTier', 'skills.missingDhis2Clustered', 'skills.missingDhis2Isolation', 'skills.missingDhis2Systems']);
  });
});

describe('risk and recommendation per skill', () => {
  const scale = { dhis2Isolation: 'separate', dhis2Systems: 1, dhis2Clustered: false } as const; // postgresql requires 3, tomcat 2
  const id = 'dhis2.postgresql';
  it.each([
    ['two in-house experts', [person('A', { [id]: 3 }), person('B', { [id]: 3 })], 'ok', 'none', 2, 'skills.heldByMany'],
    ['two contractors only', [person('A', { [id]: 3 }, { engagement: 'contractor' }), person('B', { [id]: 3 }, { engagement: 'contractor' })], 'ok', 'train', 2, 'skills.heldByContractors'],
    ['one expert, a colleague to cross-train, enough FTE', [person('A', { [id]: 3 }), person('B', { [id]: 1 })], 'single-person', 'train', 1, 'skills.onlyOneCrossTrain'],
    ['one expert, team short of FTE', [person('A', { [id]: 3 }, { fte: 0.5 })], 'single-person', 'hire', 1, 'skills.onlyOneAlone'],
    ['one expert and a colleague, team short of FTE', [person('A', { [id]: 3 }, { fte: 0.25 }), person('B', { [id]: 1 }, { fte: 0.25 })], 'single-person', 'hire', 1, 'skills.onlyOneShort'],
    ['best is one level short, in-house', [person('A', { [id]: 2 }), person('B', { [id]: 1 })], 'gap', 'train', 0, 'skills.trainOneUp'],
    ['best is one level short, contractor only', [person('A', { [id]: 2 }, { engagement: 'contractor' }), person('B', { [id]: 0 })], 'gap', 'hire', 0, 'skills.hireContractorsNear'],
    ['best is two levels short', [person('A', { [id]: 1 }), person('B', {})], 'gap', 'outsource', 0, 'skills.outsourceWhileTraining'],
    ['nobody has it', [person('A', {})], 'gap', 'outsource', 0, 'skills.outsourceWhileTraining'],
    ['empty team', [], 'gap', 'outsource', 0, 'skills.outsourceWhileHiring'],
  ] as const)('%s → %s, %s', (_n, team, risk, recommendation, holders, key) => {
    const r = row({ platforms: ['dhis2'], scale, team: [...team] }, id);
    expect([r.risk, r.recommendation, r.holders]).toEqual([risk, recommendation, holders]);
    expect(r.reason.key).toBe(key);
  });

  it('outsourcing cites the DHIS2 notes’ transitional arrangement with a local entity, in each language', () => {
    const r = row({ platforms: ['dhis2'], scale, team: [person('A', {})] }, id);
    expect(r.reason).toEqual({ key: 'skills.outsourceWhileTraining', params: { required: { key: 'skills.level', params: { level: 3 } }, best: { key: 'skills.level', params: { level: 0 } }, source: catalogue.rules.source } });
    expect(reasonSayer('en')(r.reason)).toBe(`Required 3 (expert), best in the team 0 (none): nobody is near. Outsource this to a local entity with the skills as a transitional arrangement, while training to take it over (${catalogue.rules.source}).`);
    expect(reasonSayer('fr')(r.reason)).toMatch(/^Requis : 3 \(expert\) ; meilleur niveau de l’équipe : 0 \(aucun\) : .*entité locale.*transitoire/);
    expect(reasonSayer('pt')(r.reason)).toMatch(/entidade local.*transitória/);
  });

  it('names people as a list in the reader’s language', () => {
    const r = row({ platforms: ['dhis2'], scale, team: [person('Awa', { [id]: 3 }), person('Koffi', { [id]: 3 }), person('Marie', { [id]: 3 })] }, id);
    expect(r.reason).toEqual({ key: 'skills.heldByMany', params: { required: { key: 'skills.level', params: { level: 3 } }, count: 3, names: ['Awa', 'Koffi', 'Marie'] } });
    expect(reasonSayer('en')(r.reason)).toBe('Held at 3 (expert) or above by 3 people (Awa, Koffi, and Marie).');
    expect(reasonSayer('fr')(r.reason)).toBe('Détenue au niveau 3 (expert) ou plus par 3 personnes (Awa, Koffi et Marie).');
  });

  it('a skill not required at this scale is ok', () => {
    const r = row({ platforms: ['dhis2'], scale, team: [] }, 'dhis2.clustering');
    expect([r.required, r.risk, r.recommendation]).toEqual([0, 'ok', 'none']);
  });

  it('a one-level requirement with nobody in the team is a hire, not an outsourcing', () => {
    const r = row({ platforms: ['commcare'], scale: { commcareTier: 'micro-cluster' }, team: [] }, 'commcare.load-testing');
    expect([r.required, r.risk, r.recommendation]).toEqual([1, 'gap', 'hire']);
  });

  it('gives one heat-map cell per person and reports unknown skill ids', () => {
    const r = calculateSkillsGap({ platforms: ['dhis2'], scale, team: [person('A', { [id]: 2, 'dhis2.cobol': 3 }), person('B', {})] }, catalogue);
    expect(r.skills.find((s) => s.skillId === id)!.levels).toEqual([
      { member: 'A', level: 2 },
      { member: 'B', level: 0 },
    ]);
    expect(r.unknownSkillIds).toEqual(['dhis2.cobol']);
  });
});

describe('FTE needed vs available', () => {
  it.each([
    [{ platforms: ['commcare'], scale: { commcareTier: 'single-server' } }, 1],
    [{ platforms: ['commcare'], scale: { commcareTier: 'micro-cluster' } }, 1.5],
    [{ platforms: ['commcare'], scale: { commcareTier: 'small-cluster' } }, 2],
    [{ platforms: ['commcare'], scale: { commcareTier: 'large-cluster' } }, 3],
    [{ platforms: ['dhis2'], scale: { dhis2Isolation: 'boombox', dhis2Systems: 1, dhis2Clustered: false } }, 0.5],
    [{ platforms: ['dhis2'], scale: { dhis2Isolation: 'separate', dhis2Systems: 1, dhis2Clustered: false } }, 1],
    [{ platforms: ['dhis2'], scale: { dhis2Isolation: 'separate', dhis2Systems: 3, dhis2Clustered: false } }, 1.5],
    [{ platforms: ['dhis2'], scale: { dhis2Systems: 2, dhis2Clustered: true } }, 2.25],
    [{ platforms: ['commcare', 'dhis2'], scale: { commcareTier: 'large-cluster', dhis2Systems: 1, dhis2Clustered: false, dhis2Isolation: 'separate' } }, 3.2], // (3 + 1) less 20%
  ] as const)('%j needs %d FTE', (input, needed) => {
    expect(calculateSkillsGap(input as unknown as TSkillsGapInput, catalogue).fte.needed).toBe(needed);
  });

  it('explains the FTE as a reason with its figures', () => {
    const r = calculateSkillsGap({ platforms: ['commcare', 'dhis2'], scale: { commcareTier: 'small-cluster', dhis2Systems: 2, dhis2Clustered: false, dhis2Isolation: 'separate' } } as unknown as TSkillsGapInput, catalogue);
    expect(r.fte.reason).toEqual({
      key: 'skills.fteShort',
      params: {
        parts: { key: 'skills.fteBothPlatforms', params: { commcare: { key: 'skills.ftePlatform', params: { platform: 'commcare', fte: 2 } }, dhis2: { key: 'skills.ftePlatform', params: { platform: 'dhis2', fte: 1.25 } }, less: 0.2 } },
        needed: 2.6,
        available: 0,
        inHouse: 0,
        contractor: 0,
        shortfall: 2.6,
      },
    });
    expect(r.fte.parts.map((p) => p.reason)).toEqual([
      { key: 'skills.ftePart', params: { scale: { key: 'skills.scale', params: { scale: 'smallCluster' } }, fte: 2 } },
      { key: 'skills.ftePartFurtherSystems', params: { scale: { key: 'skills.scale', params: { scale: 'separate' } }, fte: 1, perSystem: 0.25, further: 1 } },
    ]);
  });

  it('puts the FTE into words in English and French, figures the language’s way', () => {
    const r = calculateSkillsGap({ platforms: ['commcare', 'dhis2'], scale: { commcareTier: 'small-cluster', dhis2Systems: 2, dhis2Clustered: false, dhis2Isolation: 'separate' } } as unknown as TSkillsGapInput, catalogue);
    const en = reasonSayer('en');
    const fr = reasonSayer('fr');
    expect(en(r.fte.reason)).toBe('CommCare 2 full-time people and DHIS2 1.25 full-time people, less 20% as one team runs both platforms: 2.6 full-time people needed; 0 full-time people available (0 full-time people in-house, 0 full-time people contracted), short by 2.6 full-time people.');
    expect(r.fte.parts.map((p) => en(p.reason))).toEqual(['CommCare small cluster: 2 full-time people', 'DHIS2 on separate servers: 1 full-time person, and 0.25 full-time people for the second system']);
    expect(fr(r.fte.reason)).toBe(
      'CommCare : 2 personnes à temps plein et DHIS2 : 1,25 personne à temps plein, moins 20\u00a0% puisqu’une seule équipe gère les deux plateformes : 2,6 personnes à temps plein nécessaires ; 0 personne à temps plein disponible (0 personne à temps plein en interne, 0 personne à temps plein sous contrat), soit un manque de 2,6 personnes à temps plein.',
    );
    expect(fr(r.fte.parts[1].reason)).toBe('DHIS2 sur des serveurs séparés : 1 personne à temps plein, et 0,25 personne à temps plein pour le deuxième système');
    const three = calculateSkillsGap({ platforms: ['dhis2'], scale: { dhis2Systems: 3, dhis2Clustered: false, dhis2Isolation: 'separate' } }, catalogue);
    expect(en(three.fte.parts[0].reason)).toBe('DHIS2 on separate servers: 1 full-time person, and 0.25 full-time people for each of the 2 further systems');
  });

  it('splits the available FTE by engagement and shows the shortfall', () => {
    const r = calculateSkillsGap(
      { platforms: ['commcare'], scale: { commcareTier: 'small-cluster' }, team: [person('A', {}, { fte: 0.5 }), person('B', {}, { engagement: 'contractor', fte: 0.2 })] },
      catalogue,
    );
    expect(r.fte).toMatchObject({ needed: 2, inHouse: 0.5, contractor: 0.2, available: 0.7, shortfall: 1.3 });
    expect(reasonSayer('en')(r.fte.reason)).toMatch(/short by 1.3 full-time people\.$/);
  });
});

describe('the team schema', () => {
  it.each([
    ['a valid team', [{ name: 'Amina', role: 'DBA', engagement: 'in-house', fte: 1, levels: { 'dhis2.postgresql': 3 } }], true],
    ['defaults role and levels', [{ name: 'Amina', engagement: 'contractor', fte: 0.5 }], true],
    ['an empty team', [], true],
    ['a missing name', [{ name: ' ', engagement: 'in-house', fte: 1 }], false],
    ['a level of 4', [{ name: 'A', engagement: 'in-house', fte: 1, levels: { x: 4 } }], false],
    ['a level of 1.5', [{ name: 'A', engagement: 'in-house', fte: 1, levels: { x: 1.5 } }], false],
    ['zero FTE', [{ name: 'A', engagement: 'in-house', fte: 0 }], false],
    ['more than 1 FTE', [{ name: 'A', engagement: 'in-house', fte: 1.5 }], false],
    ['an unknown engagement', [{ name: 'A', engagement: 'volunteer', fte: 1 }], false],
    ['the same person twice', [{ name: 'A', engagement: 'in-house', fte: 1 }, { name: 'a', engagement: 'contractor', fte: 1 }], false],
  ])('%s → %s', (_n, team, ok) => {
    expect(ZTeam.safeParse(team).success).toBe(ok);
  });

  it.each([
    ['no platform', { platforms: [] }],
    ['an unknown platform', { platforms: ['openmrs'] }],
    ['a platform twice', { platforms: ['dhis2', 'dhis2'] }],
    ['an unknown tier', { platforms: ['commcare'], scale: { commcareTier: 'huge' } }],
    ['zero DHIS2 systems', { platforms: ['dhis2'], scale: { dhis2Systems: 0 } }],
  ])('the input schema rejects %s', (_n, input) => {
    expect(ZSkillsGapInput.safeParse(input).success).toBe(false);
  });

  it('parsed input feeds the engine', () => {
    const parsed = ZSkillsGapInput.parse({ platforms: ['dhis2'], team: [{ name: 'A', engagement: 'in-house', fte: 1 }] });
    expect(calculateSkillsGap(parsed, catalogue).team).toEqual([{ name: 'A', role: '', engagement: 'in-house', fte: 1 }]);
  });
});
