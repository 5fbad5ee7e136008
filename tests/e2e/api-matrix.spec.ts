import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { can, type TAction } from '../../lib/auth/permissions';
import { CALLERS, apiRoutes, apiSessions, type TCaller } from './api-sessions';
import { dbFingerprint } from './db-fingerprint';
import { ZTemplate } from '../../lib/content/template-schema';
import { copyTemplateAs } from '../../lib/domain/template-copy';

const OPENMRS = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/openmrs-template.json'), 'utf8'));
import { pdfBytes } from '../fixtures/evidence-files';

/**
 * Every API route × every caller: the four demo roles, nobody, and an administrator of another
 * organisation. Expected statuses follow lib/auth/permissions.ts: no session 401, a role without
 * the permission 403, another organisation's assessment 404. A route file or method that is not
 * listed here fails the first test.
 */
type TCtx = {
  planner: APIRequestContext;
  demoId: string;
  copyId: string;
  exportBody: Record<string, unknown>;
  answerVersion: (questionId: string) => Promise<number>;
  /** A new evidence file on the copy, attached by the planner: its download path. */
  newEvidence: () => Promise<string>;
};
type TMultipart = Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
type TRouteRow = {
  route: string;
  /** Tells apart two rows of one route (another kind of body). */
  variant?: string;
  /** authedRoute's permission in the file, or null for a public route. */
  permission: TAction | null;
  /** 'assessment': another organisation's caller gets 404; 'organization': they act on their own. */
  scope: 'assessment' | 'organization' | 'public';
  ok: number;
  request: (ctx: TCtx, caller: TCaller) => Promise<{ path: string; data?: unknown; multipart?: TMultipart }>;
  /** What a successful response must look like. */
  check?: (response: APIResponse, ctx: TCtx, caller: TCaller) => Promise<void>;
};

const QUESTION = 'commcare.p1.s1-2.mobile-users';
const EVIDENCE_CHECKPOINT = 'commcare.p1.s1-1.cp-architecture';
const evidenceForm = (name: string): TMultipart => ({ checkpointId: EVIDENCE_CHECKPOINT, file: { name, mimeType: 'application/pdf', buffer: pdfBytes(`Evidence ${name}`) } });
let users = 2500;

