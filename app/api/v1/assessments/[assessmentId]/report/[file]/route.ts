import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { authedRoute, jsonError } from '@/lib/app/route-handler';
import { commcareSummaryTables } from '@/lib/domain/commcare-summary-tables';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { OUTPUT_TABLES, type TOutputTableName } from '@/lib/domain/output-tables';
import { toCsv } from '@/lib/exports/csv';
import { toXlsx } from '@/lib/exports/xlsx';
import { requestLocale } from '@/lib/i18n/request';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { localizeSizing } from '@/lib/content/localize-dhis2-sizing';

export const runtime = 'nodejs';

const ZFile = z.string().regex(/^(sizing|skills-gap|budget)\.(csv|xlsx)$/);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One output as a download: sizing.csv, skills-gap.xlsx, budget.csv... */
export const GET = authedRoute<{ assessmentId: string; file: string }>('outputs.read', async ({ session, params }) => {
  const file = ZFile.safeParse(params.file);
  if (!file.success) return jsonError(404, 'Exports are sizing, skills-gap or budget, as .csv or .xlsx.');
  const [name, format] = file.data.split('.') as [TOutputTableName, 'csv' | 'xlsx'];
  const locale = await requestLocale();
  const outputs = await loadOutputs(db(), session.actor, params.assessmentId, locale);
  // Headers, sheet names and words in the reader's language (CSV in French or Portuguese: semicolons, decimal commas).
  const say = reasonSayer(locale);
  const table = OUTPUT_TABLES[name]({ ...outputs, sizing: localizeSizing(outputs.sizing, locale) }, locale, say);
  const filename = `${name}-${params.assessmentId.slice(0, 8)}.${format}`;
  const headers = { 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' };
  if (format === 'csv') return new Response(toCsv(table, locale), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
  // The sizing workbook also has the resource model's summary sheets, as its users know them.
  const extra = name === 'sizing' && outputs.sizing.commcare ? commcareSummaryTables(outputs.sizing.commcare, locale, say) : [];
  return new Response(new Uint8Array(await toXlsx([table, ...extra])), { headers: { ...headers, 'content-type': XLSX } });
});
