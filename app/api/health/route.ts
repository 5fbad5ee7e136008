import { db } from '@/lib/db/prisma';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Liveness and database round trip. Public: reveals nothing but timing. */
export async function GET() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    const dbMs = Math.round((performance.now() - started) * 100) / 100;
    return Response.json({ status: 'ok', database: { reachable: true, roundTripMs: dbMs } }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return Response.json({ status: 'unavailable', database: { reachable: false } }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