const ROUTES: TRouteRow[] = [
  {
    route: 'GET /api/health', permission: null, scope: 'public', ok: 200,
    request: async () => ({ path: '/api/health' }),
    check: async (r) => expect((await r.json()).status).toBe('ok'),
  },
  {
    route: 'GET /api/v1/openapi.json', permission: null, scope: 'public', ok: 200,
    request: async () => ({ path: '/api/v1/openapi.json' }),
    check: async (r) => expect((await r.json()).openapi).toBe('3.1.0'),
  },
  {
    route: 'POST /api/v1/sizing', permission: null, scope: 'public', ok: 200,
    request: async () => ({ path: '/api/v1/sizing', data: { platform: 'commcare', users: 2500 } }),
    check: async (r) => expect((await r.json()).platform).toBe('commcare'),
  },
  {
    route: 'POST /api/v1/sizing', variant: 'a commcare-resource-model configuration', permission: null, scope: 'public', ok: 200,
    request: async () => ({ path: '/api/v1/sizing', data: { platform: 'commcare', resourceModelConfig: fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/resource-model/bka-test.yml'), 'utf8') } }),
    check: async (r) => {
      const body = await r.json();
      expect(body.summaries.map((s: { date: string }) => s.date)).toEqual(['2024-08']);
      expect(body.summaries[0].services.find((s: { id: string }) => s.id === 'pg_shards')).toMatchObject({ vms: 2, cores: 4, ramGb: 16 });
      expect(Object.keys(body.summaries[0].storageByGroupTb)).toContain('VM_os');
    },
  },
  {
    route: 'GET /api/v1/session', permission: 'account.manage', scope: 'organization', ok: 200,
    request: async () => ({ path: '/api/v1/session' }),
    check: async (r, _c, caller) => expect((await r.json()).role).toBe(ROLE_OF[caller]),
  },
  {
    route: 'GET /api/v1/assessments', permission: 'assessment.read', scope: 'organization', ok: 200,
    request: async () => ({ path: '/api/v1/assessments' }),
    check: async (r, c, caller) => {
      const ids = ((await r.json()).assessments as { id: string }[]).map((a) => a.id);
      expect(ids.includes(c.demoId), caller).toBe(caller !== 'other organisation');
    },
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]', permission: 'assessment.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}` }),
    check: async (r, c) => {
      const body = await r.json();
      expect(body.id).toBe(c.demoId);
      expect(body.tracks[0].phases[0].checkpoints.length).toBeGreaterThan(0);
    },
  },
  {
    route: 'GET /api/v1/review-queue', permission: 'review.queue', scope: 'organization', ok: 200,
    request: async () => ({ path: '/api/v1/review-queue' }),
    check: async (r, c, caller) => {
      const items = (await r.json()).items as { assessmentId: string }[];
      if (caller === 'other organisation') expect(items.some((i) => i.assessmentId === c.demoId)).toBe(false);
    },
  },
  {
    route: 'GET /api/v1/templates/schema.json', permission: null, scope: 'public', ok: 200,
    request: async () => ({ path: '/api/v1/templates/schema.json' }),
    check: async (r) => expect((await r.json()).properties.phases.type).toBe('array'),
  },
  {
    // A new key each time, so each allowed caller saves a version of their own organisation's questionnaire.
    route: 'POST /api/v1/templates', permission: 'template.manage', scope: 'organization', ok: 201,
    request: async () => {
      const key = `matrix${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
      return { path: '/api/v1/templates', data: copyTemplateAs(ZTemplate.parse(OPENMRS), key, `Matrix questionnaire ${key}`) };
    },
    check: async (r) => expect((await r.json())).toMatchObject({ version: 1, created: true }),
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/report', permission: 'outputs.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/report` }),
    check: async (r, c) => expect((await r.json()).assessment.id).toBe(c.demoId),
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/report/[file]', permission: 'outputs.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/report/sizing.csv` }),
    check: async (r) => expect(r.headers()['content-type']).toContain('text/csv'),
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/sizing-config', permission: 'outputs.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/sizing-config` }),
    check: async (r) => {
      expect(r.headers()['content-type']).toContain('application/yaml');
      expect(await r.text()).toContain('services:');
    },
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/report.pdf', permission: 'outputs.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/report.pdf` }),
    check: async (r) => expect((await r.body()).subarray(0, 5).toString()).toBe('%PDF-'),
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/milestones/compare.pdf', permission: 'assessment.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/milestones/compare.pdf?from=now&to=now` }),
    check: async (r) => {
      expect(r.headers()['content-disposition']).toMatch(/^attachment; filename="/);
      expect((await r.body()).subarray(0, 5).toString()).toBe('%PDF-');
    },
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/rfp/[file]', permission: 'rfp.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/rfp/draft.docx` }),
    check: async (r) => expect((await r.body()).subarray(0, 2).toString()).toBe('PK'),
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/export', permission: 'assessment.export', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.demoId}/export` }),
    check: async (r) => expect((await r.json()).format).toBeTruthy(),
  },
  {
    // On a copy of the demo assessment, so the demo itself stays as seeded.
    route: 'PUT /api/v1/assessments/[assessmentId]/answers', permission: 'answer.write', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: `/api/v1/assessments/${c.copyId}/answers`, data: { questionId: QUESTION, value: ++users, expectedVersion: await c.answerVersion(QUESTION) } }),
    check: async (r) => expect((await r.json()).changed).toBe(true),
  },
  {
    // On the copy, so the demo's evidence stays as seeded.
    route: 'POST /api/v1/assessments/[assessmentId]/evidence', permission: 'evidence.write', scope: 'assessment', ok: 201,
    request: async (c, caller) => ({ path: `/api/v1/assessments/${c.copyId}/evidence`, multipart: evidenceForm(`network-${caller}.pdf`) }),
    check: async (r, _c, caller) => expect(await r.json()).toMatchObject({ fileName: `network-${caller}.pdf`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
  },
  {
    route: 'GET /api/v1/assessments/[assessmentId]/evidence/[fileId]', permission: 'assessment.read', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: await c.newEvidence() }),
    check: async (r) => {
      expect(r.headers()['content-type']).toBe('application/pdf');
      expect(r.headers()['content-disposition']).toMatch(/^attachment; filename="/);
      expect(r.headers()['x-content-type-options']).toBe('nosniff');
      expect((await r.body()).subarray(0, 5).toString()).toBe('%PDF-');
    },
  },
  {
    route: 'DELETE /api/v1/assessments/[assessmentId]/evidence/[fileId]', permission: 'evidence.write', scope: 'assessment', ok: 200,
    request: async (c) => ({ path: await c.newEvidence() }),
    check: async (r) => expect((await r.json()).fileName).toMatch(/\.pdf$/),
  },
  {
    route: 'POST /api/v1/assessments/import', permission: 'assessment.import', scope: 'organization', ok: 201,
    request: async (c) => ({ path: '/api/v1/assessments/import', data: c.exportBody }),
    check: async (r, c, caller) => {
      const { id } = await r.json();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // Imported by another organisation's admin: it is theirs, not the demo organisation's.
      if (caller === 'other organisation') expect((await c.planner.get(`/api/v1/assessments/${id}/report`)).status()).toBe(404);
    },
  },
];

const ROLE_OF: Record<TCaller, 'planner' | 'reviewer' | 'consultant' | 'admin' | null> = {
  anonymous: null, planner: 'planner', reviewer: 'reviewer', consultant: 'consultant', admin: 'admin', 'other organisation': 'admin',
};

