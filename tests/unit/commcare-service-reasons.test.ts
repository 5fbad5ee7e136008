import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMCARE_CALCULATOR_SETTINGS, COMMCARE_SIZING } from '@/lib/content/sizing-reference';
import { commcareConstantsForAssessment } from '@/lib/domain/commcare-assessment-config';
import { calculateCommCareSizing, type TCommCareSizingResult } from '@/lib/domain/commcare-sizing';
import { LOCALES } from '@/lib/domain/locale';
import { reason, type TReason } from '@/lib/domain/reason';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';

/**
 * The CommCare sizing's per-service rules and names in the reader's language: every service of the
 * default configuration, sized in every tier, and of the resource model's own example
 * configurations (their services use every kind of rule: sub-processes, minimum nodes, storage caps,
 * RAM models), put into words in French and Portuguese with no message missing and none of the
 * English rule's phrases left.
 */
const size = (users: number, constants = COMMCARE_SIZING) => calculateCommCareSizing(ZCommCareSizingInput.parse({ users }), constants);
const FIXTURES = path.join(process.cwd(), 'tests/fixtures/resource-model');
const ownConfigs = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ file: f, own: commcareConstantsForAssessment(fs.readFileSync(path.join(FIXTURES, f), 'utf8'), COMMCARE_CALCULATOR_SETTINGS, 'assessment', reasonSayer('en')) }))
  .filter((c) => c.own.ok);

const runs: { what: string; result: TCommCareSizingResult }[] = [
  ...[1_000, 2_000, 5_000, 20_000].map((users) => ({ what: `default configuration, ${users} users`, result: size(users) })),
  ...ownConfigs.map(({ file, own }) => ({ what: file, result: size(2_000, own.ok ? own.constants : COMMCARE_SIZING) })),
];

/** What a reader sees of each service: its name, its rule, its storage group, its citation's section, its note. */
const serviceTexts = (r: TCommCareSizingResult): TReason[] => [
  r.tier.name,
  ...r.services.flatMap((s) => [s.name, s.reason, reason('commcare.serviceSection', { name: s.name }), ...(s.storageGroupName ? [s.storageGroupName] : [])]),
  ...r.storageByGroup.map((g) => g.name),
];

/** Phrases of the English rules that must not show in another language (names of software are fine). */
const ENGLISH = ['per VM', 'Compute:', 'Storage:', 'regardless of load', 'one process per', 'packed into', 'extra VMs', 'doubled for', 'storage buffer', 'baseline', 'on every VM', 'bytes per', ' disks', 'Service “'];
/** And the default configuration's field names (a pasted configuration's own fields are its words: "person cases total"). */
const ENGLISH_FIELDS = [' per ', 'forms', 'cases', 'users', 'requests', 'workers'];

describe('the CommCare services in the reader’s language', () => {
  it('the example configurations are sized with the calculator (so their rules are checked here)', () => {
    expect(ownConfigs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(runs)('$what: every name and rule reads in English as the rule says', ({ what, result }) => {
    const en = reasonSayer('en');
    const pg = result.services.find((s) => s.id === 'pg_shards');
    if (pg && what.startsWith('default')) expect(en(pg.reason)).toMatch(/^Compute: 1 of the 2-core \/ 8 GB VMs regardless of load, no VM buffer; doubled for high availability\. Storage: 1,200 bytes per form stored \+ 1,800 bytes per case \+ /);
    for (const s of result.services) expect(en(s.name), s.id).toBe(s.label);
  });

  it.each(LOCALES.filter((l) => l !== 'en').flatMap((locale) => runs.map((run) => ({ locale, ...run }))))('$locale, $what: in words, no message missing, no English phrase', ({ locale, what, result }) => {
    const say = reasonSayer(locale);
    const phrases = what.startsWith('default') ? [...ENGLISH, ...ENGLISH_FIELDS] : ENGLISH;
    for (const r of serviceTexts(result)) {
      const text = say(r);
      expect(text, r.key).not.toMatch(/\bsizingReasons\.|\bcommcare\.[a-z]|[{}]|\[object/);
      const left = phrases.filter((phrase) => text.includes(phrase));
      expect(left, `${locale} ${r.key}: ${text}`).toEqual([]);
    }
  });

  it('French and Portuguese say the figures their way', () => {
    const r = size(2_000);
    const couch = r.services.find((s) => s.id === 'couchdb')!;
    expect(reasonSayer('fr')(couch.reason)).toBe(
      'Calcul : 2 VM de 2 cœurs et 4 Go, quelle que soit la charge, sans marge de VM. Stockage : 600 Ko par utilisateur + 50 Go de base, ×2 copies, + marge de stockage de 80\u00a0% (Disques SSD).',
    );
    const django = r.services.find((s) => s.id === 'django')!;
    expect(reasonSayer('pt')(django.reason)).toMatch(/^Computação: um processo por cada 0,5 pedidos por segundo \(processo web\); 1 núcleo e 0,7 GB de RAM por processo/);
  });
});
