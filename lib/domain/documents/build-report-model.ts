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
import { missingCollector, withoutTemplateMarkers } from './missing';
import { sectionBuilder } from './section-builder';
import { commcareSizingBlocks, dhis2SizingBlocks } from './sizing-blocks';

/**
 * The assessment report: progress per phase (approved checkpoints out of the applicable ones), the
 * status of every checkpoint, the sizing, the skills gap and the budget per hosting option. Pure.
 * The report is a snapshot, never a draft; what has not been computed yet is listed in `missing`
 * and in its own section.
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

export function buildReportModel(input: TReportModelInput): TDocModel {
  const platforms = (['commcare', 'dhis2'] as const).filter((p) => input.platforms.includes(p));
  const missing = missingCollector(questionLookup(input.templates));
  const s = sectionBuilder();
  const cps = input.checkpoints;
  const applicable = cps.filter((c) => !c.notApplicable);
  const approved = applicable.filter((c) => c.status === 'approved').length;
  const phases = phasesOf(cps);
  const done = phases.filter((p) => p.items.every((c) => c.notApplicable || c.status === 'approved')).length;

  s.h1('summary', 'Summary', [
    keyValue([
      { key: 'Assessment', value: input.assessment.name },
      { key: 'Organisation', value: input.assessment.organizationName },
      ...(input.assessment.country ? [{ key: 'Country', value: input.assessment.country }] : []),
      { key: 'Platforms', value: listText(platforms.map((p) => NAMES[p])) },
      { key: 'Checkpoints approved', value: `${formatInteger(approved)} of ${formatInteger(applicable.length)} applicable (${applicable.length ? Math.round((approved / applicable.length) * 100) : 0}%)` },
      { key: 'Phases complete', value: `${formatInteger(done)} of ${formatInteger(phases.length)}` },
      { key: 'Generated', value: formatDate(input.generatedAt) },
    ]),
  ]);
  s.h1('progress', 'Progress per Phase', cps.length ? [progressTable(cps)] : [paragraph('No checkpoints recorded yet.', 'missing')]);
  s.h1('checkpoints', 'Checkpoint Status', cps.length ? [checkpointMatrix(cps)] : [paragraph('No checkpoints recorded yet.', 'missing')], true);

  s.h1('sizing', 'Sizing', [], true);
  for (const p of platforms) {
    const result = p === 'commcare' ? input.sizing.commcare : input.sizing.dhis2;
    if (!result) missing.tool('sizing', `Run the ${NAMES[p]} sizing`);
    const blocks = p === 'commcare' ? (input.sizing.commcare ? commcareSizingBlocks(input.sizing.commcare) : null) : input.sizing.dhis2 ? dhis2SizingBlocks(input.sizing.dhis2) : null;
    s.h2(`sizing-${p}`, NAMES[p], blocks ?? [paragraph(`The ${NAMES[p]} sizing has not been run yet.`, 'missing')]);
  }
  if (!input.skills) missing.tool('skills', 'Record the team and run the skills gap');
  s.h1('skills', 'Skills Gap', input.skills ? skillsBlocks(input.skills) : [paragraph('The skills gap has not been assessed yet.', 'missing')], true);
  if (!input.budget) missing.tool('budget', 'Compute the budget per hosting option');
  s.h1('budget', 'Budget per Hosting Option', input.budget ? budgetBlocks(input.budget) : [paragraph('The budget has not been computed yet.', 'missing')], true);

  const list = missing.list();
  if (list.length) s.h1('open-items', 'Open Items', [bullets(list.map((m) => m.label))]);

  return withoutTemplateMarkers({
    kind: 'report',
    title: 'Hosting Readiness Assessment Report',
    subtitle: `${listText(platforms.map((p) => NAMES[p]))} — ${input.assessment.name}`,
    clientName: input.assessment.organizationName,
    generatedOn: formatDate(input.generatedAt),
    coverLines: [
      { key: 'Organisation', value: input.assessment.organizationName },
      ...(input.assessment.country ? [{ key: 'Country', value: input.assessment.country }] : []),
      { key: 'Assessment', value: input.assessment.name },
      { key: 'Generated', value: formatDate(input.generatedAt) },
    ],
    isDraft: false,
    missing: list,
    sections: s.sections,
  });
}
