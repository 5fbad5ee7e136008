import { z } from 'zod';
import type { TCommCareTier } from '@/lib/domain/commcare-sizing-constants';

const TIERS = ['single-server', 'micro-cluster', 'small-cluster', 'large-cluster'] as const satisfies readonly TCommCareTier[];

/** A skill level: 0 none, 1 basic, 2 working, 3 expert. */
export const ZSkillLevel = z.number({ error: 'A level is 0 (none) to 3 (expert).' }).int('A level is 0 (none) to 3 (expert).').min(0, 'A level is 0 (none) to 3 (expert).').max(3, 'A level is 0 (none) to 3 (expert).');

export const ZTeamMember = z
  .object({
    name: z.string({ error: 'Name each person.' }).trim().min(1, 'Name each person.').max(120, 'Names are at most 120 characters.'),
    role: z.string().trim().max(120, 'Roles are at most 120 characters.').default(''),
    engagement: z.enum(['in-house', 'contractor'], { error: 'In-house or contractor.' }),
    fte: z.number({ error: 'FTE: enter a number.' }).gt(0, 'FTE: more than 0.').max(1, 'FTE: at most 1 per person.'),
    /** Level per skill id of the catalogue; a skill left out is level 0. */
    levels: z.record(z.string().min(1), ZSkillLevel).default({}),
  })
  .strict();
export type TTeamMember = z.output<typeof ZTeamMember>;

/** The team the planner records: who, in-house or contractor, how much of their time, and their level per skill. */
export const ZTeam = z
  .array(ZTeamMember)
  .max(100, 'At most 100 people.')
  .superRefine((team, ctx) => {
    const seen = new Set<string>();
    team.forEach((m, i) => {
      const key = m.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${m.name}" is listed twice.` });
      seen.add(key);
    });
  });
export type TTeam = z.output<typeof ZTeam>;

export const ZSkillsGapInput = z
  .object({
    platforms: z
      .array(z.enum(['commcare', 'dhis2'], { error: 'A platform is "commcare" or "dhis2".' }))
      .min(1, 'Choose at least one platform.')
      .refine((p) => new Set(p).size === p.length, 'List each platform once.'),
    scale: z
      .object({
        commcareTier: z.enum(TIERS).optional(),
        dhis2Clustered: z.boolean().optional(),
        dhis2Systems: z.number().int().min(1, 'DHIS2 systems: at least 1.').max(20, 'DHIS2 systems: at most 20.').optional(),
        /** The isolation the DHIS2 sizing recommends: "boombox" (single machine) or "separate". */
        dhis2Isolation: z.enum(['boombox', 'separate']).optional(),
      })
      .strict()
      .default({}),
    team: ZTeam.default([]),
  })
  .strict();
export type TSkillsGapInput = z.input<typeof ZSkillsGapInput>;
export type TSkillsGapParsed = z.output<typeof ZSkillsGapInput>;
