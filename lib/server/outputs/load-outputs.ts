import 'server-only';
import { isReadOnly } from '@/lib/domain/assessment-read-only';
import type { TPrisma } from '@/lib/db/client';
import { DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { rateCardIn, skillsCatalogueIn } from '@/lib/content/outputs-reference';
import type { TLocale } from '@/lib/domain/locale';
import { calculateAssessmentOutputs, DEFAULT_BUDGET_SETTINGS, type TAssessmentOutputs, type TBudgetSettings, type TPlatform } from '@/lib/domain/assessment-outputs';
import type { TRateOverrides } from '@/lib/domain/rate-card';
import { ZTeam, type TTeam } from '@/lib/schemas/skills';
import { ZRateOverrides } from '@/lib/domain/rate-card';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow, trackForId } from '../assessments/load-assessment';
import { loadSizingConfig, sizingReferenceOf, type TSizingConfigView } from './sizing-config';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0] | TPrisma;

export type TMissingAnswerView = TAssessmentOutputs['missing'][number] & { label: string; phaseNumber: number | null; href: string };

export type TOutputsView = Omit<TAssessmentOutputs, 'missing'> & {
  assessment: { id: string; name: string; country: string };
  /** Archived: the pages offer no editing (and the server refuses it). */
  isReadOnly: boolean;
  team: TTeam;
  settings: TBudgetSettings & { version: number };
  overrides: TRateOverrides;
  missing: TMissingAnswerView[];
  /** Titles of questionnaires for platforms the engines do not size (an organisation's OpenMRS one, say). */
  notSized: string[];
  /** The CommCare configuration the sizing used: the assessment's own (its newest version) or the built-in default. */
  commcareConfig: TSizingConfigView & { text: string; isDefault: boolean };
};

/** The saved outputs inputs of an assessment: team, budget settings and rate overrides. */
export async function loadOutputInputs(prisma: Tx, assessmentId: string) {
  const [members, settingsRow, overrideRows] = await Promise.all([
    prisma.teamMember.findMany({ where: { assessmentId }, orderBy: { position: 'asc' } }),
    prisma.budgetSettings.findUnique({ where: { assessmentId } }),
    prisma.rateOverride.findMany({ where: { assessmentId }, orderBy: [{ option: 'asc' }, { rateKey: 'asc' }] }),
  ]);
  const team = ZTeam.parse(members.map((m) => ({ name: m.name, role: m.role, engagement: m.engagement, fte: m.fte, levels: m.levels })));
  const settings = settingsRow
    ? { years: settingsRow.years, currency: { code: settingsRow.currencyCode, exchangeRate: settingsRow.exchangeRate, minorDigits: settingsRow.minorDigits }, version: settingsRow.version }
    : { ...DEFAULT_BUDGET_SETTINGS, version: 0 };
  const nested: Record<string, Record<string, { value: number; reason?: string }>> = {};
  for (const o of overrideRows) (nested[o.option] ??= {})[o.rateKey] = { value: o.value, ...(o.reason ? { reason: o.reason } : {}) };
  const overrides = ZRateOverrides.parse(nested);
  return { team, settings, overrides };
}

/**
 * Sizing, skills gap and budget of an assessment, computed from its answers and saved inputs, with
 * each missing answer linked to its question. Scoped to the actor's organisation. The skills
 * catalogue's and the rate card's words (skill names, sources, the card's note) and the sources of
 * the CommCare calculator's defaults are in `locale`.
 */
export async function loadOutputs(prisma: TPrisma, actor: TActor, assessmentId: string, locale: TLocale = 'en'): Promise<TOutputsView> {
  requirePermission(actor, 'outputs.read');
  const { assessment, tracks } = await findAssessmentOrThrow(prisma, actor, assessmentId);
  const [answers, saved, configView] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId }, select: { questionId: true, value: true } }),
    loadOutputInputs(prisma, assessmentId),
    loadSizingConfig(prisma, assessmentId),
  ]);
  const commcareReference = sizingReferenceOf(configView.yaml, locale);
  const platforms = tracks.map((t) => t.platform).filter((p): p is TPlatform => p === 'commcare' || p === 'dhis2');
  const outputs = calculateAssessmentOutputs(
    { platforms, answers: Object.fromEntries(answers.map((a) => [a.questionId, a.value])), team: saved.team, settings: saved.settings, overrides: saved.overrides },
    { commcare: commcareReference.constants, dhis2: DHIS2_SIZING, catalogue: skillsCatalogueIn(locale), rateCard: rateCardIn(locale) },
  );
  const missing = outputs.missing.map((m) => {
    const entry = trackForId(tracks, m.questionId)?.index.questions.get(m.questionId);
    return {
      ...m,
      label: entry?.question.label ?? m.questionId,
      phaseNumber: entry?.phase.number ?? null,
      href: entry ? `/assessments/${assessmentId}/phases/${entry.phase.id}#q-${m.questionId}` : `/assessments/${assessmentId}`,
    };
  });
  // Sizing and budget engines exist for CommCare and DHIS2 only; other platforms' questionnaires are said to be not sized.
  const notSized = tracks.filter((t) => t.platform !== 'commcare' && t.platform !== 'dhis2').map((t) => t.template.title);
  const commcareConfig = { ...configView, text: commcareReference.text, isDefault: commcareReference.isDefault };
  return { ...outputs, missing, notSized, commcareConfig, assessment: { id: assessment.id, name: assessment.name, country: assessment.country }, isReadOnly: isReadOnly(assessment), ...saved };
}
