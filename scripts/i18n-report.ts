/**
 * Which translations of the questionnaires, the RFP text and the DHIS2 sizing's reference data are missing, stale (the English key
 * is gone) or changed a placeholder, number or bold marker. Prints one block per overlay file.
 *
 *   npx tsx scripts/i18n-report.ts              # summary and the keys at fault
 *   npx tsx scripts/i18n-report.ts --missing    # plus, as JSON, the English of every missing key
 *                                                  (a starting point for the translator)
 */
import { loadTemplates } from '@/lib/content/load-templates';
import { TEMPLATE_OVERLAYS } from '@/lib/content/localize-template';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { RFP_OVERLAYS } from '@/lib/documents/localize-rfp-content';
import { DHIS2_SIZING_OVERLAYS, DHIS2_SIZING_STRINGS } from '@/lib/content/localize-dhis2-sizing';
import { checkOverlay, rfpTranslatableStrings, translatableStrings, type TTextOverlay } from '@/lib/domain/template-i18n';

const showMissing = process.argv.includes('--missing');
const files: { file: string; english: Record<string, string>; overlay: TTextOverlay }[] = [];
for (const locale of ['fr', 'pt'] as const) {
  for (const template of loadTemplates()) {
    files.push({ file: `content/templates/i18n/${template.key}.${locale}.json`, english: translatableStrings(template), overlay: TEMPLATE_OVERLAYS[template.key][locale] });
  }
  files.push({ file: `content/rfp/i18n/skeleton.${locale}.json`, english: rfpTranslatableStrings(RFP_CONTENT.skeleton), overlay: RFP_OVERLAYS[locale].skeleton });
  for (const platform of ['commcare', 'dhis2'] as const) {
    files.push({ file: `content/rfp/i18n/${platform}.${locale}.json`, english: rfpTranslatableStrings(RFP_CONTENT.platforms[platform]), overlay: RFP_OVERLAYS[locale][platform] });
  }
  files.push({ file: `content/sizing/i18n/dhis2.${locale}.json`, english: DHIS2_SIZING_STRINGS, overlay: DHIS2_SIZING_OVERLAYS[locale] });
}

let faults = 0;
for (const { file, english, overlay } of files) {
  const r = checkOverlay(english, overlay);
  const total = Object.keys(english).length;
  faults += r.missing.length + r.stale.length + r.empty.length + r.tokenMismatch.length;
  console.log(`${file}: ${total - r.missing.length}/${total} translated, ${r.missing.length} missing, ${r.stale.length} stale, ${r.empty.length} empty, ${r.tokenMismatch.length} placeholder/number differences`);
  for (const k of r.stale) console.log(`  stale  ${k}`);
  for (const k of r.empty) console.log(`  empty  ${k}`);
  for (const m of r.tokenMismatch) console.log(`  differs ${m.key}: ${m.problem}`);
  if (showMissing && r.missing.length > 0) console.log(JSON.stringify(Object.fromEntries(r.missing.map((k) => [k, english[k]])), null, 2));
  else for (const k of r.missing.slice(0, 5)) console.log(`  missing ${k}${r.missing.length > 5 ? ' …' : ''}`);
}
process.exitCode = faults > 0 ? 1 : 0;
