import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { currentSession } from '@/lib/auth/current-session';
import { signIn } from '@/lib/server/sign-in';
import { listAuditTrail } from '@/lib/server/assessments/audit-trail';
import { exportAssessment } from '@/lib/server/assessments/export-import';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { loadPhasePage } from '@/lib/server/assessments/load-phase-page';
import { buildCurrentReport, buildCurrentRfp, issuedRfpFile, listIssuedRfps } from '@/lib/server/documents/issue-rfp';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { loadDiscussions } from '@/lib/server/discussion/load-discussions';
import { DomainError } from '@/lib/server/errors';
import type { TActionResult } from '@/lib/app/action-result';
import { ACTION_MATRIX } from './action-matrix';
import { testDb, truncateAll } from './helpers';
import { withValue } from '../fixtures/with-value';
import { fingerprint, seedWorld, sessionFor, type TWorld } from './security-fixture';

vi.mock('@/lib/auth/current-session', () => ({ currentSession: vi.fn(), SESSION_COOKIE: 'hr_session' }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }), headers: async () => new Headers() }));
vi.mock('@/lib/db/prisma', async () => {
  const helpers = await import('./helpers');
  return { db: () => helpers.testDb() };
});

/** Hostile values put in place of each field of a valid input. `text`: legitimate as free text. */
const CORPUS: { label: string; value: unknown; text?: boolean; entryPointOnly?: boolean }[] = [
  { label: 'HTML/script', value: '<script>alert(1)</script>', text: true },
  { label: 'SQL', value: `'; DROP TABLE "Answer"; --`, text: true },
  { label: 'unicode, emoji and RTL', value: 'Ñandú 🏥 مرحبا שלום \u202Egnp.exe', text: true },
  { label: 'NaN as text', value: 'NaN', text: true },
  { label: 'a number as text', value: '12', text: true },
  // PostgreSQL cannot store these: authedAction and readJson refuse them before lib/server runs.
  { label: 'NUL character', value: 'a\u0000b', entryPointOnly: true },
  { label: 'lone surrogate', value: 'a\ud800b', entryPointOnly: true },
  { label: 'huge number', value: 1e308 },
  { label: 'beyond safe integers', value: 2 ** 53 + 2 },
  { label: 'negative number', value: -1 },
  { label: 'boolean', value: true },
  { label: 'null', value: null },
  { label: 'array', value: ['x'] },
  { label: 'object', value: { $gt: '' } },
  { label: 'oversized text (1.1 MB)', value: 'x'.repeat(1_100_000) },
  { label: 'unknown uuid', value: randomUUID(), text: true },
  { label: 'not a uuid', value: 'not-a-uuid', text: true },
  { label: 'uuid with SQL', value: `00000000-0000-4000-8000-000000000000' OR '1'='1`, text: true },
];

/** Whole bodies that are wrong from the start. */
const BODIES: { label: string; body: (valid: Record<string, unknown>) => unknown }[] = [
  { label: 'undefined', body: () => undefined },
  { label: 'null', body: () => null },
  { label: 'a string', body: () => 'hello' },
  { label: 'a number', body: () => 42 },
  { label: 'an array', body: (v) => [v] },
  { label: 'an empty object', body: () => ({}) },
  { label: 'an unknown extra field', body: (v) => ({ ...v, isAdmin: true }) },
  { label: '__proto__ smuggling', body: (v) => ({ ...JSON.parse('{"__proto__": {"role": "admin"}}'), ...v, ...JSON.parse('{"__proto__": {"organizationId": "x"}}') }) },
];

/** Fields (dotted paths) that hold free text, where a hostile-looking string is a legitimate value. */
const FREE_TEXT: Record<string, string[]> = {
  createAssessmentAction: ['name', 'country'],
  'checkpointAction (submit_not_applicable)': ['justification'],
  'checkpointAction (request_changes)': ['comment'],
  saveTeamAction: ['team.0.name'],
  saveRfpDetailsAction: ['details.clientName'],
  changePasswordAction: ['currentPassword', 'newPassword', 'confirmPassword'],
  createApiTokenAction: ['name'],
  saveMilestoneAction: ['name'],
  postCommentAction: ['body'],
};

function paths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const p = prefix ? `${prefix}.${key}` : key;
    return [p, ...paths(v, p)];
  });
}

/** A refusal a person can act on: a 4xx, a plain sentence, nothing about our internals. */
function expectClearRefusal(status: number, message: unknown, where: string) {
  expect(status, where).toBeGreaterThanOrEqual(400);
  expect(status, where).toBeLessThan(500);
  expect(typeof message, where).toBe('string');
  expect((message as string).length, where).toBeGreaterThan(5);
  expect(message, where).not.toMatch(/prisma|\bat \/|\n\s+at |invalid input syntax|violates|constraint|SQLSTATE|TypeError|undefined/i);
}

const rowName = (row: (typeof ACTION_MATRIX)[number]) => `${row.exportName}${row.variant ? ` (${row.variant})` : ''}`;

