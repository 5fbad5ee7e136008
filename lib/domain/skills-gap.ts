import { z } from 'zod';
import type { TSkillsGapInput } from '@/lib/schemas/skills';
import type { TReason } from './reason';

/**
 * Skills gap: per skill of the catalogue, the level the platform and scale require against the
 * best level in the team, how many people hold it, the risk and a recommendation (train, hire, or
 * outsource to a local entity as a transitional arrangement, as the DHIS2 notes advise); and the
 * FTE needed (1-3 DevOps engineers per the CommCare guide, scaled; DHIS2 by system count and
 * clustering) against the FTE available, in-house and contracted. Required levels, FTE and the
 * outsourcing threshold are data in content/skills/catalogue.json.
 */

export const DHIS2_SCALES = ['single-machine', 'separate', 'clustered'] as const;
export const COMMCARE_SCALES = ['single-server', 'micro-cluster', 'small-cluster', 'large-cluster'] as const;
export type TDhis2Scale = (typeof DHIS2_SCALES)[number];
export type TCommCareScale = (typeof COMMCARE_SCALES)[number];
export type TPlatform = 'commcare' | 'dhis2';

const level = z.number().int().min(0).max(3);
const byDhis2 = z.object({ 'single-machine': level, separate: level, clustered: level }).strict();
const byCommCare = z.object({ 'single-server': level, 'micro-cluster': level, 'small-cluster': level, 'large-cluster': level }).strict();

export const ZSkillsCatalogue = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    levels: z.array(z.object({ level, name: z.string().min(1), description: z.string().min(1) }).strict()).length(4),
    scales: z.object({
      dhis2: z.array(z.object({ id: z.enum(DHIS2_SCALES), description: z.string().min(1) }).strict()),
      commcare: z.array(z.object({ id: z.enum(COMMCARE_SCALES), description: z.string().min(1) }).strict()),
    }),
    fte: z
      .object({
        commcare: z.object({ byScale: z.object({ 'single-server': z.number().min(0), 'micro-cluster': z.number().min(0), 'small-cluster': z.number().min(0), 'large-cluster': z.number().min(0) }).strict(), source: z.string().min(1) }).strict(),
        dhis2: z.object({ byScale: z.object({ 'single-machine': z.number().min(0), separate: z.number().min(0), clustered: z.number().min(0) }).strict(), perAdditionalSystem: z.number().min(0), source: z.string().min(1) }).strict(),
        multiPlatformFactor: z.object({ value: z.number().gt(0).max(1), source: z.string().min(1) }).strict(),
      })
      .strict(),
    rules: z.object({ outsourceWhenGapAtLeast: z.number().int().min(1).max(3), source: z.string().min(1) }).strict(),
    skills: z
      .array(
        z
          .object({
            id: z.string().regex(/^(dhis2|commcare|shared)\.[a-z0-9-]+$/, 'Skill ids are slugs like "dhis2.postgresql".'),
            name: z.string().min(1),
            platforms: z.array(z.enum(['commcare', 'dhis2'])).min(1),
            description: z.string().min(1),
            source: z.string().min(1),
            required: z.object({ dhis2: byDhis2.optional(), commcare: byCommCare.optional() }).strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.skills.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['skills', i, 'id'], message: `duplicate skill id ${s.id}` });
      seen.add(s.id);
      for (const p of s.platforms) if (!s.required[p]) ctx.addIssue({ code: 'custom', path: ['skills', i, 'required', p], message: `${s.id}: no required levels for ${p}` });
    });
  });
export type TSkillsCatalogue = z.infer<typeof ZSkillsCatalogue>;

