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
  /** Archive an assessment (it leaves the lists and the review queue) and restore it. */
  'assessment.archive': ['admin'],
  /** Delete an assessment and all its data for good (a typed confirmation); the organisation's audit keeps a record. */
  'assessment.delete': ['admin'],
  'answer.write': ['planner', 'admin'],
  'checkpoint.submit': ['planner', 'admin'],
  'checkpoint.review': ['reviewer', 'admin'],
  /** Attach evidence files to checkpoints and remove them; reading them is 'assessment.read'. */
  'evidence.write': ['planner', 'admin'],
  'review.queue': ['reviewer', 'admin'],
  /** Write in the discussion of a checkpoint or question: comment, reply, resolve and reopen. */
  'discussion.write': ['planner', 'reviewer', 'consultant', 'admin'],
  /** One's own inbox: mark notifications read. */
  'notification.manage': ['planner', 'reviewer', 'consultant', 'admin'],
  'audit.read': ['planner', 'reviewer', 'consultant', 'admin'],
  /** The organisation's whole audit trail: every assessment's events, members, invitations, deletions. */
  'organization-audit.read': ['admin'],
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
  /** A person's own account: password, sessions, API tokens, leaving an organisation, accepting an invitation. */
  'account.manage': ['planner', 'reviewer', 'consultant', 'admin'],
  /** The organisation's own questionnaire templates: upload, edit as a new version, copy a built-in one. */
  'template.manage': ['admin'],
  /** Every member's API tokens in the organisation: list and revoke. */
  'token.manage-organization': ['admin'],
  /** Freeze the assessment as a named milestone; reading and comparing milestones is 'assessment.read'. */
  'milestone.save': ['planner', 'consultant', 'admin'],
  /** Every assessment of every organisation the person belongs to, at a glance. */
  'portfolio.read': ['consultant', 'admin'],
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

/**
 * What an API token may do, on top of its owner's role: a token never has more rights than the
 * person, and only those of its scopes.
 */
export const TOKEN_SCOPES = {
  read: ['assessment.read', 'assessment.export', 'audit.read', 'review.queue'],
  answers: ['answer.write'],
  outputs: ['outputs.read', 'rfp.read'],
} as const satisfies Record<string, readonly TAction[]>;
export type TTokenScope = keyof typeof TOKEN_SCOPES;
export const TOKEN_SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as TTokenScope[];
export const TOKEN_SCOPE_LABELS: Record<TTokenScope, string> = {
  read: 'Read assessments, their status and the review queue',
  answers: 'Write answers',
  outputs: 'Read outputs: sizing, skills gap, budget and documents',
};

export function scopesAllow(scopes: readonly string[], action: TAction): boolean {
  return scopes.some((scope) => Object.prototype.hasOwnProperty.call(TOKEN_SCOPES, scope) && (TOKEN_SCOPES[scope as TTokenScope] as readonly TAction[]).includes(action));
}

/** What a change of role takes away: the actions `from` may do and `to` may not. */
export function rightsLost(from: TRole, to: TRole): TAction[] {
  return (Object.keys(PERMISSIONS) as TAction[]).filter((action) => can(from, action) && !can(to, action));
}
