import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import commcareJson from '@/content/rfp/commcare.json';
import skeletonJson from '@/content/rfp/skeleton.json';
import { budgetTotalText } from '@/lib/domain/documents/assessment-blocks';
import { buildRfpModel, type TRfpModelInput } from '@/lib/domain/documents/build-rfp-model';
import { modelText, type TDocBlock, type TDocModel } from '@/lib/domain/documents/doc-model';
import { formatInteger } from '@/lib/domain/documents/format';
import { formatMoney } from '@/lib/domain/money';
import { ZRfpPlatformContent, ZRfpSkeleton } from '@/lib/domain/documents/rfp-content-schema';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { SAMPLE_CLIENT, sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { RFP_DETAIL_FIELDS, ZRfpDetails } from '@/lib/schemas/rfp';

const full = sampleRfpInput();
const build = (extra: Partial<TRfpModelInput> = {}) => buildRfpModel({ ...full, ...extra }, RFP_CONTENT, 'en', reasonSayer('en'));
const section = (m: TDocModel, id: string) => m.sections.find((s) => s.id === id)!;
const tables = (m: TDocModel, id: string) => section(m, id).blocks.filter((b): b is Extract<TDocBlock, { kind: 'table' }> => b.kind === 'table');
const noMarkers = (m: TDocModel) => {
  const json = JSON.stringify(m);
  expect(json).not.toMatch(/XXX/);
  expect(json).not.toMatch(/\{\{[a-zA-Z]/);
};

describe('RFP content (content/rfp)', () => {
  it('validates', () => {
    expect(RFP_CONTENT.platforms.commcare.scopeOfWork.length).toBeGreaterThan(10);
    expect(RFP_CONTENT.platforms.dhis2.obligations.map((o) => o.id)).toEqual(['architecture', 'isolation', 'maintenance']);
  });

  it.each([
    ['an unknown placeholder', { periodOfPerformance: 'Within {{duration}}.' }, /unknown placeholder \{\{duration\}\}/],
    ['the template marker', { periodOfPerformance: 'Within **XXX** time.' }, /template marker/],
    ['unbalanced bold', { periodOfPerformance: 'Within **{{periodOfPerformance}}.' }, /unbalanced/],
  ])('refuses %s in the skeleton', (_n, patch, message) => {
    const issues = ZRfpSkeleton.safeParse({ ...skeletonJson, ...patch }).error?.issues ?? [];
    expect(issues.map((i) => i.message).join(' ')).toMatch(message);
  });

  it('refuses a platform file with "XXX Client XXX"', () => {
    const bad = { ...commcareJson, projectSummary: ['XXX Client XXX is currently running a SaaS instance.'] };
    expect(ZRfpPlatformContent.safeParse(bad).success).toBe(false);
  });
});

describe('the RFP details schema', () => {
  it.each([
    [{}, true],
    [{ clientName: '', submissionEmail: '', submissionDeadline: '' }, true],
    [{ hostingQuotes: 3, submissionDeadline: '2027-04-30', submissionEmail: 'a@b.org', contacts: [{ name: 'Inês' }] }, true],
    [{ hostingQuotes: 0 }, false],
    [{ hostingQuotes: 11 }, false],
    [{ hostingQuotes: 2.5 }, false],
    [{ submissionDeadline: '2027-02-30' }, false],
    [{ submissionDeadline: '30/04/2027' }, false],
    [{ submissionEmail: 'not-an-email' }, false],
    [{ contacts: [{ name: '' }] }, false],
    [{ unknown: 1 }, false],
  ])('%j → valid %s', (value, ok) => {
    expect(ZRfpDetails.safeParse(value).success).toBe(ok);
  });

  it('has a label for every field', () => {
    expect(Object.keys(RFP_DETAIL_FIELDS).sort()).toEqual(Object.keys(ZRfpDetails.shape).sort());
  });
});

describe('a complete assessment', () => {
  const m = build();

  it('is not a draft and lists nothing missing', () => {
    expect(m.missing).toEqual([]);
    expect(m.isDraft).toBe(false);
  });

  it('fills every placeholder of the template', () => {
    const text = modelText(m);
    for (const expected of [
      `${SAMPLE_CLIENT} is currently running a Software-as-a-Service instance of CommCare`,
      'should source at 3 options of hosting providers',
      'completed within 6 months.',
      'submitted via email to aquisicoes@ms.gov.st, no later than 30 April 2027.',
      'Cost estimates from 3 hosting providers',
      'The Ministry runs CommCare on Dimagi’s CommCare Cloud',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('[to be completed');
    noMarkers(m);
  });

  it.each([
    [['commcare'], 'Request for Proposal (RFP) to Support Transition to On-Premise Hosted CommCare Application'],
    [['dhis2'], 'Request for Proposal (RFP) to Support Transition to Self-Hosted DHIS2'],
    [['dhis2', 'commcare'], 'Request for Proposal (RFP) to Support Transition to Self-Hosted CommCare and DHIS2'],
  ] as const)('%j → %s', (platforms, title) => {
    const model = buildRfpModel(sampleRfpInput([...platforms]), RFP_CONTENT, 'en', reasonSayer('en'));
    expect(model.title).toBe(title);
    expect(model.isDraft).toBe(false);
    noMarkers(model);
  });

  it('follows the structure of Appendix 1', () => {
    const top = m.sections.filter((s) => s.level <= 2).map((s) => `${s.number} ${s.title}`);
    expect(top).toEqual(
      expect.arrayContaining([
        '1 Project Summary',
        '2 Proposed Work',
        '2.1 Current Environment',
        '2.2 Proposed Environment',
        '2.3 Scope of Work',
        '2.4 Local Environment Overview (If Open to Options)',
        '2.5 Local Environment Design',
        '3 Selection Criteria & Instructions',
        '3.1 Requirements',
        '4 Period of Performance',
        '5 Submission Instructions',
        '6 Points of Contact',
        'Annex A Checkpoint Matrix',
        'Annex B Sizing Tables',
        'Annex C Budget Summary per Hosting Option',
        'Annex D Skills Requirements',
      ]),
    );
    expect(top.some((t) => t.endsWith('Local Environment Cost Trade-Offs'))).toBe(true);
    expect(top.some((t) => t.endsWith('DHIS2: Isolation of Components'))).toBe(true);
  });

  it('numbers the MSP roles as in the source (4 twice, 11 without the MSP mark)', () => {
    const commcare = buildRfpModel(sampleRfpInput(['commcare']), RFP_CONTENT, 'en', reasonSayer('en'));
    const rows = tables(commcare, 'scope-of-work')[0].rows;
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(rows.find((r) => r[1] === 'Functional acceptance signoff')![2]).toBe('No');
    expect(rows.filter((r) => r[2] === 'Yes')).toHaveLength(14);
    expect(rows.every((r) => r[2] === 'Yes' || r[2] === 'No')).toBe(true);
  });

  it('lists the components with the software named', () => {
    const commcare = buildRfpModel(sampleRfpInput(['commcare']), RFP_CONTENT, 'en', reasonSayer('en'));
    const rows = tables(commcare, 'environment-overview')[0].rows;
    expect(rows.map((r) => r[0])).toEqual(['Firewall', 'Proxy / Load balancer', 'Web request processor', 'Mobile request processor', 'Web entry service', 'Background task processor', 'Queue service', 'Primary database', 'File database / cold storage', 'Analytics database', 'Cache', 'Change Log']);
    expect(Object.fromEntries(rows.map((r) => [r[0], r[2]]))).toMatchObject({ 'Queue service': 'RabbitMQ', Cache: 'Redis', 'Change Log': 'Kafka', 'Primary database': 'PostgreSQL + CouchDB' });
  });

  it('shows the engines’ numbers exactly as formatted once in the model', () => {
    const text = modelText(m);
    const cc = full.sizing.commcare!;
    expect(text).toContain(`Number of Mobile Users: ${formatInteger(cc.inputs.users)} today`);
    expect(text).toContain(`${formatInteger(cc.periods.at(-1)!.formsTotal)} forms in total`);
    expect(text).toContain(`${formatInteger(cc.totals.at(-1)!.vms)} VMs`);
    const budget = full.budget!;
    const summary = tables(m, 'annex-budget')[0];
    for (const option of budget.options) {
      const row = summary.rows.find((r) => r[0] === option.label)!;
      expect(row.at(-1)).toBe(formatMoney(option.grandTotal, budget.currency));
      expect(row.at(-1)).toBe(budgetTotalText(budget, option));
    }
    const hmis = full.sizing.dhis2!.systems[0];
    expect(text).toContain(`${hmis.name} (${hmis.kind}) ${formatInteger(hmis.inputs.users)} ${formatInteger(hmis.inputs.concurrentUsers)} ${formatInteger(hmis.inputs.dataValuesPerYear)}`);
  });

  it('lists every checkpoint with its status, reviewer and date in Annex A', () => {
    const matrix = tables(m, 'annex-checkpoints')[0];
    expect(matrix.rows).toHaveLength(full.checkpoints.length);
    const approved = full.checkpoints.findIndex((c) => c.status === 'approved' && !c.notApplicable);
    expect(matrix.rows[approved].slice(3)).toEqual(['Approved', 'Adérito Ceita', '15 February 2027', '']);
  });

  it('lists the evidence files of each checkpoint in Annex A', () => {
    const checkpoints = full.checkpoints.map((c, i) => (i === 0 ? { ...c, evidenceFiles: ['Contrato assinado.pdf (PDF document, 1.2 MB)'] } : c));
    const matrix = tables(build({ checkpoints }), 'annex-checkpoints')[0];
    expect(matrix.columns.map((c) => c.label)).toContain('Evidence files');
    expect(matrix.rows[0].at(-1)).toBe('Contrato assinado.pdf (PDF document, 1.2 MB)');
    expect(matrix.rows[1].at(-1)).toBe('');
  });

  it('uses the consultant’s project summary and scope notes', () => {
    const model = build({ details: { ...full.details, projectSummary: 'Primeiro parágrafo para {{clientName}}.\n\nSegundo parágrafo.', scopeNotes: 'Inclui formação.' } });
    expect(section(model, 'project-summary').blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))).toEqual([`Primeiro parágrafo para ${SAMPLE_CLIENT}.`, 'Segundo parágrafo.']);
    expect(section(model, 'scope-notes').blocks).toHaveLength(1);
  });
});

describe('an incomplete assessment', () => {
  const m = build({ details: {}, answers: {}, sizing: {}, budget: undefined, skills: undefined });

  it('is a draft listing each missing item with where to fill it in', () => {
    expect(m.isDraft).toBe(true);
    const byKey = Object.fromEntries(m.missing.map((x) => [x.key, x.target]));
    expect(byKey).toMatchObject({
      'rfp.saasDescription': { kind: 'rfp-field', field: 'saasDescription' },
      'rfp.hostingQuotes': { kind: 'rfp-field', field: 'hostingQuotes' },
      'rfp.periodOfPerformance': { kind: 'rfp-field', field: 'periodOfPerformance' },
      'rfp.submissionEmail': { kind: 'rfp-field', field: 'submissionEmail' },
      'rfp.submissionDeadline': { kind: 'rfp-field', field: 'submissionDeadline' },
      'rfp.contacts': { kind: 'rfp-field', field: 'contacts' },
      'question.commcare.p1.s1-2.mobile-users': { kind: 'question', questionId: 'commcare.p1.s1-2.mobile-users', phaseId: 'commcare.p1' },
      'question.dhis2.p1.s1-1.systems': { kind: 'question', questionId: 'dhis2.p1.s1-1.systems', phaseId: 'dhis2.p1' },
      'tool.sizing': { kind: 'tool', tool: 'sizing' },
      'tool.budget': { kind: 'tool', tool: 'budget' },
      'tool.skills': { kind: 'tool', tool: 'skills' },
    });
    expect(m.missing.find((x) => x.key === 'question.commcare.p1.s1-2.mobile-users')!.label).toBe('1. System Design and Planning: Number of CommCare mobile users today');
  });

  it('never guesses: the blanks say what is to be completed, and never print "XXX"', () => {
    const text = modelText(m);
    expect(text).toContain('[to be completed: Submission deadline]');
    expect(text).toContain('[to be completed: Number of hosting provider quotes (N)]');
    expect(text).toContain('[to be completed: number of CommCare mobile users]');
    noMarkers(m);
  });

  it('takes the client name from the organisation when the RFP does not give one', () => {
    expect(m.clientName).toBe(SAMPLE_CLIENT);
    expect(m.missing.some((x) => x.key === 'rfp.clientName')).toBe(false);
    const nameless = build({ details: {}, assessment: { ...full.assessment, organizationName: ' ' } });
    expect(nameless.missing.some((x) => x.key === 'rfp.clientName')).toBe(true);
  });

  it('lists a consultant’s leftover "XXX" and never prints it', () => {
    const model = build({ details: { ...full.details, saasDescription: 'Running XXX SaaS language XXX today.' } });
    expect(model.isDraft).toBe(true);
    expect(model.missing.map((x) => x.key)).toEqual(['rfp.saasDescription']);
    noMarkers(model);
  });
});
