import type { TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import type { TDhis2SizingResult } from '@/lib/domain/dhis2-sizing';
import { answerDisplay, answerNumber, answerRows, type TAnswers, type TQuestionLookup } from './answers';
import { bullets, keyValue, paragraph, table, type TDocBlock, type TRun } from './doc-model';
import { formatGb, formatInteger, formatNumber } from './format';
import { commcarePeakUsers } from './sizing-blocks';

/**
 * The platform-specific parts of the RFP built from the answers and the sizing: the scale
 * estimates of "Local Environment Design", and what the assessment says about the current and
 * proposed environments. Required answers that are absent are reported through `need`.
 */

export type TNeed = (questionId: string) => void;

export const Q = {
  mobileUsers: 'commcare.p1.s1-2.mobile-users',
  formsPerUserMonth: 'commcare.p1.s1-2.forms-per-user-month',
  casesPerUserMonth: 'commcare.p1.s1-2.cases-per-user-month',
  caseUpdatesPerUserMonth: 'commcare.p1.s1-2.case-updates-per-user-month',
  attachmentKbPerForm: 'commcare.p1.s1-2.attachment-kb-per-form',
  existingForms: 'commcare.p1.s1-2.existing-forms',
  mobileApps: 'commcare.p1.s1-1.mobile-apps',
  integrations: 'commcare.p1.s1-1.integrations',
  dhis2Systems: 'dhis2.p1.s1-1.systems',
} as const;

/** Days per month used to turn monthly form volumes into the RFP's "per user per day". */
export const DAYS_PER_MONTH = 30;

const label = (text: string): TRun => ({ text: `${text}: `, bold: true });
const missingRun = (what: string): TRun => ({ text: `[to be completed: ${what}]`, italic: true });

/** A per-user rate: the answer when given, else the figure the sizing used (its documented default). */
function rate(answers: TAnswers, id: string, fromSizing: number | undefined, unit: string): string {
  const given = answerNumber(answers, id);
  if (given !== undefined) return `${formatNumber(given, 2)} ${unit}`;
  if (fromSizing !== undefined) return `${formatNumber(fromSizing, 2)} ${unit} (not answered: the sizing's documented default)`;
  return 'not answered';
}

export function commcareScaleEstimates(answers: TAnswers, sizing: TCommCareSizingResult | undefined, need: TNeed): TDocBlock[] {
  const users = answerNumber(answers, Q.mobileUsers);
  if (users === undefined) need(Q.mobileUsers);
  const s = sizing;
  const last = s?.periods[s.periods.length - 1];
  const horizon = s ? `${formatInteger(s.inputs.horizonMonths)} months` : '';
  const horizonAdj = s ? `${formatInteger(s.inputs.horizonMonths)}-month` : '';

  const usersRuns: TRun[] = [label('Number of Mobile Users'), ...(users === undefined ? [missingRun('number of CommCare mobile users')] : [{ text: `${formatInteger(users)} today` }])];
  if (s && commcarePeakUsers(s) !== s.inputs.users) usersRuns.push({ text: `; ${formatInteger(commcarePeakUsers(s))} at the peak of the ${horizonAdj} sizing horizon (growth plan)` });

  const formsPerMonth = answerNumber(answers, Q.formsPerUserMonth) ?? s?.inputs.formsPerUserPerMonth;
  const formsRuns: TRun[] = [label('Expected volume of Form Submissions per user per Day')];
  if (formsPerMonth === undefined) formsRuns.push({ text: 'not answered (forms per user per month)' });
  else {
    formsRuns.push({ text: `${formatNumber(formsPerMonth / DAYS_PER_MONTH, 1)} (${rate(answers, Q.formsPerUserMonth, s?.inputs.formsPerUserPerMonth, 'forms per user per month')}, ÷ ${DAYS_PER_MONTH} days)` });
    const existing = answerNumber(answers, Q.existingForms) ?? s?.inputs.existingForms;
    if (existing !== undefined) formsRuns.push({ text: `; ${formatInteger(existing)} forms submitted so far` });
    if (last) formsRuns.push({ text: `; ${formatInteger(last.formsTotal)} forms in total after ${horizon}` });
  }

  const caseRuns: TRun[] = [
    label('Expected volume of Case Data per User'),
    { text: `${rate(answers, Q.casesPerUserMonth, s?.inputs.casesPerUserPerMonth, 'new cases')} and ${rate(answers, Q.caseUpdatesPerUserMonth, s?.inputs.caseUpdatesPerUserPerMonth, 'case updates')} per user per month` },
    ...(last ? [{ text: `; ${formatInteger(last.casesTotal)} cases and ${formatInteger(last.caseTransactionsTotal)} case updates in total after ${horizon}` }] : []),
  ];

  const largeRuns: TRun[] = [
    label('Other large / unique factors like Large Images to be submitted regularly'),
    { text: `attachments (images, audio) of ${rate(answers, Q.attachmentKbPerForm, s?.inputs.attachmentKbPerForm, 'KB per form')}` },
    ...(last ? [{ text: `; ${formatGb(last.attachmentGb)} of attachments after ${horizon}` }] : []),
  ];

  const blocks: TDocBlock[] = [bullets([usersRuns, caseRuns, formsRuns, largeRuns])];
  if (s) {
    const t = s.totals[s.totals.length - 1];
    blocks.push(
      keyValue([
        { key: 'Configuration from the sizing', value: `${s.tier.label} (${s.tier.servers})` },
        { key: `Production after ${horizon}`, value: `${formatInteger(t.vms)} VMs, ${formatInteger(t.cores)} cores, ${formatGb(t.ramGb)} RAM, ${formatGb(t.dataStorageGb)} data storage` },
        { key: 'Backup storage', value: formatGb(s.footprint.backupStorageGb) },
      ]),
    );
  }
  return blocks;
}

export function dhis2ScaleEstimates(answers: TAnswers, sizing: TDhis2SizingResult | undefined, need: TNeed): TDocBlock[] {
  const rows = answerRows(answers, Q.dhis2Systems);
  if (rows.length === 0) need(Q.dhis2Systems);
  const n = (v: unknown) => (typeof v === 'number' ? formatInteger(v) : '—');
  const blocks: TDocBlock[] = [];
  if (sizing) {
    blocks.push(
      table(
        [{ label: 'System', width: 2 }, { label: 'Users', align: 'right' }, { label: 'Concurrent', align: 'right' }, { label: 'Data values / year', align: 'right', width: 1.4 }, { label: 'Tracked entities', align: 'right', width: 1.3 }, { label: 'Events / year', align: 'right', width: 1.2 }],
        sizing.systems.map((s) => [`${s.name} (${s.kind})`, formatInteger(s.inputs.users), formatInteger(s.inputs.concurrentUsers), formatInteger(s.inputs.dataValuesPerYear), formatInteger(s.inputs.trackedEntities), formatInteger(s.inputs.eventsPerYear)]),
        { caption: 'Scale estimates per DHIS2 system (figures not answered are the sizing’s documented defaults)' },
      ),
      table(
        [{ label: 'System', width: 2 }, { label: 'Isolation', width: 1.3 }, { label: 'Core servers', align: 'right' }, { label: 'Production', width: 3 }],
        sizing.systems.map((s) => {
          const prod = s.environments.find((e) => e.kind === 'production')!;
          return [s.name, s.isolation.level === 'boombox' ? 'Single machine' : 'Separate', formatInteger(s.clustered.coreNodes), `${formatInteger(prod.vms)} VMs, ${formatInteger(prod.cores)} cores, ${formatGb(prod.ramGb)} RAM, ${formatGb(prod.diskGb)} disk`];
        }),
        { caption: 'Sizing per DHIS2 system' },
      ),
    );
  } else if (rows.length) {
    blocks.push(
      table(
        ['System', 'Kind', 'Users', 'Concurrent', 'Data values / year', 'Tracked entities', 'Events / year'],
        rows.map((r) => [String(r.name ?? '—'), String(r.kind ?? '—'), n(r.users), n(r.concurrentUsers), n(r.dataValuesPerYear), n(r.trackedEntities), n(r.eventsPerYear)]),
        { caption: 'DHIS2 systems in scope (from the assessment)' },
      ),
    );
  } else blocks.push(paragraph([missingRun('the DHIS2 systems in scope, with their users and data volumes')], 'missing'));
  return blocks;
}

/** Answers worth quoting in "Proposed Environment", when given. */
const PROPOSED_ANSWERS = {
  commcare: ['commcare.p2.s2-2.hosting-option', 'commcare.p2.s2-3.msp-model', 'commcare.p2.s2-3.devops-engineers', 'commcare.p1.s1-2.server-tier', 'commcare.p2.s2-2.virtualization'],
  dhis2: ['dhis2.p2.s2-1.hosting-option', 'dhis2.p2.s2-1.provider', 'dhis2.p1.s1-1.availability', 'dhis2.p2.s2-2.isolation-level', 'dhis2.p1.s1-1.separate-servers', 'dhis2.p5.s5-2.target-option'],
} as const;

export function proposedEnvironmentFacts(platform: 'commcare' | 'dhis2', lookup: TQuestionLookup, answers: TAnswers): TDocBlock[] {
  const items = PROPOSED_ANSWERS[platform].flatMap((id) => {
    const value = answerDisplay(lookup, answers, id);
    const q = lookup.get(id)?.question;
    return value && q ? [{ key: q.label, value }] : [];
  });
  return items.length ? [paragraph('From the readiness assessment:', 'note'), keyValue(items)] : [];
}

export function currentEnvironmentFacts(platform: 'commcare' | 'dhis2', answers: TAnswers): TDocBlock[] {
  if (platform === 'dhis2') return [];
  const apps = answerRows(answers, Q.mobileApps);
  const integrations = answerRows(answers, Q.integrations);
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? formatInteger(v) : '');
  const flows: Record<string, string> = { inbound: 'Into CommCare', outbound: 'Out of CommCare', both: 'Both ways' };
  return [
    ...(apps.length ? [table(['Application', 'Current released version', { label: 'Mobile users', align: 'right' as const }], apps.map((r) => [text(r.name), text(r.releasedVersion), text(r.users)]), { caption: 'Mobile applications to be hosted' })] : []),
    ...(integrations.length ? [table(['System', 'Data flow', 'Notes'], integrations.map((r) => [text(r.name), flows[String(r.direction)] ?? text(r.direction), text(r.notes)]), { caption: 'Integrated systems' })] : []),
  ];
}
