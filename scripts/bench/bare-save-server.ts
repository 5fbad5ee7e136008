/**
 * The physical floor of the save benchmark: a plain node:http server with a `pg` pool (10
 * connections, like the app's Prisma pool) doing the least a correct save needs, and nothing else
 * (no framework, no ORM, no zod, no gating rules):
 *
 *   1. the session, by the SHA-256 of its token, joined to the membership it was opened for;
 *   2. one statement with CTEs: the assessment scoped to the organisation, the answer's current
 *      row, the versioned UPDATE (0 rows when the version moved), the audit row and the touch of
 *      the assessment, the last two only when the update happened. Autocommit: one round trip.
 *
 * Env: DATABASE_URL, PORT.
 */
import { createHash } from 'node:crypto';
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
  const s = await pool.query(
    `SELECT s."userId", s."organizationId" FROM "Session" s JOIN "Membership" m ON m."userId" = s."userId" AND m."organizationId" = s."organizationId"
     WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()`,
    [createHash('sha256').update(token).digest('hex')],
  );
  return (s.rows[0] as { userId: string; organizationId: string } | undefined) ?? null;
}

const SAVE = `
WITH a AS (SELECT id FROM "Assessment" WHERE id = $1 AND "organizationId" = $2),
old AS (SELECT id, value, version FROM "Answer" WHERE "assessmentId" = (SELECT id FROM a) AND "questionId" = $3),
upd AS (
  UPDATE "Answer" SET value = $4::jsonb, version = version + 1, "updatedById" = $5, "updatedAt" = now()
  WHERE id = (SELECT id FROM old) AND version = $6 RETURNING version),
audit AS (
  INSERT INTO "AuditEvent" (id, "organizationId", "assessmentId", "actorId", action, subject, before, after, "createdAt")
  SELECT gen_random_uuid(), $2, $1, $5, 'answer.changed', $3, old.value, $4::jsonb, now() FROM old, upd),
touch AS (UPDATE "Assessment" SET "updatedAt" = now() WHERE id = (SELECT id FROM a) AND EXISTS (SELECT 1 FROM upd))
SELECT EXISTS (SELECT 1 FROM a) AS found, (SELECT version FROM old) AS current, (SELECT version FROM upd) AS version`;

async function save(actor: { userId: string; organizationId: string }, assessmentId: string, input: { questionId: string; value: unknown; expectedVersion: number }) {
  const { rows } = await pool.query(SAVE, [assessmentId, actor.organizationId, input.questionId, JSON.stringify(input.value), actor.userId, input.expectedVersion]);
  const row = rows[0] as { found: boolean; current: number | null; version: number | null };
  if (!row.found) throw Object.assign(new Error('That assessment was not found.'), { status: 404 });
  if (row.version === null) throw Object.assign(new Error('Version conflict.'), { status: 409, details: { currentVersion: row.current ?? 0 } });
  return { version: row.version, changed: true, reopened: [] };
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
