/**
 * Who may do what, as data. `can` fails closed: an unknown role or action is refused.
 * Organisation scoping is separate: every query also filters by the caller's organisation.
 */
export const ROLES = ['planner', 'reviewer', 'consultant', 'admin'] as const;
export type TRole = (typeof ROLES)[number];

export const PERMISSIONS = {
  'assessment.read': ['planner', 'reviewer', 'consultant', 'admin'],
  'assessment.create': ['planner', 'admin'],
  'assessment.upgrade': ['planner', 'admin'],
  'assessment.export': ['planner', 'reviewer', 'consultant', 'admin'],
  'assessment.import': ['planner', 'admin'],
  'answer.write': ['planner', 'admin'],
  'checkpoint.submit': ['planner', 'admin'],
  'checkpoint.review': ['reviewer', 'admin'],
  'review.queue': ['reviewer', 'admin'],
  'audit.read': ['planner', 'reviewer', 'consultant', 'admin'],
  'outputs.read': ['planner', 'reviewer', 'consultant', 'admin'],
  'outputs.edit': ['planner', 'consultant', 'admin'],
  'rfp.read': ['planner', 'reviewer', 'consultant', 'admin'],
  'rfp.edit': ['consultant', 'admin'],
  'rfp.issue': ['consultant', 'admin'],
  'member.list': ['admin'],
  'member.invite': ['admin'],
  'member.remove': ['admin'],
  'member.change-role': ['admin'],
  'invitation.revoke': ['admin'],
  /** A person's own account: password, sessions, leaving an organisation, accepting an invitation. */
  'account.manage': ['planner', 'reviewer', 'consultant', 'admin'],
} as const satisfies Record<string, readonly TRole[]>;

export type TAction = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as TAction[];

export function isRole(value: unknown): value is TRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, action: unknown): boolean {
  if (!isRole(role) || typeof action !== 'string') return false;
  if (!Object.prototype.hasOwnProperty.call(PERMISSIONS, action)) return false;
  return (PERMISSIONS[action as TAction] as readonly TRole[]).includes(role);
}

export const ROLE_LABELS: Record<TRole, string> = {
  planner: 'Planner',
  reviewer: 'Reviewer',
  consultant: 'Consultant',
  admin: 'Administrator',
};

/** What a change of role takes away: the actions `from` may do and `to` may not. */
export function rightsLost(from: TRole, to: TRole): TAction[] {
  return (Object.keys(PERMISSIONS) as TAction[]).filter((action) => can(from, action) && !can(to, action));
}
