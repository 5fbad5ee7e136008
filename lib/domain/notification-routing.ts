/**
 * Who hears of what. An event of the checkpoint workflow or of a discussion becomes one
 * notification per person who should act on it or asked to follow it, never the person who caused
 * it, and each person once. Pure: the caller passes the members and the thread's participants.
 *
 *   checkpoint submitted      → the organisation's reviewers (and administrators, who may review)
 *   approved / sent back      → the person who submitted it
 *   mention (@name)           → the members mentioned
 *   reply in a thread         → everyone who wrote in it before
 *   RFP issued                → every member of the organisation
 */
export type TNotificationEvent =
  | { kind: 'checkpoint.submitted'; actorId: string }
  | { kind: 'checkpoint.approved' | 'checkpoint.sent-back'; actorId: string; submittedById: string | null }
  | { kind: 'comment'; actorId: string; mentionedIds: string[]; participantIds: string[] }
  | { kind: 'rfp.issued'; actorId: string };

export type TNotificationKind = 'checkpoint.submitted' | 'checkpoint.approved' | 'checkpoint.sent-back' | 'mention' | 'reply' | 'rfp.issued';
/** The roles of lib/auth/permissions.ts (lib/domain imports nothing of the layers above it). */
type TRole = 'planner' | 'reviewer' | 'consultant' | 'admin';
export type TMember = { userId: string; role: TRole };
export type TRecipient = { userId: string; kind: TNotificationKind };

const REVIEWING_ROLES: readonly TRole[] = ['reviewer', 'admin'];

export function notificationRecipients(event: TNotificationEvent, members: readonly TMember[]): TRecipient[] {
  const isMember = new Set(members.map((m) => m.userId));
  const out = new Map<string, TNotificationKind>();
  const add = (userId: string | null | undefined, kind: TNotificationKind) => {
    if (!userId || userId === event.actorId || !isMember.has(userId) || out.has(userId)) return;
    out.set(userId, kind);
  };
  switch (event.kind) {
    case 'checkpoint.submitted':
      for (const m of members) if (REVIEWING_ROLES.includes(m.role)) add(m.userId, 'checkpoint.submitted');
      break;
    case 'checkpoint.approved':
    case 'checkpoint.sent-back':
      add(event.submittedById, event.kind);
      break;
    case 'comment':
      // A mention says more than "a reply": someone named you.
      for (const id of event.mentionedIds) add(id, 'mention');
      for (const id of event.participantIds) add(id, 'reply');
      break;
    case 'rfp.issued':
      for (const m of members) add(m.userId, 'rfp.issued');
      break;
  }
  return [...out].map(([userId, kind]) => ({ userId, kind }));
}

/** How a person wants mail: one per event, a daily digest, or none (the in-app inbox always). */
export type TMailPreference = 'each' | 'digest' | 'none';

/** Whether a notification is mailed now, kept for the digest, or only shown in the inbox. */
export function mailTiming(preference: TMailPreference, isSmtpConfigured: boolean): 'now' | 'digest' | 'never' {
  if (!isSmtpConfigured || preference === 'none') return 'never';
  return preference === 'each' ? 'now' : 'digest';
}

/** One `@name` of a comment resolved to a member: where it stands in the text and who it is. */
export type TMention = { start: number; end: number; userId: string };

/**
 * The `@name` mentions of a comment resolved to members: "@Aïcha" or "@Aïcha Ndiaye" (the longest
 * member name that follows the @ wins; a first name only when one member has it), ignoring case,
 * only members. `start`..`end` covers the @ and the name as written.
 */
export function findMentions(text: string, members: readonly { userId: string; name: string }[]): TMention[] {
  const found: TMention[] = [];
  const byLength = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  for (const match of text.matchAll(/(?:^|[^\p{L}\p{N}_])@(?=\p{L})/gu)) {
    const at = (match.index ?? 0) + match[0].length;
    const rest = text.slice(at);
    const startsWith = (name: string) => rest.toLocaleLowerCase().startsWith(name.toLocaleLowerCase()) && !/^[\p{L}\p{N}]/u.test(rest.slice(name.length));
    // A full name; else a first name that only one member has (an ambiguous one mentions nobody).
    const byFirstName = byLength.filter((m) => startsWith(m.name.split(/\s+/)[0]!));
    const member = byLength.find((m) => startsWith(m.name)) ?? (byFirstName.length === 1 ? byFirstName[0] : undefined);
    if (!member) continue;
    const length = startsWith(member.name) ? member.name.length : member.name.split(/\s+/)[0]!.length;
    found.push({ start: at - 1, end: at + length, userId: member.userId });
  }
  return found;
}

/** The members a comment mentions, each once. */
export function mentionedMembers(text: string, members: readonly { userId: string; name: string }[]): string[] {
  return [...new Set(findMentions(text, members).map((m) => m.userId))];
}