export type TSkillRisk = 'gap' | 'single-person' | 'ok';
export type TRecommendation = 'train' | 'hire' | 'outsource' | 'none';
export type TSkillGapRow = {
  skillId: string;
  name: string;
  platforms: TPlatform[];
  required: number;
  requiredReason: string;
  bestAvailable: number;
  /** People at or above the required level (only counted when the skill is required). */
  holders: number;
  holderNames: string[];
  inHouseHolders: number;
  risk: TSkillRisk;
  recommendation: TRecommendation;
  reason: string;
  /** One cell per team member, in team order, for the heat map. */
  levels: { member: string; level: number }[];
};
export type TFteLine = { platform: TPlatform; fte: number; reason: string };
export type TSkillsGapResult = {
  scale: { dhis2?: { scale: TDhis2Scale; reason: string; says: TReason }; commcare?: { tier: TCommCareScale; reason: string; says: TReason } };
  skills: TSkillGapRow[];
  fte: { needed: number; parts: TFteLine[]; inHouse: number; contractor: number; available: number; shortfall: number; reason: string };
  summary: { gaps: number; singlePerson: number; ok: number; train: number; hire: number; outsource: number };
  team: { name: string; role: string; engagement: 'in-house' | 'contractor'; fte: number }[];
  unknownSkillIds: string[];
  missing: string[];
  assumptions: string[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const PLATFORM_NAMES: Record<TPlatform, string> = { commcare: 'CommCare', dhis2: 'DHIS2' };
/** Scales and tiers in words. */
export const SCALE_LABELS: Record<TDhis2Scale | TCommCareScale, string> = {
  'single-machine': 'DHIS2 on a single machine',
  separate: 'DHIS2 on separate servers',
  clustered: 'DHIS2 clustered',
  'single-server': 'CommCare on a single server',
  'micro-cluster': 'CommCare micro cluster',
  'small-cluster': 'CommCare small cluster',
  'large-cluster': 'CommCare large cluster',
};
/** "1 full-time person", "2.5 full-time people". */
const formatFte = (n: number) => `${n.toLocaleString('en', { maximumFractionDigits: 2 })} full-time ${n === 1 ? 'person' : 'people'}`;
const LEVEL_NAMES = ['none', 'basic', 'working', 'expert'];
const lv = (n: number) => `${n} (${LEVEL_NAMES[n]})`;
const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

function dhis2Scale(scale: NonNullable<TSkillsGapInput['scale']>, missing: string[]): { scale: TDhis2Scale; reason: string; says: TReason } {
  const systems = scale.dhis2Systems ?? 1;
  if (scale.dhis2Systems === undefined) missing.push('How many DHIS2 systems (HMIS, each tracker) will be hosted: 1 assumed');
  if (scale.dhis2Clustered) return { scale: 'clustered', reason: 'the sizing recommends a clustered DHIS2 core with Redis and a read replica', says: { key: 'dhis2Clustered' } };
  if (scale.dhis2Clustered === undefined) missing.push('Whether the DHIS2 core is clustered (from the sizing): not clustered assumed');
  if (scale.dhis2Isolation === 'boombox' && systems === 1) return { scale: 'single-machine', reason: 'one simple aggregate system on a single machine, which the sizing allows only for very simple aggregate setups', says: { key: 'dhis2SingleMachine' } };
  if (scale.dhis2Isolation === undefined) missing.push('The isolation level the DHIS2 sizing recommends: separate VMs or containers assumed, the good practice');
  return {
    scale: 'separate',
    reason: systems > 1 ? `${systems} DHIS2 systems, each on its own isolated servers` : 'components on separate VMs or containers with minimum access between them',
    says: systems > 1 ? { key: 'dhis2SeparateSystems', params: { systems } } : { key: 'dhis2Separate' },
  };
}

export function calculateSkillsGap(input: TSkillsGapInput, catalogue: TSkillsCatalogue): TSkillsGapResult {
  const platforms = [...new Set(input.platforms)];
  const scaleIn = input.scale ?? {};
  const team = (input.team ?? []).map((m) => ({ name: m.name.trim(), role: m.role ?? '', engagement: m.engagement, fte: m.fte, levels: m.levels ?? {} }));
  const missing: string[] = [];
  const has = (p: TPlatform) => platforms.includes(p);

  const dhis2 = has('dhis2') ? dhis2Scale(scaleIn, missing) : undefined;
  let commcare: TSkillsGapResult['scale']['commcare'];
  if (has('commcare')) {
    if (scaleIn.commcareTier) commcare = { tier: scaleIn.commcareTier, reason: 'the CommCare sizing tier', says: { key: 'commcareFromSizing' } };
    else {
      missing.push('The CommCare tier from the sizing: the smallest tier (single server) assumed');
      commcare = { tier: 'single-server', reason: 'tier not given: the smallest tier is assumed until the sizing is done', says: { key: 'commcareAssumed' } };
    }
  }

  // FTE needed
  const parts: TFteLine[] = [];
  if (commcare) parts.push({ platform: 'commcare', fte: catalogue.fte.commcare.byScale[commcare.tier], reason: `${SCALE_LABELS[commcare.tier]}: ${formatFte(catalogue.fte.commcare.byScale[commcare.tier])}` });
  if (dhis2) {
    const systems = scaleIn.dhis2Systems ?? 1;
    const base = catalogue.fte.dhis2.byScale[dhis2.scale];
    const extra = (systems - 1) * catalogue.fte.dhis2.perAdditionalSystem;
    parts.push({ platform: 'dhis2', fte: round2(base + extra), reason: `${SCALE_LABELS[dhis2.scale]}: ${formatFte(base)}${systems > 1 ? `, and ${formatFte(catalogue.fte.dhis2.perAdditionalSystem)}${systems === 2 ? ' for the second system' : ` for each of the ${systems - 1} further systems`}` : ''}` });
  }
  const sum = parts.reduce((t, p) => t + p.fte, 0);
  const factor = parts.length > 1 ? catalogue.fte.multiPlatformFactor.value : 1;
  const needed = round2(sum * factor);
  const inHouse = round2(team.filter((m) => m.engagement === 'in-house').reduce((t, m) => t + m.fte, 0));
  const contractor = round2(team.filter((m) => m.engagement === 'contractor').reduce((t, m) => t + m.fte, 0));
  const available = round2(inHouse + contractor);
  const shortfall = round2(Math.max(0, needed - available));
  const partText = (p: TFteLine) => `${PLATFORM_NAMES[p.platform]} ${formatFte(p.fte)}`;
  const factorText = factor !== 1 ? `, less ${Math.round((1 - factor) * 100)}% as one team runs both platforms` : '';
  const fte = {
    needed,
    parts,
    inHouse,
    contractor,
    available,
    shortfall,
    reason: `${list(parts.map(partText))}${factorText}: ${formatFte(needed)} needed; ${formatFte(available)} available (${formatFte(inHouse)} in-house, ${formatFte(contractor)} contracted)${shortfall > 0 ? `, short by ${formatFte(shortfall)}` : ''}.`,
  };

  const catalogueIds = new Set(catalogue.skills.map((s) => s.id));
  const unknownSkillIds = [...new Set(team.flatMap((m) => Object.keys(m.levels)).filter((id) => !catalogueIds.has(id)))].sort();
  const outsourceAt = catalogue.rules.outsourceWhenGapAtLeast;

  const skills: TSkillGapRow[] = catalogue.skills
    .filter((s) => s.platforms.some(has))
    .map((s) => {
      const reqs: { level: number; why: string }[] = [];
      if (dhis2 && s.required.dhis2) reqs.push({ level: s.required.dhis2[dhis2.scale], why: `DHIS2 ${dhis2.scale}` });
      if (commcare && s.required.commcare) reqs.push({ level: s.required.commcare[commcare.tier], why: `CommCare ${commcare.tier}` });
      const required = Math.max(0, ...reqs.map((r) => r.level));
      const requiredReason = `${lv(required)} for ${reqs.map((r) => `${r.why} (${r.level})`).join(' and ')}; ${s.source}`;
      const levels = team.map((m) => ({ member: m.name, level: m.levels[s.id] ?? 0 }));
      const bestAvailable = Math.max(0, ...levels.map((l) => l.level));
      const holdersList = required === 0 ? [] : team.filter((m) => (m.levels[s.id] ?? 0) >= required);
      const holderNames = holdersList.map((m) => m.name);
      const inHouseHolders = holdersList.filter((m) => m.engagement === 'in-house').length;
      const row = { skillId: s.id, name: s.name, platforms: s.platforms, required, requiredReason, bestAvailable, holders: holdersList.length, holderNames, inHouseHolders, levels };

      if (required === 0) return { ...row, risk: 'ok' as const, recommendation: 'none' as const, reason: 'Not required at this scale.' };
      if (holdersList.length >= 2) {
        if (inHouseHolders === 0)
          return { ...row, risk: 'ok' as const, recommendation: 'train' as const, reason: `Held by ${list(holderNames)}, all contractors: train in-house staff to take over, since outsourcing is meant to be transitional (000).` };
        return { ...row, risk: 'ok' as const, recommendation: 'none' as const, reason: `Held at ${lv(required)} or above by ${holdersList.length} people (${list(holderNames)}).` };
      }
      if (holdersList.length === 1) {
        const next = team.filter((m) => m.name !== holderNames[0]).sort((a, b) => (b.levels[s.id] ?? 0) - (a.levels[s.id] ?? 0) || (a.engagement === 'in-house' ? -1 : 1))[0];
        if (shortfall > 0 || !next)
          return { ...row, risk: 'single-person' as const, recommendation: 'hire' as const, reason: `Only ${holderNames[0]} holds it: a single point of failure. ${next ? `The team is short by ${shortfall} FTE, so hire a second person with this skill.` : 'No one else is in the team: hire a second person.'}` };
        return { ...row, risk: 'single-person' as const, recommendation: 'train' as const, reason: `Only ${holderNames[0]} holds it: a single point of failure. Cross-train ${next.name} (now ${lv(next.levels[s.id] ?? 0)}) to ${lv(required)}.` };
      }
      const gap = required - bestAvailable;
      if (gap >= outsourceAt)
        return {
          ...row,
          risk: 'gap' as const,
          recommendation: 'outsource' as const,
          reason: `Required ${lv(required)}, best in the team ${lv(bestAvailable)}: nobody is near. Outsource this to a local entity with the skills as a transitional arrangement, while ${shortfall > 0 ? 'hiring' : 'training'} to take it over (${catalogue.rules.source}).`,
        };
      const near = team.filter((m) => (m.levels[s.id] ?? 0) === bestAvailable);
      const nearInHouse = near.filter((m) => m.engagement === 'in-house');
      if (nearInHouse.length > 0)
        return { ...row, risk: 'gap' as const, recommendation: 'train' as const, reason: `Required ${lv(required)}, best in the team ${lv(bestAvailable)}: train ${list(nearInHouse.map((m) => m.name))} one level up.` };
      if (near.length === 0) return { ...row, risk: 'gap' as const, recommendation: 'hire' as const, reason: `Required ${lv(required)} and nobody is in the team yet: hire.` };
      return { ...row, risk: 'gap' as const, recommendation: 'hire' as const, reason: `Required ${lv(required)}; only contractor(s) ${list(near.map((m) => m.name))} are near, at ${lv(bestAvailable)}: hire in-house (or have the contractor reach ${lv(required)} and hand over).` };
    });

  const count = (f: (r: TSkillGapRow) => boolean) => skills.filter(f).length;
  return {
    scale: { ...(dhis2 ? { dhis2 } : {}), ...(commcare ? { commcare } : {}) },
    skills,
    fte,
    summary: {
      gaps: count((r) => r.risk === 'gap'),
      singlePerson: count((r) => r.risk === 'single-person'),
      ok: count((r) => r.risk === 'ok'),
      train: count((r) => r.recommendation === 'train'),
      hire: count((r) => r.recommendation === 'hire'),
      outsource: count((r) => r.recommendation === 'outsource'),
    },
    team: team.map(({ name, role, engagement, fte: f }) => ({ name, role, engagement, fte: f })),
    unknownSkillIds,
    missing,
    assumptions: [
      `Levels: ${catalogue.levels.map((l) => `${l.level} ${l.name}`).join(', ')}. A skill is held when a person is at or above the required level; a skill held by one person is a risk.`,
      `A gap of ${outsourceAt} levels or more, or nobody with any experience, is recommended for outsourcing to a local entity as a transitional arrangement (000); a one-level gap is closed by training in-house staff.`,
      `FTE needed: ${catalogue.fte.commcare.source}. ${catalogue.fte.dhis2.source}.`,
      'Skills absent from a person’s levels count as 0 (none).',
    ],
  };
}
