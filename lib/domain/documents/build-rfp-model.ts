import type { TTemplate } from '@/lib/content/template-schema';
import type { TBudgetResult } from '@/lib/domain/budget';
import { citationInDocument, uniqueCitations } from '@/lib/domain/citation';
import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import type { TSkillsGapResult } from '@/lib/domain/skills-gap';
import type { TRfpDetails } from '@/lib/schemas/rfp';
import { questionLookup, type TAnswers } from './answers';
import { RFP_DETAIL_FIELDS, type TRfpDetailField } from './rfp-detail-fields';
import { budgetBlocks, checkpointMatrix, skillsBlocks, type TDocCheckpoint } from './assessment-blocks';
import { bullets, paragraph, table, type TDocBlock, type TDocModel, type TRun } from './doc-model';
import { fillRuns, hasTemplateMarker, paragraphsOf, stripTemplateMarker, type TPlaceholderValues } from './fill-text';
import { formatDate, formatInteger, formatNumber, listText } from './format';
import { DOC_TEXT } from './doc-text';
import { PLATFORM_PARTS_TEXT } from './platform-parts-text';
import type { TLocale } from '../locale';
import type { TSay } from '../reason';
import { missingCollector, withoutTemplateMarkers } from './missing';
import type { TRfpContent, TRfpPlatformContent } from './rfp-content-schema';
import { commcareScaleEstimates, currentEnvironmentFacts, dhis2ScaleEstimates, proposedEnvironmentFacts } from './rfp-platform-parts';
import { sectionBuilder } from './section-builder';
import { commcareSizingBlocks, dhis2SizingBlocks } from './sizing-blocks';

/**
 * The RFP document model: the skeleton of Appendix 1 of the CommCare transition guide (and its
 * DHIS2 variant), every placeholder filled from the assessment and the RFP details, the scale
 * estimates from the answers and the sizing, and the annexes (checkpoint matrix, sizing, budget,
 * skills). Pure: no I/O, no clock — `generatedAt` is passed in. Whatever is still missing is listed
 * with where to fill it in, and the model stays a draft until nothing is.
 */

export type TPlatform = 'commcare' | 'dhis2';

export type TDocAssessment = { id: string; name: string; country?: string | null; organizationName: string };

export type TRfpModelInput = {
  assessment: TDocAssessment;
  platforms: TPlatform[];
  details: TRfpDetails;
  answers: TAnswers;
  templates: TTemplate[];
  checkpoints: TDocCheckpoint[];
  sizing: { commcare?: TCommCareSizingResult; dhis2?: TDhis2SizingResult };
  skills?: TSkillsGapResult;
  budget?: TBudgetResult;
  /** ISO timestamp of the generation, printed on the cover. */
  generatedAt: string;
};

const PLATFORM_ORDER: TPlatform[] = ['commcare', 'dhis2'];
const trimmed = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/**
 * `content` is already in `locale` (lib/documents/localize-rfp-content.ts); `locale` gives the dates, numbers and the model's own words;
 * `say` the engines' reasons in that language (lib/i18n/reason-text.ts).
 */
