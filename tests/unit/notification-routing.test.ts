import { describe, expect, it } from 'vitest';
import { mailTiming, mentionedMembers, notificationRecipients, type TMember, type TNotificationEvent } from '@/lib/domain/notification-routing';

const MEMBERS: TMember[] = [
  { userId: 'planner', role: 'planner' },
  { userId: 'planner2', role: 'planner' },
  { userId: 'reviewer', role: 'reviewer' },
  { userId: 'reviewer2', role: 'reviewer' },
  { userId: 'consultant', role: 'consultant' },
  { userId: 'admin', role: 'admin' },
];
const who = (event: TNotificationEvent) => notificationRecipients(event, MEMBERS).map((r) => `${r.userId}:${r.kind}`);

describe('notificationRecipients', () => {
  it.each<[string, TNotificationEvent, string[]]>([
    ['a submission goes to reviewers and administrators', { kind: 'checkpoint.submitted', actorId: 'planner' }, ['reviewer:checkpoint.submitted', 'reviewer2:checkpoint.submitted', 'admin:checkpoint.submitted']],
    ['an administrator who submits is not told of their own submission', { kind: 'checkpoint.submitted', actorId: 'admin' }, ['reviewer:checkpoint.submitted', 'reviewer2:checkpoint.submitted']],
    ['an approval goes to the submitter', { kind: 'checkpoint.approved', actorId: 'reviewer', submittedById: 'planner' }, ['planner:checkpoint.approved']],
    ['a send-back goes to the submitter', { kind: 'checkpoint.sent-back', actorId: 'reviewer', submittedById: 'planner2' }, ['planner2:checkpoint.sent-back']],
    ['a submitter who left the organisation hears nothing', { kind: 'checkpoint.approved', actorId: 'reviewer', submittedById: 'gone' }, []],
    ['no submitter on record', { kind: 'checkpoint.sent-back', actorId: 'reviewer', submittedById: null }, []],
    ['a comment: mentions first, then the other participants, each once, never the author', { kind: 'comment', actorId: 'reviewer', mentionedIds: ['consultant', 'planner'], participantIds: ['planner', 'reviewer', 'planner2'] }, ['consultant:mention', 'planner:mention', 'planner2:reply']],
    ['a mention of someone outside the organisation is dropped', { kind: 'comment', actorId: 'planner', mentionedIds: ['stranger'], participantIds: [] }, []],
    ['an issued RFP goes to every other member', { kind: 'rfp.issued', actorId: 'consultant' }, ['planner:rfp.issued', 'planner2:rfp.issued', 'reviewer:rfp.issued', 'reviewer2:rfp.issued', 'admin:rfp.issued']],
  ])('%s', (_name, event, expected) => expect(who(event)).toEqual(expected));
});

describe('mailTiming', () => {
  it.each([
    ['each', true, 'now'],
    ['digest', true, 'digest'],
    ['none', true, 'never'],
    ['each', false, 'never'],
    ['digest', false, 'never'],
  ] as const)('%s with SMTP %s → %s', (preference, smtp, expected) => expect(mailTiming(preference, smtp)).toBe(expected));
});

describe('mentionedMembers', () => {
  const members = [
    { userId: 'a', name: 'Aïcha Ndiaye' },
    { userId: 'a2', name: 'Aïcha Diallo' },
    { userId: 'k', name: 'Kossi' },
  ];
  it.each<[string, string[]]>([
    ['@Aïcha Ndiaye please attach the contract', ['a']],
    ['Thanks @kossi, and @Aïcha Diallo.', ['k', 'a2']],
    ['@Aïcha can you check? (two members are called Aïcha)', []],
    ['@kossi alone', ['k']],
    ['mail me at kossi@example.org', []],
    ['@Kossimo is not Kossi', []],
    ['@@Kossi twice @Kossi', ['k']],
    ['nobody here', []],
  ])('%s', (text, expected) => expect(mentionedMembers(text, members).sort()).toEqual([...expected].sort()));
});
