import { describe, expect, it } from 'vitest';
import { loadTemplates } from '@/lib/content/load-templates';
import { SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { computeGating } from '@/lib/domain/gating';
import { LOCALES } from '@/lib/domain/locale';
import type { TReason } from '@/lib/domain/reason';
import { calculateSkillsGap } from '@/lib/domain/skills-gap';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { calculateCommCareSizing, commcareTier } from '@/lib/domain/commcare-sizing';
import { calculateDhis2Sizing } from '@/lib/domain/dhis2-sizing';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';

/**
 * The engines' reasons as message keys: the gating lock reads in English exactly as the engine's
 * own English text (kept for the API), and every language puts every reason the engines give into
 * words: no raw key, no ICU left over, not the English.
 */

const commcare = loadTemplates().find((t) => t.key === 'commcare')!;
const gatingReasons = () => computeGating(commcare, {}, {}).filter((g) => g.locked);
const person = (name: string, level: number, extra: { engagement?: 'in-house' | 'contractor'; fte?: number } = {}) => ({ name, role: '', engagement: extra.engagement ?? ('in-house' as const), fte: extra.fte ?? 1, levels: Object.fromEntries(SKILLS_CATALOGUE.skills.map((s) => [s.id, level])) });
const skillsCases = [
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: true }, team: [person('Awa', 3), person('Koffi', 3, { engagement: 'contractor' })] },
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'boombox' as const, dhis2Systems: 1 }, team: [person('Awa', 1)] },
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'separate' as const, dhis2Systems: 3 }, team: [person('Awa', 3, { fte: 0.5 }), person('Koffi', 1, { fte: 0.25 })] },
  { platforms: ['dhis2', 'commcare'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'separate' as const, dhis2Systems: 1, commcareTier: 'small-cluster' as const }, team: [person('Awa', 3), person('Koffi', 1), person('Marie', 2, { engagement: 'contractor' })] },
  { platforms: ['commcare'] as const, scale: {}, team: [person('Koffi', 2, { engagement: 'contractor' })] },
  { platforms: ['dhis2'] as const, scale: {}, team: [] },
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'boombox' as const, dhis2Systems: 1 }, team: [person('Awa', 0)] },
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'separate' as const, dhis2Systems: 1 }, team: [person('Koffi', 2, { engagement: 'contractor' })] },
  { platforms: ['commcare'] as const, scale: { commcareTier: 'large-cluster' as const }, team: [person('Koffi', 3, { engagement: 'contractor' }), person('Marie', 3, { engagement: 'contractor' })] },
];
/** The catalogue and a skill both platforms need (the catalogue has none yet; the engine allows it). */
const catalogue = {
  ...SKILLS_CATALOGUE,
  skills: [...SKILLS_CATALOGUE.skills, { id: 'shared.linux', name: 'Linux', platforms: ['commcare', 'dhis2'] as ('commcare' | 'dhis2')[], description: 'Linux.', source: '000', required: { dhis2: { 'single-machine': 1, separate: 2, clustered: 3 }, commcare: { 'single-server': 1, 'micro-cluster': 2, 'small-cluster': 2, 'large-cluster': 3 } } }],
};
/** Every reason a skills gap gives, nested ones included. */
function allReasons(): TReason[] {
  const out: TReason[] = [];
  const walk = (r: TReason) => {
    out.push(r);
    for (const v of Object.values(r.params ?? {})) if (v && typeof v === 'object' && !Array.isArray(v)) walk(v as TReason);
  };
  for (const c of skillsCases) {
    const r = calculateSkillsGap({ platforms: [...c.platforms], scale: c.scale, team: c.team }, catalogue);
    [r.scale.dhis2?.reason, r.scale.commcare?.reason, r.fte.reason, ...r.fte.parts.map((p) => p.reason), ...r.skills.flatMap((s) => [s.reason, s.requiredReason]), ...r.missing, ...r.assumptions].forEach((x) => x && walk(x));
  }
  return out;
}

/** The sizing engines' reasons: both CommCare tiers' kinds and both DHIS2 staging choices. */
function sizingReasons(): TReason[] {
  const commcareRuns = [1_000, 2_000, 20_000].map((users) => calculateCommCareSizing(ZCommCareSizingInput.parse({ users }), COMMCARE_SIZING));
  const dhis2Runs = (['production', 'smaller'] as const).map((stagingSize) =>
    calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: [{ name: 'HMIS', kind: 'aggregate', users: 500 }], stagingSize }), DHIS2_SIZING),
  );
  const tracker = calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: [{ name: 'Tracker', kind: 'tracker', users: 20_000, concurrentUsers: 400 }] }), DHIS2_SIZING);
  return [...commcareRuns.flatMap((r) => [r.tier.why, ...r.assumptionReasons]), ...[...dhis2Runs, tracker].flatMap((r) => [...r.systems.map((x) => x.tier.why), ...r.assumptionReasons])];
}

