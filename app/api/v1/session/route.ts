import { authedRoute } from '@/lib/app/route-handler';

export const runtime = 'nodejs';

/**
 * Who is asking: the signed-in user, organisation and role, or 401. It does nothing else, which
 * makes it the bench's framework floor (Next, proxy.ts and the session, before any save logic).
 */
export const GET = authedRoute('account.manage', async ({ session }) =>
  Response.json({ userId: session.actor.userId, organizationId: session.actor.organizationId, role: session.actor.role }, { headers: { 'cache-control': 'no-store' } }),
);
