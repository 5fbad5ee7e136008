import type { TTemplate } from '@/lib/content/template-schema';
import type { TBudgetResult } from '@/lib/domain/budget';
import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import type { TSkillsGapResult } from '@/lib/domain/skills-gap';
import { questionLookup } from './answers';
import { budgetBlocks, checkpointMatrix, phasesOf, progressTable, skillsBlocks, type TDocCheckpoint } from './assessment-blocks';
import type { TDocAssessment, TPlatform } from './build-rfp-model';
import { bullets, keyValue, paragraph, type TDocModel } from './doc-model';
import { formatDate, formatInteger, listText } from './format';
import { DOC_TEXT } from './doc-text';
import { formatPercentIn } from '../intl-format';
import type { TLocale } from '../locale';
import type { TSay } from '../reason';
import { missingCollector, withoutTemplateMarkers } from './missing';
import { sectionBuilder } from './section-builder';
import { commcareSizingBlocks, dhis2SizingBlocks } from './sizing-blocks';

/**
 * The assessment report: progress per phase (approved checkpoints out of the applicable ones), the
 * status of every checkpoint, the sizing, the skills gap and the budget per hosting option. Pure.
 * The report is a snapshot, never a draft; what has not been computed yet is listed in `missing`
 * and in its own section. Its words, dates and numbers are in `locale`.
 */

export type TReportModelInput = {
  assessment: TDocAssessment;
  platforms: TPlatform[];
  templates: TTemplate[];
  checkpoints: TDocCheckpoint[];
  sizing: { commcare?: TCommCareSizingResult; dhis2?: TDhis2SizingResult };
  skills?: TSkillsGapResult;
  budget?: TBudgetResult;
  generatedAt: string;
};

const NAMES: Record<TPlatform, string> = { commcare: 'CommCare HQ', dhis2: 'DHIS2' };

export function buildReportModel(input: TReportModelInput, locale: TLocale, say: TSay): TDocModel {
  const D = DOC_TEXT[locale];
  const R = D.report;
  const int = (n: number) => formatInteger(n, locale);
  const platforms = (['commcare', 'dhis2'] as const).filter((p) => input.platforms.includes(p));
  const missing = missingCollector(questionLookup(input.templates));
  const s = sectionBuilder(D.annexWord);
  const cps = input.checkpoints;
  const applicable = cps.filter((c) => !c.notApplicable);
  const approved = applicable.filter((c) => c.status === 'approved').length;
  const phases = phasesOf(cps);
  const done = phases.filter((p) => p.items.every((c) => c.notApplicable || c.status === 'approved')).length;
  const generated = formatDate(input.generatedAt, locale);

  s.h1('summary', R.summary, [
    keyValue([
      { key: D.cover.assessment, value: input.assessment.name },
      { key: R.organisation, value: input.assessment.organizationName },
      ...(input.assessment.country ? [{ key: D.cover.country, value: input.assessment.country }] : []),
      { key: D.cover.platforms, value: listText(platforms.map((p) => NAMES[p]), locale) },
      { key: R.checkpointsApproved, value: R.approvedValue(int(approved), int(applicable.length), formatPercentIn(locale, applicable.length ? approved / applicable.length : 0)) },
      { key: R.phasesComplete, value: R.phasesValue(int(done), int(phases.length)) },
      { key: D.cover.generated, value: generated },
    ]),
  ]);
  s.h1('progress', R.progress, cps.length ? [progressTable(cps, locale)] : [paragraph(D.noCheckpoints, 'missing')]);
  s.h1('checkpoints', R.checkpointStatus, cps.length ? [checkpointMatrix(cps, locale)] : [paragraph(D.noCheckpoints, 'missing')], true);

  s.h1('sizing', R.sizing, [], true);
  for (const p of platforms) {
    const result = p === 'commcare' ? input.sizing.commcare : input.sizing.dhis2;
    if (!result) missing.tool('sizing', R.runSizing(NAMES[p]));
    const blocks = p === 'commcare' ? (input.sizing.commcare ? commcareSizingBlocks(input.sizing.commcare, locale, say) : null) : input.sizing.dhis2 ? dhis2SizingBlocks(input.sizing.dhis2, locale, say) : null;
    s.h2(`sizing-${p}`, NAMES[p], blocks ?? [paragraph(R.sizingNotRun(NAMES[p]), 'missing')]);
  }
  if (!input.skills) missing.tool('skills', R.missingSkills);
  s.h1('skills', R.skillsGap, input.skills ? skillsBlocks(input.skills, locale, say) : [paragraph(D.skillsNotAssessed, 'missing')], true);
  if (!input.budget) missing.tool('budget', R.missingBudget);
  s.h1('budget', R.budget, input.budget ? budgetBlocks(input.budget, locale, say) : [paragraph(D.budgetNotComputed, 'missing')], true);

  const list = missing.list();
  if (list.length) s.h1('open-items', R.openItems, [bullets(list.map((m) => m.label))]);

  return withoutTemplateMarkers({
    kind: 'report',
    title: R.title,
    subtitle: `${listText(platforms.map((p) => NAMES[p]), locale)} — ${input.assessment.name}`,
    locale,
    clientName: input.assessment.organizationName,
    generatedOn: generated,
    coverLines: [
      { key: R.organisation, value: input.assessment.organizationName },
      ...(input.assessment.country ? [{ key: D.cover.country, value: input.assessment.country }] : []),
      { key: D.cover.assessment, value: input.assessment.name },
      { key: D.cover.generated, value: generated },
    ],
    isDraft: false,
    missing: list,
    sections: s.sections,
  });
}
