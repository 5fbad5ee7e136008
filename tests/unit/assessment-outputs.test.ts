import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { unzipSync, strFromU8 } from 'fflate';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { DEFAULT_RATE_CARD, SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { calculateAssessmentOutputs, DEFAULT_BUDGET_SETTINGS, OUTPUT_QUESTIONS, type TOutputsInput } from '@/lib/domain/assessment-outputs';
import { formatMoney, toMajor } from '@/lib/domain/money';
import { budgetTable, sizingTable, skillsTable, type TTable } from '@/lib/domain/output-tables';
import { toCsv } from '@/lib/exports/csv';
import { toXlsx } from '@/lib/exports/xlsx';

const REF = { commcare: COMMCARE_SIZING, dhis2: DHIS2_SIZING, catalogue: SKILLS_CATALOGUE, rateCard: DEFAULT_RATE_CARD };
const CC = OUTPUT_QUESTIONS.commcare;
const run = (answers: Record<string, unknown>, extra: Partial<TOutputsInput> = {}) =>
  calculateAssessmentOutputs({ platforms: ['commcare', 'dhis2'], answers, team: [], settings: DEFAULT_BUDGET_SETTINGS, overrides: {}, ...extra }, REF);
const blocking = (o: ReturnType<typeof run>) => o.missing.filter((m) => m.isBlocking).map((m) => m.questionId);

describe('outputs from answers', () => {
  it.each([
    ['no answers', {}, [CC.users, OUTPUT_QUESTIONS.dhis2.systems]],
    ['users only', { [CC.users]: 2500 }, [OUTPUT_QUESTIONS.dhis2.systems]],
    ['a DHIS2 row without users', { [CC.users]: 2500, [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS', kind: 'aggregate' }] }, [OUTPUT_QUESTIONS.dhis2.systems]],
    ['zero users', { [CC.users]: 0, [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS', kind: 'aggregate', users: 10 }] }, [CC.users]],
    ['everything needed', { [CC.users]: 2500, [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS', kind: 'aggregate', users: 10 }] }, []],
  ])('%s: blocks on the questions it needs', (_n, answers, expected) => {
    expect(blocking(run(answers))).toEqual(expected);
  });

  it.each([
    [1499, 'single-server'],
    [1500, 'micro-cluster'],
    [3499, 'micro-cluster'],
    [3500, 'small-cluster'],
    [14_999, 'small-cluster'],
    [15_000, 'large-cluster'],
  ])('%i mobile users give the %s tier, which scales the skills requirements', (users, tier) => {
    const o = run({ [CC.users]: users }, { platforms: ['commcare'] });
    expect(o.sizing.commcare?.tier.tier).toBe(tier);
    expect(o.skills.scale.commcare?.tier).toBe(tier);
  });

  it('lists each unanswered optional input with the default used, and none of the answered ones', () => {
    const o = run({ [CC.users]: 100, [CC.formsPerUserPerMonth]: 50 }, { platforms: ['commcare'] });
    const ids = o.missing.map((m) => m.questionId);
    expect(ids).toEqual([CC.existingForms, CC.casesPerUserPerMonth, CC.caseUpdatesPerUserPerMonth, CC.attachmentKbPerForm]);
    expect(o.missing.every((m) => !m.isBlocking && /default/.test(m.effect))).toBe(true);
    expect(o.sizingInputs.commcare).toMatchObject({ users: 100, formsPerUserPerMonth: 50, horizonMonths: 60 });
  });

  it.each([
    ['nothing answered', {}],
    ['some CommCare inputs', { [CC.users]: 100, [CC.formsPerUserPerMonth]: 50 }],
    ['a DHIS2 row without its kind and users', { [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS' }, { name: 'Tracker', kind: 'tracker', users: 300 }] }],
  ])('says what each missing input did in the reader’s language (%s): English as the API’s text, French and Portuguese in full', (_, answers) => {
    const o = run(answers);
    expect(o.missing.length).toBeGreaterThan(0);
    for (const m of o.missing) {
      expect(reasonSayer('en')(m.why)).toBe(m.effect);
      for (const locale of ['fr', 'pt'] as const) {
        const text = reasonSayer(locale)(m.why);
        expect(text).not.toMatch(/missingInput|\{|without|default of the sizing|left out/);
        expect(text).not.toBe(m.effect);
      }
    }
  });

  it('sizes over the budget horizon and budgets every option from both platforms', () => {
    const o = run({ [CC.users]: 2500, [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS', kind: 'aggregate', users: 3000 }] }, { settings: { years: 3, currency: { code: 'KES', exchangeRate: 130, minorDigits: 2 } } });
    expect(o.sizingInputs.commcare?.horizonMonths).toBe(36);
    expect(o.budget?.years).toBe(3);
    expect(o.budget?.options).toHaveLength(5);
    expect(o.budgetInputs.users).toBe(Math.max(...o.sizing.commcare!.periods.map((p) => p.users)) + 3000);
  });

  it('reads the chosen hosting option and ignores values it does not know', () => {
    expect(run({ [CC.hostingOption]: 'co-location', [OUTPUT_QUESTIONS.dhis2.hostingOption]: 'moon-base' }).chosenHostingOption).toEqual({ 'commcare': 'co-location' });
  });
});

describe('money', () => {
  it.each([
    [123456, 2, 'USD 1,234.56', 1234.56],
    [5, 2, 'USD 0.05', 0.05],
    [1500, 0, 'USD 1,500', 1500],
    [-250, 2, 'USD -2.50', -2.5],
  ])('%i minor units with %i digits is %s', (minor, digits, text, major) => {
    const currency = { code: 'USD', exchangeRate: 1, minorDigits: digits };
    expect(formatMoney(minor, currency)).toBe(text);
    expect(toMajor(minor, currency)).toBe(major);
  });
});

describe('exports', () => {
  const table: TTable = {
    name: 'Test',
    columns: [
      { header: 'Name', kind: 'text' },
      { header: 'Amount', kind: 'number' },
    ],
    rows: [
      ['São Tomé, "Príncipe"', 1234.5],
      ['=HYPERLINK("x")', null],
      ['line\nbreak', 0],
    ],
  };

  it('writes RFC 4180 CSV with a BOM, quoting, and formulas defused', () => {
    expect(toCsv(table)).toBe('\uFEFFName,Amount\r\n"São Tomé, ""Príncipe""",1234.5\r\n"\'=HYPERLINK(""x"")",\r\n"line\nbreak",0\r\n');
  });

  it('writes an XLSX workbook whose sheet holds the same cells, numbers as numbers', async () => {
    const bytes = await toXlsx([table]);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const files = unzipSync(new Uint8Array(bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const shared = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
    expect(shared).toContain('<t>São Tomé, "Príncipe"</t>');
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>1234.5<\/v><\/c>/);
    expect(strFromU8(files['xl/workbook.xml'])).toContain('name="Test"');
  });

  it('turns the outputs into tables whose totals match the engines', () => {
    const o = run({ [CC.users]: 2500, [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS', kind: 'aggregate', users: 3000 }] }, { team: [{ name: 'Aïcha', role: '', engagement: 'in-house', fte: 1, levels: { 'dhis2.postgresql': 2 } }] });
    const sizing = sizingTable(o, 'en', reasonSayer('en'));
    const last = o.sizing.commcare!.totals.at(-1)!;
    expect(sizing.rows).toContainEqual(expect.arrayContaining(['CommCare HQ', 'Total', last.vms, last.cores]));
    const dhis2Rows = sizing.rows.filter((r) => r[0] === 'DHIS2');
    expect(dhis2Rows.map((r) => r[3])).toEqual(expect.arrayContaining(['Temporary server for an OS upgrade', reasonSayer('en')(o.sizing.dhis2!.systems[0].fileStore.label)]));
    for (const r of dhis2Rows) expect(String(r.at(-1))).toMatch(/Source: .+ \(https:\/\/github\.com\/dhis2\/|Our assumption: /);
    const skills = skillsTable(o, 'en', reasonSayer('en'));
    expect(skills.columns.at(-1)!.header).toBe('Aïcha');
    expect(skills.rows).toHaveLength(o.skills.skills.length + 1);
    const budget = budgetTable(o, 'en', reasonSayer('en'));
    const onPrem = o.budget!.options.find((x) => x.option === 'on-premise')!;
    const totalRow = budget.rows.find((r) => r[0] === onPrem.label && r[1] === 'Total')!;
    expect(totalRow.at(-2)).toBe(toMajor(onPrem.grandTotal, o.budget!.currency));
    expect(budget.rows.filter((r) => r[0] === onPrem.label && r[3] === 'yes')).toHaveLength(12);
  });
});