describe('the sizing engines’ reasons', () => {
  it('the CommCare tier reads in English exactly as the engine’s English, and in French in French', () => {
    const [en, fr] = [reasonSayer('en'), reasonSayer('fr')];
    for (const users of [1, 1_500, 3_500, 15_000]) expect(en(commcareTier(users, COMMCARE_SIZING).why)).toBe(commcareTier(users, COMMCARE_SIZING).reason);
    expect(en(commcareTier(2_000, COMMCARE_SIZING).why)).toBe('2,000 users is at least 1,500 and below 3,500: Micro Cluster (2 servers).');
    expect(fr(commcareTier(2_000, COMMCARE_SIZING).why)).toBe('2\u202f000 utilisateurs, c’est au moins 1\u202f500 et moins de 3\u202f500 : Micro-grappe (2 serveurs).');
  });

  it('the assumptions, in English, say what the engine’s English says', () => {
    const say = reasonSayer('en');
    const r = calculateCommCareSizing(ZCommCareSizingInput.parse({ users: 2_000 }), COMMCARE_SIZING);
    expect(r.assumptionReasons.map(say)[0]).toBe(r.assumptions[0]);
    expect(r.assumptionReasons.map(say).at(-2)).toBe(r.assumptions.at(-2));
    const d = calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: [{ name: 'HMIS', kind: 'aggregate', users: 500 }] }), DHIS2_SIZING);
    expect(d.assumptionReasons.map(say)[0]).toBe('Each DHIS2 system (HMIS, each tracker) is provisioned on its own servers, as countries typically do; budget them together.');
  });

  it('the DHIS2 specification reads in English as it always has, and in French in French', () => {
    const systems = [
      { name: 'HMIS', kind: 'aggregate', users: 500 },
      { name: 'Tracker', kind: 'tracker', users: 20_000, concurrentUsers: 400 },
    ];
    const r = calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems }), DHIS2_SIZING);
    expect(r.systems.map((s) => s.tier.tier)).toEqual(['small', 'large']);
    expect(reasonSayer('en')(r.systems[1].tier.why)).toBe(
      "400 concurrent users and a database of 1,340 GB after 5 years make a large system (our bands). DHIS2's large instance: at least 64 GB RAM, 16 cores and 500 GB of SSD; its database server: 64 GB RAM, 16 cores. SSD is mandatory, with reads of at least 150 Mb/s (350 Mb/s or more is ideal). For tracker at national scale DHIS2 suggests 32 GB and 32 CPUs as a starting point and the database on a dedicated server.",
    );
    expect(reasonSayer('fr')(r.systems[1].tier.why)).toMatch(/^400 utilisateurs simultanés .* catégorie « grande » .* Pour un tracker à l’échelle nationale/);
  });

  it.each(LOCALES)('%s: each is in words, with no key or ICU left over', (locale) => {
    const say = reasonSayer(locale);
    const english = reasonSayer('en');
    for (const reason of sizingReasons()) {
      const text = say(reason);
      expect(text).not.toContain(reason.key);
      expect(text, reason.key).not.toMatch(/[{}]|\[object/);
      // The configuration's own note is data, in English.
      if (locale !== 'en' && reason.key !== 'dhis2.assumptions.note') expect(text, `${locale} ${reason.key}`).not.toBe(english(reason));
    }
  });
});

describe('reasons as message keys', () => {
  it('the gating lock, in English, reads exactly as the engine’s English', () => {
    const say = reasonSayer('en');
    const locked = gatingReasons();
    expect(locked.length).toBeGreaterThan(0);
    for (const g of locked) expect(say(g.lock!)).toBe(g.lockedReason);
  });

  it('the cases give every reason of the skills gap', () => {
    const keys = new Set(allReasons().map((r) => r.key));
    for (const key of ['dhis2Clustered', 'dhis2SingleMachine', 'dhis2SeparateSystems', 'dhis2Separate', 'commcareFromSizing', 'commcareAssumed', 'skills.heldByMany', 'skills.heldByContractors', 'skills.onlyOneCrossTrain', 'skills.onlyOneShort', 'skills.trainOneUp', 'skills.hireContractorsNear', 'skills.outsourceWhileHiring', 'skills.outsourceWhileTraining', 'skills.fteShort', 'skills.fteEnough', 'skills.requiredForBoth', 'skills.notRequired'])
      expect(keys, key).toContain(key);
  });

  it.each(LOCALES)('%s: each is in words, with no key or ICU left over', (locale) => {
    const say = reasonSayer(locale);
    const english = reasonSayer('en');
    for (const reason of [...gatingReasons().map((g) => g.lock!), ...allReasons()]) {
      const text = say(reason);
      expect(text).not.toContain(reason.key);
      expect(text, reason.key).not.toMatch(/[{}]|\[object/);
      // A level named "expert" is the same word in English and French.
      if (locale !== 'en' && !/^\d \(expert\)$/.test(text)) expect(text, `${locale} ${reason.key}`).not.toBe(english(reason));
    }
  });
});