function expectedStatus(row: TRouteRow, caller: TCaller): number {
  if (row.scope === 'public') return row.ok;
  const role = ROLE_OF[caller];
  if (!role) return 401;
  if (!can(role, row.permission)) return 403;
  if (caller === 'other organisation' && row.scope === 'assessment') return 404;
  return row.ok;
}

// A fresh connection per request: a kept-alive socket the server closes after its 5 s idle
// timeout, just as a slow PDF elsewhere finishes, surfaces as a spurious ECONNRESET.
const FRESH_CONNECTION = { connection: 'close' };

function send(context: APIRequestContext, method: string, url: string, data?: unknown, headers: Record<string, string> = {}, multipart?: TMultipart) {
  return context.fetch(url, { method, ...(data === undefined ? {} : { data }), ...(multipart ? { multipart } : {}), headers: { ...FRESH_CONNECTION, ...headers }, maxRedirects: 0 });
}

test.describe.configure({ mode: 'serial' });

let sessions: Awaited<ReturnType<typeof apiSessions>>;
let ctx: TCtx;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  sessions = await apiSessions(browser, String(testInfo.project.use.baseURL));
  const { planner, admin } = sessions.contexts;
  const demoId = sessions.demoAssessmentId;
  const exportBody = await (await planner.get(`/api/v1/assessments/${demoId}/export`)).json();
  const copy = await planner.post('/api/v1/assessments/import', { data: exportBody });
  expect(copy.status(), await copy.text()).toBe(201);
  const copyId = (await copy.json()).id as string;
  const answerVersion = async (questionId: string) => {
    const current = await (await admin.get(`/api/v1/assessments/${copyId}/export`)).json();
    return (current.answers as { questionId: string; version: number }[]).find((a) => a.questionId === questionId)?.version ?? 0;
  };
  let n = 0;
  const newEvidence = async () => {
    const added = await planner.post(`/api/v1/assessments/${copyId}/evidence`, { multipart: evidenceForm(`fixture-${++n}.pdf`), headers: FRESH_CONNECTION });
    expect(added.status(), await added.text()).toBe(201);
    return `/api/v1/assessments/${copyId}/evidence/${(await added.json()).fileId}`;
  };
  ctx = { demoId, copyId, exportBody, answerVersion, planner, newEvidence };
});

test.afterAll(async () => {
  await sessions?.close();
});

test('every API route file and method is in the matrix, with the permission its file checks', () => {
  expect(apiRoutes()).toEqual([...new Set(ROUTES.map((r) => r.route))].sort());
  for (const row of ROUTES) {
    const [method, template] = row.route.split(' ');
    const source = fs.readFileSync(path.join(process.cwd(), 'app', `${template}/route.ts`), 'utf8');
    // The permission of this method's handler (a file may export several).
    const permission = new RegExp(`export\\s+const\\s+${method}\\s*=\\s*authedRoute(?:<.*?>)?\\(\\s*'([^']+)'`).exec(source)?.[1] ?? null;
    expect(permission, row.route).toBe(row.permission);
  }
});

for (const row of ROUTES) {
  test(`${row.route}${row.variant ? ` (${row.variant})` : ''}: ${CALLERS.map((c) => `${c} ${expectedStatus(row, c)}`).join(', ')}`, async () => {
    test.setTimeout(180_000);
    const [method] = row.route.split(' ');
    for (const caller of CALLERS) {
      const want = expectedStatus(row, caller);
      const { path: url, data, multipart } = await row.request(ctx, caller);
      const before = want >= 400 ? await dbFingerprint() : null;
      const response = await send(sessions.contexts[caller], method, url, data, {}, multipart);
      const where = `${row.route} as ${caller}`;
      expect(response.status(), `${where}: ${(await response.text()).slice(0, 300)}`).toBe(want);
      if (want >= 400) {
        const body = await response.json();
        expect(typeof body.error, where).toBe('string');
        expect(await dbFingerprint(), `${where} changed the database`).toEqual(before);
      } else {
        expect(response.headers()['cache-control'], where).toContain('no-store');
        await row.check?.(response, ctx, caller);
      }
    }
  });
}

test('state-changing routes refuse cross-site requests, whatever the role', async () => {
  for (const row of ROUTES.filter((r) => r.scope !== 'public' && !r.route.startsWith('GET '))) {
    const [method] = row.route.split(' ');
    const { path: url, data, multipart } = await row.request(ctx, 'admin');
    const before = await dbFingerprint();
    const response = await send(sessions.contexts.admin, method, url, data, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, multipart);
    expect(response.status(), row.route).toBe(403);
    expect((await response.json()).error).toBe('Cross-site requests are refused.');
    expect(await dbFingerprint()).toEqual(before);
  }
});