describe('bad input to every server action: a clear 4xx and an unchanged database', () => {
  let world: TWorld;
  beforeAll(async () => {
    await truncateAll();
    world = await seedWorld();
  });

  for (const row of ACTION_MATRIX) {
    it(rowName(row), async () => {
      // An admin of the assessment's organisation may do everything: any refusal is about the input.
      const admin = world.home.actors.admin;
      vi.mocked(currentSession).mockResolvedValue(sessionFor(admin));
      const valid = row.input(world) as Record<string, unknown>;
      const freeText = FREE_TEXT[rowName(row)] ?? [];
      const cases = [
        ...BODIES.map((b) => ({ label: `body: ${b.label}`, raw: b.body(valid), mayPass: false, entryPointOnly: false })),
        ...paths(valid).flatMap((path) =>
          CORPUS.map((c) => ({
            label: `${path} = ${c.label}`,
            raw: withValue(valid, path, c.value),
            mayPass: !!c.text && freeText.includes(path),
            entryPointOnly: !!c.entryPointOnly,
          })),
        ),
      ];
      let before = await fingerprint();
      for (const c of cases) {
        for (const via of ['action', 'lib/server'] as const) {
          if (via === 'lib/server' && c.entryPointOnly) continue;
          const where = `${rowName(row)} via ${via}: ${c.label}`;
          let result: TActionResult<unknown>;
          if (via === 'action') result = await row.action(c.raw);
          else {
            try {
              result = { ok: true, data: await row.direct(testDb(), admin, c.raw) };
            } catch (error) {
              if (!(error instanceof DomainError)) throw new Error(`${where}: ${String(error).slice(0, 300)}`);
              result = { ok: false, status: error.status, error: error.message };
            }
          }
          if (result.ok) {
            expect(c.mayPass, `${where} was accepted`).toBe(true);
            before = await fingerprint(); // a legitimate change: the new baseline
            continue;
          }
          expectClearRefusal(result.status, result.error, where);
          expect(await fingerprint(), `${where} changed the database`).toEqual(before);
        }
      }
    });
  }

  it('reads take unknown, malformed and SQL-looking ids as "not found"', async () => {
    const admin = world.home.actors.admin;
    const reads: [string, (id: string) => Promise<unknown>][] = [
      ['loadAssessmentPage', (id) => loadAssessmentPage(testDb(), admin, id)],
      ['loadPhasePage', (id) => loadPhasePage(testDb(), admin, id, 'commcare.p1')],
      ['loadOutputs', (id) => loadOutputs(testDb(), admin, id)],
      ['exportAssessment', (id) => exportAssessment(testDb(), admin, id)],
      ['listAuditTrail', (id) => listAuditTrail(testDb(), admin, id)],
      ['loadDiscussions', (id) => loadDiscussions(testDb(), admin, id)],
      ['buildCurrentRfp', (id) => buildCurrentRfp(testDb(), admin, id)],
      ['buildCurrentReport', (id) => buildCurrentReport(testDb(), admin, id)],
      ['listIssuedRfps', async (id) => ((await listIssuedRfps(testDb(), admin, id)).length ? 'listed' : Promise.reject(new DomainError('none', 404)))],
      ['issuedRfpFile (pdf)', (id) => issuedRfpFile(testDb(), admin, id, 1, 'pdf')],
      ['issuedRfpFile (docx)', (id) => issuedRfpFile(testDb(), admin, id, 1, 'docx')],
    ];
    for (const [name, read] of reads) {
      for (const id of [randomUUID(), 'not-a-uuid', `' OR '1'='1`, world.assessmentId.toUpperCase() + 'x', '']) {
        const error = await read(id).then(() => null, (e: unknown) => e);
        expect(error, `${name}(${id})`).toBeInstanceOf(DomainError);
        expect((error as DomainError).status, `${name}(${id})`).toBe(404);
      }
    }
    const huge = await issuedRfpFile(testDb(), admin, world.assessmentId, 1e308, 'pdf').then(() => null, (e: unknown) => e);
    expect((huge as DomainError).status).toBe(404);
  });

  it('signIn (the anonymous action)', async () => {
    // A well-formed but wrong sign-in is recorded in SignInAttempt on purpose (rate limits, audit).
    const exclude = ['SignInAttempt'];
    const valid = { email: world.home.actors.admin.email, password: 'not the password at all' };
    const cases = [
      ...BODIES.map((b) => ({ label: `body: ${b.label}`, raw: b.body(valid) })),
      ...paths(valid).flatMap((path) => CORPUS.map((c) => ({ label: `${path} = ${c.label}`, raw: withValue(valid, path, c.value) }))),
    ];
    const before = await fingerprint({ exclude });
    for (const c of cases) {
      const error = await signIn(testDb(), c.raw, { ip: `10.0.${Math.floor(Math.random() * 250)}.1` }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, c.label).toBeInstanceOf(DomainError);
      expectClearRefusal((error as DomainError).status, (error as DomainError).message, `signIn: ${c.label}`);
      expect(await fingerprint({ exclude }), c.label).toEqual(before);
    }
  });
});
