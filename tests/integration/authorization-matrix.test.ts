import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIONS, PERMISSIONS, ROLES, can, type TRole } from '@/lib/auth/permissions';
import { currentSession } from '@/lib/auth/current-session';
import { switchOrganization } from '@/lib/server/sessions';
import { DomainError } from '@/lib/server/errors';
import { switchOrganizationAction } from '@/app/(app)/actions';
import { ACTION_MATRIX, OUTPUTS, SESSION_ACTIONS, type TOutcome, type TRow } from './action-matrix';
import { copyData, restoreData } from './data-copy';
import { testDb, truncateAll } from './helpers';
import { exportedActions, fingerprint, seedWorld, serverActionFiles, sessionFor, type TWorld } from './security-fixture';

// The actions run for real, through authedAction, with the session resolved for the actor of the
// cell; only the request-bound parts of Next (cookies, cache revalidation) are stood in for.
vi.mock('@/lib/auth/current-session', () => ({ currentSession: vi.fn(), SESSION_COOKIE: 'hr_session' }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }), headers: async () => new Headers() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));
vi.mock('@/lib/db/prisma', async () => {
  const helpers = await import('./helpers');
  return { db: () => helpers.testDb() };
});

type TCaller = { label: string; org: 'home' | 'other' | null; role: TRole | null };
const CALLERS: TCaller[] = [
  ...ROLES.map((role) => ({ label: role, org: 'home' as const, role })),
  ...ROLES.map((role) => ({ label: `${role} of another organisation`, org: 'other' as const, role })),
  { label: 'anonymous', org: null, role: null },
];

function expected(row: TRow, caller: TCaller): TOutcome {
  if (!caller.role) return 401;
  const permission = row.effective ?? row.permission;
  if (!can(caller.role, permission)) return 403;
  if (caller.org === 'other' && row.scope !== 'organization') return 404;
  return row.allowed;
}

async function outcomeOf(promise: Promise<unknown>): Promise<TOutcome> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.status as TOutcome;
    throw error;
  }
}

const rowName = (row: TRow) => `${row.exportName}${row.variant ? ` (${row.variant})` : ''}`;

/**
 * The world the cells act on. Seeding it is most of a cell's cost, so it is reused while no call has
 * written to it: a refused call is proven to leave the whole database as it was (the fingerprint
 * covers every row of every table), and only then is the world given back for the next cell. After
 * an allowed call, or a failed check, the world is put back from a copy of its rows taken when it was
 * first seeded (data-copy.ts): the same rows, ids and all, proven by the whole database's fingerprint
 * being again the one it had just after seeding.
 */
const SEEDED_COPY = 'seeded_world';
let seeded: { world: TWorld; fingerprint: Record<string, string> } | null = null;
let spare: TWorld | null = null;
async function takeWorld(): Promise<TWorld> {
  if (!spare) {
    if (!seeded) {
      await truncateAll();
      const world = await seedWorld();
      await copyData(SEEDED_COPY);
      seeded = { world, fingerprint: await fingerprint() };
    } else {
      await restoreData(SEEDED_COPY);
      expect(await fingerprint(), 'the world put back from its copy is the world as seeded').toEqual(seeded.fingerprint);
    }
    spare = seeded.world;
  }
  const world = spare;
  spare = null;
  return world;
}

describe('authorization matrix: every server action × every role × another organisation', () => {
  beforeAll(() => {
    seeded = null;
    spare = null;
  });

  for (const row of ACTION_MATRIX) {
    describe(rowName(row), () => {
      for (const caller of CALLERS) {
        const want = expected(row, caller);
        it(`${caller.label} → ${want}`, async () => {
          for (const path of ['action', 'lib/server'] as const) {
            if (path === 'lib/server' && !caller.role) continue; // lib/server takes an actor; "no session" is the wrapper's job
            const world = await takeWorld(); // a pair of organisations no call has written to
            const actor = caller.org && caller.role ? (caller.org === 'home' ? world.home : world.other).actors[caller.role] : null;
            vi.mocked(currentSession).mockResolvedValue(actor ? sessionFor(actor) : null);
            const input = row.input(world);
            const before = await fingerprint();
            const homeBefore = await fingerprint({ organizationId: world.home.organization.id });

            let got: TOutcome;
            if (path === 'action') {
              const result = await row.action(input);
              expect(result.ok || result.status !== 500, `${path}: ${JSON.stringify(result)}`).toBe(true);
              got = result.ok ? 'ok' : (result.status as TOutcome);
            } else {
              got = await outcomeOf(row.direct(testDb(), actor!, input));
            }
            expect(got, `${rowName(row)} as ${caller.label} via ${path}`).toBe(want);

            if (want !== 'ok') expect(await fingerprint(), 'a refused call writes nothing').toEqual(before);
            if (caller.org === 'other') expect(await fingerprint({ organizationId: world.home.organization.id }), 'another organisation’s call leaves this one untouched').toEqual(homeBefore);
            if (want !== 'ok') spare = world; // proven untouched
          }
        });
      }
    });
  }
});

