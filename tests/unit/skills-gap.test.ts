import { describe, expect, it } from 'vitest';
import catalogueJson from '@/content/skills/catalogue.json';
import { calculateSkillsGap, ZSkillsCatalogue } from '@/lib/domain/skills-gap';
import { ZSkillsGapInput, ZTeam, type TSkillsGapInput } from '@/lib/schemas/skills';

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
    expect(r.missing.map((m) => m.split(':')[0]).sort()).toEqual(['How many DHIS2 systems (HMIS, each tracker) will be hosted', 'The CommCare tier from the sizing', 'The isolation level the DHIS2 sizing recommends', 'Whether the DHIS2 core is clustered (from the sizing)']);
  });
});

describe('risk and recommendation per skill', () => {
  const scale = { dhis2Isolation: 'separate', dhis2Systems: 1, dhis2Clustered: false } as const; // postgresql requires 3, tomcat 2
  const id = 'dhis2.postgresql';
  it.each([
    ['two in-house experts', [person('A', { [id]: 3 }), person('B', { [id]: 3 })], 'ok', 'none', 2],
    ['two contractors only', [person('A', { [id]: 3 }, { engagement: 'contractor' }), person('B', { [id]: 3 }, { engagement: 'contractor' })], 'ok', 'train', 2],
    ['one expert, a colleague to cross-train, enough FTE', [person('A', { [id]: 3 }), person('B', { [id]: 1 })], 'single-person', 'train', 1],
    ['one expert, team short of FTE', [person('A', { [id]: 3 }, { fte: 0.5 })], 'single-person', 'hire', 1],
    ['best is one level short, in-house', [person('A', { [id]: 2 }), person('B', { [id]: 1 })], 'gap', 'train', 0],
    ['best is one level short, contractor only', [person('A', { [id]: 2 }, { engagement: 'contractor' }), person('B', { [id]: 0 })], 'gap', 'hire', 0],
    ['best is two levels short', [person('A', { [id]: 1 }), person('B', {})], 'gap', 'outsource', 0],
    ['nobody has it', [person('A', {})], 'gap', 'outsource', 0],
    ['empty team', [], 'gap', 'outsource', 0],
  ] as const)('%s → %s, %s', (_n, team, risk, recommendation, holders) => {
    const r = row({ platforms: ['dhis2'], scale, team: [...team] }, id);
    expect([r.risk, r.recommendation, r.holders]).toEqual([risk, recommendation, holders]);
    expect(r.reason.length).toBeGreaterThan(10);
  });

  it('outsourcing cites the DHIS2 notes’ transitional arrangement with a local entity', () => {
    const r = row({ platforms: ['dhis2'], scale, team: [person('A', {})] }, id);
    expect(r.reason).toMatch(/local entity/);
    expect(r.reason).toMatch(/transitional/);
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

  it('explains the FTE in words, without platform ids or a bare formula', () => {
    const r = calculateSkillsGap({ platforms: ['commcare', 'dhis2'], scale: { commcareTier: 'small-cluster', dhis2Systems: 2, dhis2Clustered: false, dhis2Isolation: 'separate' } } as unknown as TSkillsGapInput, catalogue);
    expect(r.fte.reason).toBe('CommCare 2 full-time people and DHIS2 1.25 full-time people, less 20% as one team runs both platforms: 2.6 full-time people needed; 0 full-time people available (0 full-time people in-house, 0 full-time people contracted), short by 2.6 full-time people.');
    expect(r.fte.parts.map((p) => p.reason)).toEqual(['CommCare small cluster: 2 full-time people', 'DHIS2 on separate servers: 1 full-time person, and 0.25 full-time people for the second system']);
  });

  it('splits the available FTE by engagement and shows the shortfall', () => {
    const r = calculateSkillsGap(
      { platforms: ['commcare'], scale: { commcareTier: 'small-cluster' }, team: [person('A', {}, { fte: 0.5 }), person('B', {}, { engagement: 'contractor', fte: 0.2 })] },
      catalogue,
    );
    expect(r.fte).toMatchObject({ needed: 2, inHouse: 0.5, contractor: 0.2, available: 0.7, shortfall: 1.3 });
    expect(r.fte.reason).toMatch(/short by 1.3 full-time people\.$/);
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
