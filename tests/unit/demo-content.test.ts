import fs from 'node:fs';
import { reasonSayer } from '@/lib/i18n/reason-text';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadTemplates } from '@/lib/content/load-templates';
import { DEFAULT_RATE_CARD, SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import type { TQuestion } from '@/lib/content/template-schema';
import { calculateAssessmentOutputs } from '@/lib/domain/assessment-outputs';
import type { TDocCheckpoint } from '@/lib/domain/documents/assessment-blocks';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { HOSTING_OPTIONS, RATE_KEYS, ZRateOverride, ZRateOverrides, type TRateOverrides } from '@/lib/domain/rate-card';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { answerValueSchema } from '@/lib/schemas/answer-value';
import { ZRfpDetails } from '@/lib/schemas/rfp';
import { ZTeam } from '@/lib/schemas/skills';

/**
 * content/demo/assessment.json is the seeded demo assessment: every value in it must be one the
 * app itself would accept, and it must be complete enough that the RFP is not a draft.
 */

const FILE = path.join(process.cwd(), 'content/demo/assessment.json');

const ZDemo = z
  .object({
    name: z.string().min(1),
    country: z.string().min(1),
    platforms: z.array(z.enum(['commcare', 'dhis2'])).min(1),
    answers: z.record(z.string(), z.unknown()),
    signOff: z.object({ phases: z.array(z.string()) }).strict(),
    team: z.unknown(),
    rateOverrides: z.array(z.object({ option: z.string(), rateKey: z.string(), value: z.unknown(), reason: z.unknown() }).strict()),
    budget: z
      .object({
        years: z.number().int().min(1).max(10),
        currency: z.object({ code: z.string().regex(/^[A-Z]{3}$/), exchangeRate: z.number().positive(), minorDigits: z.number().int().min(0).max(3) }).strict(),
      })
      .strict(),
    rfp: z.unknown(),
  })
  .strict();

const demo = ZDemo.parse(JSON.parse(fs.readFileSync(FILE, 'utf8')));
const templates = loadTemplates().filter((t) => (demo.platforms as string[]).includes(t.key));
const questions = new Map<string, { question: TQuestion; phaseId: string }>();
for (const t of templates) for (const p of t.phases) for (const s of p.sections) for (const q of s.questions) questions.set(q.id, { question: q, phaseId: p.id });
const phaseQuestions = (phaseId: string) => [...questions.entries()].filter(([, info]) => info.phaseId === phaseId).map(([id]) => id);

const team = ZTeam.parse(demo.team);
const details = ZRfpDetails.parse(demo.rfp);
const overrides: TRateOverrides = ZRateOverrides.parse(
  demo.rateOverrides.reduce<Record<string, Record<string, unknown>>>((acc, o) => {
    acc[o.option] = { ...acc[o.option], [o.rateKey]: { value: o.value, reason: o.reason } };
    return acc;
  }, {}),
);
const outputs = () =>
  calculateAssessmentOutputs(
    { platforms: demo.platforms, answers: demo.answers, team, settings: demo.budget, overrides },
    { commcare: COMMCARE_SIZING, dhis2: DHIS2_SIZING, catalogue: SKILLS_CATALOGUE, rateCard: DEFAULT_RATE_CARD },
  );

describe('content/demo/assessment.json', () => {
  it('covers both platforms and loads their templates', () => {
    expect(demo.platforms).toEqual(['commcare', 'dhis2']);
    expect(templates.map((t) => t.key).sort()).toEqual(['commcare', 'dhis2']);
  });

  it('answers only questions that exist, each with a value its question accepts', () => {
    const problems = Object.entries(demo.answers).flatMap(([id, value]) => {
      const info = questions.get(id);
      if (!info) return [`${id}: no such question`];
      if (value === null) return [`${id}: null is not an answer`];
      const parsed = answerValueSchema(info.question).safeParse(value);
      return parsed.success ? [] : [`${id}: ${z.prettifyError(parsed.error)}`];
    });
    expect(problems).toEqual([]);
  });

  it('answers every question of phases 1 and 2 of both templates, and about half of phase 3', () => {
    for (const t of templates) {
      for (const n of [1, 2]) expect(phaseQuestions(`${t.key}.p${n}`).filter((id) => !(id in demo.answers))).toEqual([]);
      const p3 = phaseQuestions(`${t.key}.p3`);
      const answered = p3.filter((id) => id in demo.answers).length;
      expect(answered).toBeGreaterThanOrEqual(Math.floor(p3.length / 3));
      expect(answered).toBeLessThan(p3.length);
    }
  });

  it('signs off phases that exist and are fully answered', () => {
    const phaseIds = new Set(templates.flatMap((t) => t.phases.map((p) => p.id)));
    expect(demo.signOff.phases.length).toBeGreaterThan(0);
    for (const id of demo.signOff.phases) {
      expect(phaseIds.has(id), id).toBe(true);
      expect(phaseQuestions(id).filter((q) => !(q in demo.answers))).toEqual([]);
    }
  });

  it('records a team of known skills, mixing in-house and contractor staff', () => {
    const skillIds = new Set(SKILLS_CATALOGUE.skills.map((s) => s.id));
    expect(team.flatMap((m) => Object.keys(m.levels)).filter((id) => !skillIds.has(id))).toEqual([]);
    expect(new Set(team.map((m) => m.engagement))).toEqual(new Set(['in-house', 'contractor']));
  });

  it('overrides known rates of known hosting options, each with a reason', () => {
    expect(demo.rateOverrides.length).toBeGreaterThan(0);
    for (const o of demo.rateOverrides) {
      expect(HOSTING_OPTIONS).toContain(o.option);
      expect(RATE_KEYS).toContain(o.rateKey);
      expect(ZRateOverride.parse({ value: o.value, reason: o.reason }).reason).toMatch(/\S/);
    }
  });

  it('computes sizing, skills and budget with nothing blocking, and a tier matching the chosen configuration', () => {
    const o = outputs();
    expect(o.missing).toEqual([]);
    expect(o.sizing.commcare?.tier.tier).toBe(demo.answers['commcare.p1.s1-2.server-tier']);
    expect(o.sizing.dhis2?.systems.map((s) => s.name)).toEqual(['HMIS', 'HIV tracker']);
    expect(o.skills.unknownSkillIds).toEqual([]);
    expect(o.skills.summary.gaps).toBeGreaterThan(0);
    expect(o.skills.summary.singlePerson).toBeGreaterThan(0);
    expect(o.budget?.options.find((x) => x.option === 'national-data-centre')?.lines.some((l) => l.overridden)).toBe(true);
    expect(o.chosenHostingOption).toEqual({ commcare: 'national-data-centre', dhis2: 'national-data-centre' });
  });

  it('gives a complete RFP: nothing missing, not a draft', () => {
    const o = outputs();
    const checkpoints: TDocCheckpoint[] = templates.flatMap((t) =>
      t.phases.flatMap((p) =>
        p.sections.flatMap((s) =>
          s.checkpoints.map((c) => ({ checkpointId: c.id, label: c.label, phaseId: p.id, phaseTitle: `${t.title} ${p.number}. ${p.title}`, status: 'approved' as const, notApplicable: s.optional, reviewerName: 'Adèle Yao', reviewedAt: '2026-11-20T10:00:00.000Z' })),
        ),
      ),
    );
    const model = buildRfpModel(
      {
        assessment: { id: '00000000-0000-4000-8000-00000000de70', name: demo.name, country: demo.country, organizationName: 'Ministère de la Santé Publique (démo)' },
        platforms: demo.platforms,
        details,
        answers: demo.answers,
        templates,
        checkpoints,
        sizing: o.sizing,
        skills: o.skills,
        budget: o.budget,
        generatedAt: '2026-11-25T09:00:00.000Z',
      },
      RFP_CONTENT, 'en', reasonSayer('en'));
    expect(model.missing).toEqual([]);
    expect(model.isDraft).toBe(false);
    expect(model.clientName).toBe(details.clientName);
  });
});