describe('the matrix lists every server action', () => {
  const files = serverActionFiles();

  it('finds the action files (not only those named actions.ts)', () => {
    expect(files).toContain(OUTPUTS);
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('has a row for every exported action and no row for an action that does not exist', () => {
    const inFiles = files.flatMap((file) => exportedActions(file).map((a) => `${file}#${a.name}`)).sort();
    const inTable = [...new Set([...ACTION_MATRIX, ...SESSION_ACTIONS].map((r) => `${r.file}#${r.exportName}`))].sort();
    expect(inFiles).toEqual(inTable);
  });

  it('records each action’s permission, schema and lib/server function as the file has them', () => {
    for (const file of files) {
      for (const found of exportedActions(file)) {
        const rows = ACTION_MATRIX.filter((r) => r.file === file && r.exportName === found.name);
        if (!rows.length) {
          // Only the session actions may skip authedAction.
          expect(SESSION_ACTIONS.some((s) => s.file === file && s.exportName === found.name), `${file}#${found.name} is not wrapped in authedAction`).toBe(true);
          continue;
        }
        for (const row of rows) {
          expect({ permission: found.permission, schema: found.schema, calls: found.calls }, `${file}#${found.name}`).toEqual({ permission: row.permission, schema: row.schema, calls: [row.server] });
          expect(row.direct.name).toBe(row.server);
        }
      }
    }
  });

  it('exercises every permission that guards an action', () => {
    const used = new Set(ACTION_MATRIX.map((r) => r.effective ?? r.permission));
    // Route-only permissions (import, answers, evidence files) are walked by api-matrix.spec.ts instead.
    const writes = ACTIONS.filter((a) => !/\.(read|list|queue|export)$/.test(a) && a !== 'assessment.import' && a !== 'answer.write' && a !== 'evidence.write');
    for (const permission of writes) expect(used, `no action exercises ${permission}`).toContain(permission);
    for (const permission of used) expect(PERMISSIONS).toHaveProperty([permission]);
  });
});

describe('switching organisation', () => {
  beforeEach(truncateAll);

  it('moves a session only to an organisation the user belongs to', async () => {
    const world = await seedWorld();
    const planner = world.home.actors.planner;
    const session = await testDb().session.create({
      data: { tokenHash: `h-${Math.random().toString(36).slice(2)}`, userId: planner.userId, organizationId: planner.organizationId, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const refusal = await outcomeOf(switchOrganization(testDb(), session.id, planner.userId, world.other.organization.id));
    expect(refusal).toBe(404);
    expect((await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).organizationId).toBe(planner.organizationId);

    // Through the action, a forged organisation id leaves the session where it was, without an error page.
    vi.mocked(currentSession).mockResolvedValue({ ...sessionFor(planner), sessionId: session.id });
    for (const organizationId of [world.other.organization.id, 'not-a-uuid', "x'; DROP TABLE \"Session\"; --"]) {
      const form = new FormData();
      form.set('organizationId', organizationId);
      await expect(switchOrganizationAction(form)).rejects.toThrow('REDIRECT /');
    }
    expect((await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).organizationId).toBe(planner.organizationId);

    // From the portfolio: to an organisation of theirs and then to one of its assessments, never elsewhere.
    const otherAssessment = { id: '6f1c2d3e-4a5b-4c6d-8e7f-001122334455' };
    await testDb().membership.create({ data: { userId: planner.userId, organizationId: world.other.organization.id, role: 'consultant' } });
    const go = (organizationId: string, next: string) => {
      const form = new FormData();
      form.set('organizationId', organizationId);
      form.set('next', next);
      return switchOrganizationAction(form);
    };
    for (const next of ['https://evil.example/', '//evil.example', '/assessments/../members', `/assessments/${otherAssessment.id}/phases/x?y=1`, 'javascript:alert(1)']) {
      await expect(go(world.other.organization.id, next), next).rejects.toThrow(/^REDIRECT \/$/);
    }
    await expect(go(world.other.organization.id, `/assessments/${otherAssessment.id}/phases/commcare.p1`)).rejects.toThrow(new RegExp(`^REDIRECT /assessments/${otherAssessment.id}/phases/commcare\\.p1$`));
    expect((await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).organizationId).toBe(world.other.organization.id);

    // Anonymous callers are sent to sign in.
    vi.mocked(currentSession).mockResolvedValue(null);
    await expect(switchOrganizationAction(new FormData())).rejects.toThrow('REDIRECT /sign-in');
  });
});
