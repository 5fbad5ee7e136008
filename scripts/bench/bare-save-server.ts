/**
 * The floor for the save benchmark: a plain node:http server with a `pg` pool (10 connections, like
 * the app's Prisma pool) that executes the same SQL statements the app issues for
 * PUT /api/v1/assessments/{id}/answers (copied from Prisma's query log), and nothing else: no
 * framework, no ORM, no zod, no gating rules.
 *
 *   session:      SELECT Session by token hash; User; Membership; Organization
 *   transaction:  BEGIN; SELECT Assessment (scoped to the organisation); AssessmentTemplate;
 *                 TemplateVersion (with its definition); Answer (all of the assessment);
 *                 CheckpointState (all); UPDATE Answer ... WHERE id AND version (expect 1 row);
 *                 INSERT AuditEvent; UPDATE Assessment.updatedAt; COMMIT
 *
 * Env: DATABASE_URL, PORT.
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const COOKIE = /(?:^|;\s*)hr_session=([^;]+)/;
const ROUTE = /^\/api\/v1\/assessments\/([0-9a-f-]{36})\/answers$/;

const send = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function session(token: string) {
  const s = await pool.query('SELECT "id", "tokenHash", "userId", "organizationId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt" FROM "Session" WHERE "tokenHash" = $1 LIMIT 1', [
    createHash('sha256').update(token).digest('hex'),
  ]);
  const row = s.rows[0];
  if (!row || row.revokedAt || row.expiresAt <= new Date()) return null;
  await pool.query('SELECT "id", "email", "name", "passwordHash", "createdAt", "updatedAt" FROM "User" WHERE "id" = $1', [row.userId]);
  const m = await pool.query('SELECT "id", "userId", "organizationId", "role"::text, "createdAt" FROM "Membership" WHERE "userId" = ANY($1) ORDER BY "createdAt" ASC', [[row.userId]]);
  await pool.query('SELECT "id", "name", "kind"::text, "createdAt" FROM "Organization" WHERE "id" = ANY($1)', [m.rows.map((r) => r.organizationId)]);
  const membership = m.rows.find((r) => r.organizationId === row.organizationId);
  return membership ? { userId: row.userId as string, organizationId: row.organizationId as string } : null;
}

async function save(actor: { userId: string; organizationId: string }, assessmentId: string, input: { questionId: string; value: unknown; expectedVersion: number }) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const a = await client.query('SELECT "id", "organizationId", "name", "country", "createdById", "createdAt", "updatedAt" FROM "Assessment" WHERE "id" = $1 AND "organizationId" = $2 LIMIT 1', [
      assessmentId,
      actor.organizationId,
    ]);
    if (!a.rows[0]) throw Object.assign(new Error('That assessment was not found.'), { status: 404 });
    const t = await client.query('SELECT "id", "assessmentId", "templateVersionId", "platform" FROM "AssessmentTemplate" WHERE "assessmentId" = ANY($1) ORDER BY "platform" ASC', [[assessmentId]]);
    await client.query('SELECT "id", "templateKey", "version", "platform", "title", "contentHash", "definition", "createdAt" FROM "TemplateVersion" WHERE "id" = ANY($1)', [t.rows.map((r) => r.templateVersionId)]);
    const answers = await client.query('SELECT "id", "assessmentId", "questionId", "value", "version", "updatedById", "updatedAt" FROM "Answer" WHERE "assessmentId" = $1', [assessmentId]);
    await client.query(
      'SELECT "id", "assessmentId", "checkpointId", "status"::text, "notApplicable", "justification", "submittedById", "submittedAt", "reviewedById", "reviewedAt", "comment", "reopenReason", "version" FROM "CheckpointState" WHERE "assessmentId" = $1',
      [assessmentId],
    );
    const current = answers.rows.find((r) => r.questionId === input.questionId);
    const currentVersion: number = current?.version ?? 0;
    if (!current || currentVersion !== input.expectedVersion) throw Object.assign(new Error('Version conflict.'), { status: 409, details: { currentVersion } });
    const now = new Date();
    const updated = await client.query('UPDATE "Answer" SET "value" = $1, "version" = $2, "updatedById" = $3, "updatedAt" = $4 WHERE "id" = $5 AND "version" = $6', [
      JSON.stringify(input.value),
      currentVersion + 1,
      actor.userId,
      now,
      current.id,
      currentVersion,
    ]);
    if (updated.rowCount !== 1) throw Object.assign(new Error('Version conflict.'), { status: 409, details: { currentVersion } });
    await client.query(
      'INSERT INTO "AuditEvent" ("id", "organizationId", "assessmentId", "actorId", "action", "subject", "before", "after", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *',
      [randomUUID(), actor.organizationId, assessmentId, actor.userId, 'answer.changed', input.questionId, JSON.stringify(current.value), JSON.stringify(input.value), now],
    );
    await client.query('UPDATE "Assessment" SET "updatedAt" = $1 WHERE "id" = $2 RETURNING *', [now, assessmentId]);
    await client.query('COMMIT');
    return { version: currentVersion + 1, changed: true, reopened: [] };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

const server = http.createServer((req, res) => {
  if (req.url === '/health') return send(res, 200, { status: 'ok' });
  const match = req.method === 'PUT' && req.url ? ROUTE.exec(req.url) : null;
  if (!match) return send(res, 404, { error: 'Not found.' });
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const token = COOKIE.exec(req.headers.cookie ?? '')?.[1];
      const actor = token ? await session(token) : null;
      if (!actor) return send(res, 401, { error: 'Sign in first.' });
      const result = await save(actor, match[1], JSON.parse(Buffer.concat(chunks).toString('utf8')));
      send(res, 200, result);
    })().catch((error: { status?: number; message?: string; details?: unknown }) => send(res, error.status ?? 500, { error: error.message, details: error.details }));
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => void pool.end().then(() => process.exit(0))));
