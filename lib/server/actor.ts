import { can, type TAction, type TRole } from '@/lib/auth/permissions';
import { ForbiddenError } from './errors';

/** Who is asking: resolved from the session before anything else happens. */
export interface TActor {
  userId: string;
  organizationId: string;
  role: TRole;
}

export function requirePermission(actor: TActor, action: TAction): void {
  if (!can(actor.role, action)) throw new ForbiddenError();
}
