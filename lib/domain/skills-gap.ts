import { z } from 'zod';
import type { TSkillsGapInput } from '@/lib/schemas/skills';
import { reason, type TReason } from './reason';

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
  requiredReason: TReason;
  bestAvailable: number;
  /** People at or above the required level (only counted when the skill is required). */
  holders: number;
  holderNames: string[];
  inHouseHolders: number;
  risk: TSkillRisk;
  recommendation: TRecommendation;
  reason: TReason;
  /** One cell per team member, in team order, for the heat map. */
  levels: { member: string; level: number }[];
};
export type TFteLine = { platform: TPlatform; fte: number; reason: TReason };
/** Every explanation is a reason (a message key of reasons.json and its figures), put into words where it is read. */
export type TSkillsGapResult = {
  scale: { dhis2?: { scale: TDhis2Scale; reason: TReason }; commcare?: { tier: TCommCareScale; reason: TReason } };
  skills: TSkillGapRow[];
  fte: { needed: number; parts: TFteLine[]; inHouse: number; contractor: number; available: number; shortfall: number; reason: TReason };
  summary: { gaps: number; singlePerson: number; ok: number; train: number; hire: number; outsource: number };
  team: { name: string; role: string; engagement: 'in-house' | 'contractor'; fte: number }[];
  unknownSkillIds: string[];
  missing: TReason[];
  assumptions: TReason[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
/** Scales and tiers in words (English, for the API's readers; people read reasons.skills.scale). */
export const SCALE_LABELS: Record<TDhis2Scale | TCommCareScale, string> = {
  'single-machine': 'DHIS2 on a single machine',
  separate: 'DHIS2 on separate servers',
  clustered: 'DHIS2 clustered',
  'single-server': 'CommCare on a single server',
  'micro-cluster': 'CommCare micro cluster',
  'small-cluster': 'CommCare small cluster',
  'large-cluster': 'CommCare large cluster',
};
/** A level with its name: "2 (working)". */
const lv = (level: number) => reason('skills.level', { level });
/** The scale as a select value of the message (ICU selectors are plain words). */
const scaleName = (scale: TDhis2Scale | TCommCareScale) => reason('skills.scale', { scale: scale.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) });

function dhis2Scale(scale: NonNullable<TSkillsGapInput['scale']>, missing: TReason[]): { scale: TDhis2Scale; reason: TReason } {
  const systems = scale.dhis2Systems ?? 1;
  if (scale.dhis2Systems === undefined) missing.push(reason('skills.missingDhis2Systems'));
  if (scale.dhis2Clustered) return { scale: 'clustered', reason: reason('dhis2Clustered') };
  if (scale.dhis2Clustered === undefined) missing.push(reason('skills.missingDhis2Clustered'));
  if (scale.dhis2Isolation === 'boombox' && systems === 1) return { scale: 'single-machine', reason: reason('dhis2SingleMachine') };
  if (scale.dhis2Isolation === undefined) missing.push(reason('skills.missingDhis2Isolation'));
  return { scale: 'separate', reason: systems > 1 ? reason('dhis2SeparateSystems', { systems }) : reason('dhis2Separate') };
}

export function calculateSkillsGap(input: TSkillsGapInput, catalogue: TSkillsCatalogue): TSkillsGapResult {
  const platforms = [...new Set(input.platforms)];
  const scaleIn = input.scale ?? {};
  const team = (input.team ?? []).map((m) => ({ name: m.name.trim(), role: m.role ?? '', engagement: m.engagement, fte: m.fte, levels: m.levels ?? {} }));
  const missing: TReason[] = [];
  const has = (p: TPlatform) => platforms.includes(p);

  const dhis2 = has('dhis2') ? dhis2Scale(scaleIn, missing) : undefined;
  let commcare: TSkillsGapResult['scale']['commcare'];
  if (has('commcare')) {
    if (scaleIn.commcareTier) commcare = { tier: scaleIn.commcareTier, reason: reason('commcareFromSizing') };
    else {
      missing.push(reason('skills.missingCommcareTier'));
      commcare = { tier: 'single-server', reason: reason('commcareAssumed') };
    }
  }

  // FTE needed
  const parts: TFteLine[] = [];
  if (commcare) parts.push({ platform: 'commcare', fte: catalogue.fte.commcare.byScale[commcare.tier], reason: reason('skills.ftePart', { scale: scaleName(commcare.tier), fte: catalogue.fte.commcare.byScale[commcare.tier] }) });
  if (dhis2) {
    const systems = scaleIn.dhis2Systems ?? 1;
    const base = catalogue.fte.dhis2.byScale[dhis2.scale];
    const extra = (systems - 1) * catalogue.fte.dhis2.perAdditionalSystem;
    const perSystem = catalogue.fte.dhis2.perAdditionalSystem;
    parts.push({
      platform: 'dhis2',
      fte: round2(base + extra),
      reason: systems > 1 ? reason('skills.ftePartFurtherSystems', { scale: scaleName(dhis2.scale), fte: base, perSystem, further: systems - 1 }) : reason('skills.ftePart', { scale: scaleName(dhis2.scale), fte: base }),
    });
  }
  const sum = parts.reduce((t, p) => t + p.fte, 0);
  const factor = parts.length > 1 ? catalogue.fte.multiPlatformFactor.value : 1;
  const needed = round2(sum * factor);
  const inHouse = round2(team.filter((m) => m.engagement === 'in-house').reduce((t, m) => t + m.fte, 0));
  const contractor = round2(team.filter((m) => m.engagement === 'contractor').reduce((t, m) => t + m.fte, 0));
  const available = round2(inHouse + contractor);
  const shortfall = round2(Math.max(0, needed - available));
  const partsText = parts.map((p) => reason('skills.ftePlatform', { platform: p.platform, fte: p.fte }));
  const figures = { needed, available, inHouse, contractor };
  const fte = {
    needed,
    parts,
    inHouse,
    contractor,
    available,
    shortfall,
    reason: reason(shortfall > 0 ? 'skills.fteShort' : 'skills.fteEnough', {
      parts: partsText.length > 1 ? reason('skills.fteBothPlatforms', { commcare: partsText[0], dhis2: partsText[1], less: round2(1 - factor) }) : partsText[0] ?? '',
      ...figures,
      ...(shortfall > 0 ? { shortfall } : {}),
    }),
  };

  const catalogueIds = new Set(catalogue.skills.map((s) => s.id));
  const unknownSkillIds = [...new Set(team.flatMap((m) => Object.keys(m.levels)).filter((id) => !catalogueIds.has(id)))].sort();
  const outsourceAt = catalogue.rules.outsourceWhenGapAtLeast;

  const skills: TSkillGapRow[] = catalogue.skills
    .filter((s) => s.platforms.some(has))
    .map((s) => {
      const reqs: { level: number; scale: TDhis2Scale | TCommCareScale }[] = [];
      if (dhis2 && s.required.dhis2) reqs.push({ level: s.required.dhis2[dhis2.scale], scale: dhis2.scale });
      if (commcare && s.required.commcare) reqs.push({ level: s.required.commcare[commcare.tier], scale: commcare.tier });
      const required = Math.max(0, ...reqs.map((r) => r.level));
      const requiredReason =
        reqs.length > 1
          ? reason('skills.requiredForBoth', { level: lv(required), first: scaleName(reqs[0].scale), firstLevel: reqs[0].level, second: scaleName(reqs[1].scale), secondLevel: reqs[1].level, source: s.source })
          : reason('skills.requiredFor', { level: lv(required), scale: scaleName(reqs[0].scale), scaleLevel: reqs[0].level, source: s.source });
      const levels = team.map((m) => ({ member: m.name, level: m.levels[s.id] ?? 0 }));
      const bestAvailable = Math.max(0, ...levels.map((l) => l.level));
      const holdersList = required === 0 ? [] : team.filter((m) => (m.levels[s.id] ?? 0) >= required);
      const holderNames = holdersList.map((m) => m.name);
      const inHouseHolders = holdersList.filter((m) => m.engagement === 'in-house').length;
      const row = { skillId: s.id, name: s.name, platforms: s.platforms, required, requiredReason, bestAvailable, holders: holdersList.length, holderNames, inHouseHolders, levels };
      const gapFigures = { required: lv(required), best: lv(bestAvailable) };

      if (required === 0) return { ...row, risk: 'ok' as const, recommendation: 'none' as const, reason: reason('skills.notRequired') };
      if (holdersList.length >= 2) {
        if (inHouseHolders === 0) return { ...row, risk: 'ok' as const, recommendation: 'train' as const, reason: reason('skills.heldByContractors', { names: holderNames }) };
        return { ...row, risk: 'ok' as const, recommendation: 'none' as const, reason: reason('skills.heldByMany', { required: lv(required), count: holdersList.length, names: holderNames }) };
      }
      if (holdersList.length === 1) {
        const next = team.filter((m) => m.name !== holderNames[0]).sort((a, b) => (b.levels[s.id] ?? 0) - (a.levels[s.id] ?? 0) || (a.engagement === 'in-house' ? -1 : 1))[0];
        if (!next) return { ...row, risk: 'single-person' as const, recommendation: 'hire' as const, reason: reason('skills.onlyOneAlone', { name: holderNames[0] }) };
        if (shortfall > 0) return { ...row, risk: 'single-person' as const, recommendation: 'hire' as const, reason: reason('skills.onlyOneShort', { name: holderNames[0], shortfall }) };
        return { ...row, risk: 'single-person' as const, recommendation: 'train' as const, reason: reason('skills.onlyOneCrossTrain', { name: holderNames[0], next: next.name, now: lv(next.levels[s.id] ?? 0), required: lv(required) }) };
      }
      const gap = required - bestAvailable;
      if (gap >= outsourceAt) return { ...row, risk: 'gap' as const, recommendation: 'outsource' as const, reason: reason(shortfall > 0 ? 'skills.outsourceWhileHiring' : 'skills.outsourceWhileTraining', { ...gapFigures, source: catalogue.rules.source }) };
      const near = team.filter((m) => (m.levels[s.id] ?? 0) === bestAvailable);
      const nearInHouse = near.filter((m) => m.engagement === 'in-house');
      if (nearInHouse.length > 0) return { ...row, risk: 'gap' as const, recommendation: 'train' as const, reason: reason('skills.trainOneUp', { ...gapFigures, names: nearInHouse.map((m) => m.name) }) };
      if (near.length === 0) return { ...row, risk: 'gap' as const, recommendation: 'hire' as const, reason: reason('skills.hireNobody', { required: lv(required) }) };
      return { ...row, risk: 'gap' as const, recommendation: 'hire' as const, reason: reason('skills.hireContractorsNear', { ...gapFigures, names: near.map((m) => m.name) }) };
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
      reason('skills.assumeLevels'),
      reason('skills.assumeOutsourcing', { levels: outsourceAt }),
      reason('skills.assumeFte', { commcare: catalogue.fte.commcare.source, dhis2: catalogue.fte.dhis2.source }),
      reason('skills.assumeAbsentIsNone'),
    ],
  };
}