export function buildRfpModel(input: TRfpModelInput, content: TRfpContent, locale: TLocale, say: TSay): TDocModel {
  const T = DOC_TEXT[locale];
  const P = PLATFORM_PARTS_TEXT[locale];
  const platforms = PLATFORM_ORDER.filter((p) => input.platforms.includes(p));
  if (platforms.length === 0) throw new Error('buildRfpModel: choose at least one platform');
  const parts: TRfpPlatformContent[] = platforms.map((p) => content.platforms[p]);
  const sk = content.skeleton;
  const H = sk.headings;
  const { details, answers } = input;
  const lookup = questionLookup(input.templates);
  const missing = missingCollector(lookup);
  const isBoth = platforms.length > 1;

  // Placeholders, from the RFP details first, the assessment second.
  const clientName = trimmed(details.clientName) ?? trimmed(input.assessment.organizationName);
  const field = (f: TRfpDetailField, value: string | undefined) => ({ value, label: T.fields[f] });
  const values: TPlaceholderValues = {
    clientName: field('clientName', clientName),
    saasDescription: field('saasDescription', trimmed(details.saasDescription)),
    hostingQuotes: field('hostingQuotes', details.hostingQuotes === undefined ? undefined : formatInteger(details.hostingQuotes, locale)),
    periodOfPerformance: field('periodOfPerformance', trimmed(details.periodOfPerformance)),
    submissionEmail: field('submissionEmail', trimmed(details.submissionEmail)),
    submissionDeadline: field('submissionDeadline', details.submissionDeadline ? formatDate(details.submissionDeadline, locale) : undefined),
    platformName: { value: listText(parts.map((p) => p.platformName), locale), label: 'platform' },
    checkpointDocument: { value: P.checkpointDocuments(listText(parts.map((p) => `“${p.checkpointDocument}”`), locale), parts.length), label: 'checkpoint document' },
  };
  const onMissing = (name: string) => {
    if (name in RFP_DETAIL_FIELDS) missing.field(name, T.fields[name as TRfpDetailField]);
  };
  const fill = (text: string) => fillRuns(text, values, onMissing, P.toBeCompleted);
  const para = (text: string) => paragraph(fill(text));
  // Required details that are not placeholders of the text.
  for (const [f, meta] of Object.entries(RFP_DETAIL_FIELDS) as [TRfpDetailField, { label: string; required: boolean }][]) {
    const v = details[f];
    const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (meta.required && empty && !(f === 'clientName' && clientName)) missing.field(f, T.fields[f]);
    if (typeof v === 'string' && hasTemplateMarker(v)) missing.field(f, P.stillContainsMarker(T.fields[f]));
  }

  /** Platform parts: one block list per platform, under a level-3 heading when there are two. */
  const s = sectionBuilder(T.annexWord);
  const perPlatform = (blocksOf: (p: TRfpPlatformContent) => TDocBlock[], id: string, title: string, level: 1 | 2 = 2) => {
    const parent = level === 1 ? s.h1(id, title) : s.h2(id, title);
    if (!isBoth) parent.blocks.push(...blocksOf(parts[0]));
    else for (const p of parts) s.h3(`${id}-${p.platform}`, p.platformName, blocksOf(p));
    return parent;
  };

  // 1 Project summary (the consultant's text replaces the template's).
  const summary = trimmed(details.projectSummary);
  s.h1('project-summary', H.projectSummary, summary ? paragraphsOf(summary).map((p) => paragraph(fill(stripTemplateMarker(p)))) : parts.flatMap((p) => p.projectSummary.map(para)));

  // 2 Proposed work
  s.h1('proposed-work', H.proposedWork);
  perPlatform((p) => [...p.currentEnvironment.map(para), ...currentEnvironmentFacts(p.platform, answers, locale)], 'current-environment', H.currentEnvironment);
  perPlatform((p) => [...p.proposedEnvironment.map(para), ...proposedEnvironmentFacts(p.platform, lookup, answers, locale)], 'proposed-environment', H.proposedEnvironment);
  const scope = perPlatform(
    (p) => [
      table(
        [{ label: T.scopeColumns.no, width: 0.6 }, { label: T.scopeColumns.activity, width: 8 }, { label: T.scopeColumns.msp, width: 0.8, align: 'center' }],
        p.scopeOfWork.map((r) => [r.no, r.activity, r.msp ? T.yes : T.no]),
        { caption: T.scopeCaption(p.platformName) },
      ),
    ],
    'scope-of-work',
    H.scopeOfWork,
  );
  scope.blocks.unshift(para(sk.scopeOfWorkIntro));
  const notes = trimmed(details.scopeNotes);
  if (notes) s.h3('scope-notes', T.scopeNotes, paragraphsOf(notes).map((p) => paragraph(fill(stripTemplateMarker(p)))));

  const overview = perPlatform(
    (p) => [
      table(
        [{ label: T.componentColumns.name, width: 2 }, { label: T.componentColumns.description, width: 5 }, { label: T.componentColumns.software, width: 2.4 }],
        p.components.map((c) => [c.name, c.description, c.software]),
        { caption: T.componentsCaption(p.platformName) },
      ),
    ],
    'environment-overview',
    H.environmentOverview,
  );
  overview.blocks.unshift(para(sk.environmentOverviewIntro));

  perPlatform(
    (p) => {
      const intro = para(p.environmentDesignIntro);
      if (p.platform === 'commcare') {
        if (!input.sizing.commcare) missing.tool('sizing', T.missingCommcareSizing);
        return [intro, ...commcareScaleEstimates(answers, input.sizing.commcare, (q) => missing.question(q), locale)];
      }
      if (!input.sizing.dhis2) missing.tool('sizing', T.missingDhis2Sizing);
      return [intro, ...dhis2ScaleEstimates(answers, input.sizing.dhis2, (q) => missing.question(q), locale)];
    },
    'environment-design',
    H.environmentDesign,
  );
  for (const p of parts) for (const o of p.obligations) s.h2(`${p.platform}-${o.id}`, isBoth ? `${p.platformName}: ${o.title}` : o.title, [...o.paragraphs.map(para), ...(o.bullets.length ? [bullets(o.bullets.map(fill))] : [])]);
  s.h2('cost-trade-offs', H.costTradeOffs, [para(sk.costTradeOffs.intro), bullets(sk.costTradeOffs.items.map(fill)), paragraph(T.annexCostNote, 'note')]);

  // 3 Selection criteria
  s.h1('selection-criteria', H.selectionCriteria);
  const fte = input.skills ? [paragraph([{ text: P.fteEstimate(formatNumber(input.skills.fte.needed, 2, locale), formatNumber(input.skills.fte.available, 2, locale)) }], 'note')] : [];
  s.h2('requirements', H.requirements, [
    para(sk.requirementsIntro),
    bullets(parts.map((p) => fill(p.technicalRequirement))),
    ...parts.flatMap((p) => [paragraph(fill(p.personnel.intro)), bullets(p.personnel.roles.map((r): TRun[] => [{ text: `${r.title}: `, bold: true }, { text: r.duties }]))]),
    ...fte,
    bullets([fill(sk.openSource), fill(sk.globalGoods)]),
  ]);

  // 4 Period of performance, 5 submissions, 6 contacts
  s.h1('period-of-performance', H.periodOfPerformance, [para(sk.periodOfPerformance)]);
  s.h1('submission-instructions', H.submissionInstructions);
  s.h2('submissions', H.submissions, [para(sk.submissions.intro), bullets(sk.submissions.deliverables.map(fill))]);
  s.h2('how-to-submit', H.howToSubmit, [para(sk.submissionInstructions)]);
  const contacts = (details.contacts ?? []).filter((c) => c.name.trim());
  s.h1('points-of-contact', H.pointsOfContact, [
    contacts.length
      ? table([...T.contactColumns], contacts.map((c) => [c.name, c.role, c.email, c.phone].map((x) => stripTemplateMarker(x ?? ''))))
      : paragraph([{ text: P.toBeCompleted(T.fields.contacts), italic: true }], 'missing'),
  ]);

  // Annexes
  // The works the checkpoints come from, so a bidder can read what each one asks for.
  const checkpointSources = uniqueCitations(input.templates.filter((t) => (platforms as readonly string[]).includes(t.key) || (t.key !== 'commcare' && t.key !== 'dhis2')).flatMap((t) => t.sources));
  s.annex('annex-checkpoints', H.annexCheckpoints, [
    paragraph(sk.annexIntros.checkpoints),
    ...(input.checkpoints.length ? [checkpointMatrix(input.checkpoints, locale)] : [paragraph(T.noCheckpoints, 'missing')]),
    ...(checkpointSources.length ? [paragraph(T.checkpointSources), bullets(checkpointSources.map(citationInDocument))] : []),
  ]);
  s.annex('annex-sizing', H.annexSizing, [paragraph(sk.annexIntros.sizing)]);
  if (platforms.includes('commcare')) s.h2('annex-sizing-commcare', 'CommCare HQ', input.sizing.commcare ? commcareSizingBlocks(input.sizing.commcare, locale, say) : [paragraph(T.commcareSizingNotRun, 'missing')]);
  if (platforms.includes('dhis2')) s.h2('annex-sizing-dhis2', 'DHIS2', input.sizing.dhis2 ? dhis2SizingBlocks(input.sizing.dhis2, locale, say) : [paragraph(T.dhis2SizingNotRun, 'missing')]);
  if (!input.budget) missing.tool('budget', T.missingBudget);
  s.annex('annex-budget', H.annexBudget, [paragraph(sk.annexIntros.budget), ...(input.budget ? budgetBlocks(input.budget, locale, say) : [paragraph(T.budgetNotComputed, 'missing')])]);
  if (!input.skills) missing.tool('skills', T.missingSkills);
  s.annex('annex-skills', H.annexSkills, [paragraph(sk.annexIntros.skills), ...(input.skills ? skillsBlocks(input.skills, locale, say) : [paragraph(T.skillsNotAssessed, 'missing')])]);

  const list = missing.list();
  return withoutTemplateMarkers({
    kind: 'rfp',
    title: sk.titles[isBoth ? 'both' : platforms[0]],
    subtitle: T.preparedFor(clientName ?? T.theClient, input.assessment.name),
    locale,
    clientName: clientName ?? '',
    generatedOn: formatDate(input.generatedAt, locale),
    coverLines: [
      { key: T.cover.client, value: clientName ?? T.toBeCompletedClient },
      ...(input.assessment.country ? [{ key: T.cover.country, value: input.assessment.country }] : []),
      { key: T.cover.platforms, value: listText(parts.map((p) => p.platformName), locale) },
      { key: T.cover.assessment, value: input.assessment.name },
      ...(details.submissionDeadline ? [{ key: T.cover.submissionDeadline, value: formatDate(details.submissionDeadline, locale) }] : []),
      { key: T.cover.generated, value: formatDate(input.generatedAt, locale) },
    ],
    isDraft: list.length > 0,
    missing: list,
    sections: s.sections,
  });
}
