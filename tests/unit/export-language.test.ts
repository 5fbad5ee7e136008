import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { strFromU8, unzipSync } from 'fflate';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { DEFAULT_RATE_CARD, SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { calculateAssessmentOutputs, DEFAULT_BUDGET_SETTINGS, OUTPUT_QUESTIONS } from '@/lib/domain/assessment-outputs';
import { EXPORT_TEXT } from '@/lib/domain/export-text';
import { LOCALES } from '@/lib/domain/locale';
import { toMajor } from '@/lib/domain/money';
import { budgetTable, sizingTable, skillsTable } from '@/lib/domain/output-tables';
import { toCsv } from '@/lib/exports/csv';
import { toXlsx } from '@/lib/exports/xlsx';

/** The CSV and XLSX exports in the reader's language: sheet names, headers and fixed words; numbers stay numbers. */

const REF = { commcare: COMMCARE_SIZING, dhis2: DHIS2_SIZING, catalogue: SKILLS_CATALOGUE, rateCard: DEFAULT_RATE_CARD };
const outputs = calculateAssessmentOutputs(
  {
    platforms: ['commcare', 'dhis2'],
    answers: { [OUTPUT_QUESTIONS.commcare.users]: 2500, [OUTPUT_QUESTIONS.dhis2.systems]: [{ name: 'HMIS', kind: 'aggregate', users: 3000 }] },
    team: [{ name: 'Aïcha', role: '', engagement: 'in-house', fte: 1, levels: { 'dhis2.postgresql': 2 } }],
    settings: DEFAULT_BUDGET_SETTINGS,
    overrides: {},
  },
  REF,
);
const tables = (locale: (typeof LOCALES)[number]) => [sizingTable(outputs, locale, reasonSayer(locale)), skillsTable(outputs, locale, reasonSayer(locale)), budgetTable(outputs, locale, reasonSayer(locale))];
/** Every word the tables add: sheet names, headers and the text cells that are not the engines' explanations (the last text column). */
const words = (locale: (typeof LOCALES)[number]) =>
  tables(locale).flatMap((t) => [t.name, ...t.columns.map((c) => c.header), ...t.rows.flatMap((r) => r.slice(0, 7).filter((v): v is string => typeof v === 'string'))]);

describe('exports in the reader’s language', () => {
  it('every language has the same structure, and French and Portuguese change every English word but names', () => {
    for (const locale of LOCALES) expect(tables(locale).map((t) => [t.columns.length, t.rows.length])).toEqual(tables('en').map((t) => [t.columns.length, t.rows.length]));
    // Names, and words French or Portuguese spell as English does.
    const names = new Set(['CommCare HQ', 'DHIS2', 'CommCare, DHIS2', 'CommCare', 'Total', 'Total (USD)', 'Aïcha', 'Budget', '', '—', 'Production', 'production', 'Personnel']);
    for (const locale of ['fr', 'pt'] as const) {
      const theirs = words(locale);
      const same = words('en').filter((w, i) => w === theirs[i] && !names.has(w) && !/\d/.test(w) && !outputs.skills.skills.some((s) => s.name === w) && !outputs.sizing.commcare!.services.some((s) => s.label === w) && !outputs.sizing.dhis2!.systems[0].components.some((c) => reasonSayer('en')(c.component) === w));
      expect([...new Set(same)], locale).toEqual([]);
    }
  });

  it('the French CSV separates with semicolons and writes decimal commas; the English one is unchanged', () => {
    const budget = budgetTable(outputs, 'fr', reasonSayer('fr'));
    const onPrem = outputs.budget!.options.find((o) => o.option === 'on-premise')!;
    const csv = toCsv(budget, 'fr');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(['Option d’hébergement', 'Ligne', 'Catégorie', 'Souvent oubliée', ...Array.from({ length: outputs.budget!.years }, (_, i) => `Année ${i + 1} (USD)`), 'Total (USD)', 'Règle'].join(';'));
    const total = lines.find((l) => l.startsWith('Sur site (salle des serveurs du ministère);Total;'))!;
    expect(total.split(';').at(-2)).toBe(String(toMajor(onPrem.grandTotal, outputs.budget!.currency)).replace('.', ','));
    expect(toCsv(budgetTable(outputs, 'en', reasonSayer('en'))).slice(1).split('\r\n')[0]).toBe(`Hosting option,Line,Category,Often overlooked,${Array.from({ length: outputs.budget!.years }, (_, i) => `Year ${i + 1} (USD)`).join(',')},Total (USD),Rule`);
  });

  it.each(['fr', 'pt'] as const)('the %s workbook names its sheets in the language and keeps numbers numeric', async (locale) => {
    const files = unzipSync(new Uint8Array(await toXlsx(tables(locale))));
    const workbook = strFromU8(files['xl/workbook.xml']);
    for (const name of Object.values(EXPORT_TEXT[locale].sheets)) expect(workbook).toContain(`name="${name}"`);
    const shared = strFromU8(files['xl/sharedStrings.xml']);
    expect(shared).toContain(`<t>${EXPORT_TEXT[locale].sizing.serviceOrComponent}</t>`);
    // The first service row of the sizing: its VM count is a number cell (no t="s"), not text.
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toMatch(/<c r="E2"[^>]*><v>\d+<\/v><\/c>/);
    expect(sheet).not.toMatch(/<c r="E2"[^>]*t="s"/);
  });
});
