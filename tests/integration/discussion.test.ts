import { beforeEach, describe, expect, it } from 'vitest';
import { postComment } from '@/lib/server/discussion/post-comment';
import { setThreadResolved } from '@/lib/server/discussion/resolve-thread';
import { loadDiscussions } from '@/lib/server/discussion/load-discussions';
import { countUnread, listNotifications, markNotificationsRead } from '@/lib/server/notifications/inbox';
import { notify } from '@/lib/server/notifications/notify';
import { answer, decide, fixtureAssessment } from './assessment-fixture';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';

const CP = 'commcare.p1.s1.cp-summary';
const Q = 'commcare.p1.s1.users';

async function team() {
  const home = await makeOrganization(['planner', 'reviewer', 'consultant', 'admin'], 'Home');
  const other = await makeOrganization(['planner', 'reviewer', 'consultant', 'admin'], 'Other');
  const { id: assessmentId } = await fixtureAssessment(home.actors.planner);
  const name = async (userId: string) => (await testDb().user.findUniqueOrThrow({ where: { id: userId } })).name;
  return { home, other, assessmentId, name };
}
const inbox = async (userId: string) => (await testDb().notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map((n) => `${n.kind}:${n.subjectId ?? ''}`);

describe('discussion threads', () => {
  beforeEach(truncateAll);

  it('makes the thread on the first comment, keeps replies in order, and audits each one', async () => {
    const { home, assessmentId } = await team();
    const { planner, reviewer, consultant } = home.actors;
    const first = await postComment(testDb(), reviewer, { assessmentId, subjectId: CP, body: 'Where does the 2,500 come from?' });
    const reply = await postComment(testDb(), planner, { assessmentId, subjectId: CP, body: 'From the HMIS: https://hmis.example/users.' });
    await postComment(testDb(), consultant, { assessmentId, subjectId: Q, body: 'This question has its own thread.' });
    expect(reply.threadId).toBe(first.threadId);

    const { threads } = await loadDiscussions(testDb(), planner, assessmentId);
    expect(threads[CP]!.comments.map((c) => c.body)).toEqual(['Where does the 2,500 come from?', 'From the HMIS: https://hmis.example/users.']);
    expect(threads[Q]!.comments).toHaveLength(1);
    expect(await testDb().discussionThread.findMany({ select: { subjectKind: true }, orderBy: { subjectKind: 'asc' } })).toEqual([{ subjectKind: 'checkpoint' }, { subjectKind: 'question' }]);
    const audit = await testDb().auditEvent.findMany({ where: { action: 'discussion.commented' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.subject, (a.after as { comment: string }).comment])).toEqual([
      [CP, 'Where does the 2,500 come from?'],
      [CP, 'From the HMIS: https://hmis.example/users.'],
      [Q, 'This question has its own thread.'],
    ]);
  });

  it('is scoped to the organisation: another organisation’s member can neither read, write nor resolve', async () => {
    const { home, other, assessmentId } = await team();
    const { threadId } = await postComment(testDb(), home.actors.reviewer, { assessmentId, subjectId: CP, body: 'Private to Home.' });
    for (const actor of Object.values(other.actors)) {
      expect((await refusal(postComment(testDb(), actor, { assessmentId, subjectId: CP, body: 'Let me in.' }))).status).toBe(404);
      expect((await refusal(loadDiscussions(testDb(), actor, assessmentId))).status).toBe(404);
      expect((await refusal(setThreadResolved(testDb(), actor, { threadId, action: 'resolve', expectedVersion: 1 }))).status).toBe(404);
    }
    expect(await testDb().discussionComment.count()).toBe(1);
    expect(await testDb().notification.count({ where: { organizationId: other.organization.id } })).toBe(0);
  });

  it('refuses a subject that is not a checkpoint or question of the assessment', async () => {
    const { home, assessmentId } = await team();
    const error = await refusal(postComment(testDb(), home.actors.planner, { assessmentId, subjectId: 'dhis2.p1.s1.cp-x', body: 'Hello' }));
    expect(error.status).toBe(422);
    expect(await testDb().discussionThread.count()).toBe(0);
  });

  it('resolves and reopens on the version seen; a new comment reopens a resolved thread', async () => {
    const { home, assessmentId } = await team();
    const { planner, reviewer } = home.actors;
    const { threadId } = await postComment(testDb(), reviewer, { assessmentId, subjectId: CP, body: 'Attach the contract.' });
    const resolved = await setThreadResolved(testDb(), planner, { threadId, action: 'resolve', expectedVersion: 1 });
    expect(resolved).toMatchObject({ resolved: true, version: 2 });
    expect((await refusal(setThreadResolved(testDb(), reviewer, { threadId, action: 'reopen', expectedVersion: 1 }))).status).toBe(409);
    expect((await refusal(setThreadResolved(testDb(), reviewer, { threadId, action: 'resolve', expectedVersion: 2 }))).status).toBe(409);
    const { threads } = await loadDiscussions(testDb(), reviewer, assessmentId);
    expect(threads[CP]).toMatchObject({ resolvedBy: await testDb().user.findUniqueOrThrow({ where: { id: planner.userId } }).then((u) => u.name), version: 2 });

    await postComment(testDb(), reviewer, { assessmentId, subjectId: CP, body: 'One more thing.' });
    expect((await testDb().discussionThread.findUniqueOrThrow({ where: { id: threadId } })).resolvedAt).toBeNull();
    expect((await testDb().auditEvent.findMany({ where: { action: { in: ['discussion.resolved', 'discussion.reopened'] } } })).map((a) => a.action)).toEqual(['discussion.resolved']);
  });

  it('"request changes" starts the checkpoint’s thread, and continues it the next time', async () => {
    const { home, assessmentId } = await team();
    const { planner, reviewer } = home.actors;
    await answer(planner, assessmentId, 'commcare.p1.s1.summary', 'Ready');
    await answer(planner, assessmentId, Q, 2500);
    await decide(planner, assessmentId, CP, 'submit');
    await decide(reviewer, assessmentId, CP, 'request_changes', { comment: 'Give the source of the user count.' });
    await postComment(testDb(), planner, { assessmentId, subjectId: CP, body: 'Added: the 2026 HMIS export.' });
    await decide(planner, assessmentId, CP, 'submit');
    await decide(reviewer, assessmentId, CP, 'request_changes', { comment: 'And its date, please.' });
    const { threads } = await loadDiscussions(testDb(), planner, assessmentId);
    expect(threads[CP]!.comments.map((c) => c.body)).toEqual(['Give the source of the user count.', 'Added: the 2026 HMIS export.', 'And its date, please.']);
  });
});

describe('notifications, one per person per event', () => {
  beforeEach(truncateAll);

  it('submitted → reviewers and administrators; approved and sent back → the submitter; never the actor', async () => {
    const { home, assessmentId } = await team();
    const { planner, reviewer, consultant, admin } = home.actors;
    await answer(planner, assessmentId, 'commcare.p1.s1.summary', 'Ready');
    await answer(planner, assessmentId, Q, 2500);
    await decide(planner, assessmentId, CP, 'submit');
    expect(await inbox(reviewer.userId)).toEqual([`checkpoint.submitted:${CP}`]);
    expect(await inbox(admin.userId)).toEqual([`checkpoint.submitted:${CP}`]);
    expect(await inbox(consultant.userId)).toEqual([]);
    expect(await inbox(planner.userId)).toEqual([]);

    await decide(reviewer, assessmentId, CP, 'request_changes', { comment: 'Say where it comes from.' });
    expect(await inbox(planner.userId)).toEqual([`checkpoint.sent-back:${CP}`]);
    await decide(planner, assessmentId, CP, 'submit');
    await decide(reviewer, assessmentId, CP, 'approve');
    expect(await inbox(planner.userId)).toEqual([`checkpoint.sent-back:${CP}`, `checkpoint.approved:${CP}`]);
    expect(await inbox(reviewer.userId)).toEqual([`checkpoint.submitted:${CP}`, `checkpoint.submitted:${CP}`]);
  });

  it('a mention notifies the member named; a reply notifies those who wrote before', async () => {
    const { home, assessmentId, name } = await team();
    const { planner, reviewer, consultant, admin } = home.actors;
    await postComment(testDb(), reviewer, { assessmentId, subjectId: Q, body: `@${await name(consultant.userId)} can you check this figure?` });
    expect(await inbox(consultant.userId)).toEqual([`mention:${Q}`]);
    expect(await inbox(planner.userId)).toEqual([]);
    await postComment(testDb(), consultant, { assessmentId, subjectId: Q, body: 'It matches the sizing.' });
    expect(await inbox(reviewer.userId)).toEqual([`reply:${Q}`]);
    await postComment(testDb(), planner, { assessmentId, subjectId: Q, body: 'Thanks both.' });
    expect(await inbox(reviewer.userId)).toEqual([`reply:${Q}`, `reply:${Q}`]);
    expect(await inbox(consultant.userId)).toEqual([`mention:${Q}`, `reply:${Q}`]);
    expect(await inbox(admin.userId)).toEqual([]);
    // A member of another organisation cannot be mentioned into this one.
    const comment = await testDb().discussionComment.findFirstOrThrow({ where: { body: { startsWith: '@' } } });
    expect(comment.mentionedIds).toEqual([consultant.userId]);
  });

  it('an issued RFP goes to every other member', async () => {
    const { home, assessmentId } = await team();
    await testDb().$transaction((tx) => notify(tx, [{ kind: 'rfp.issued', actorId: home.actors.consultant.userId }], { organizationId: home.organization.id, assessmentId, rfpVersion: 1 }));
    for (const role of ['planner', 'reviewer', 'admin'] as const) expect(await inbox(home.actors[role].userId)).toEqual(['rfp.issued:']);
    expect(await inbox(home.actors.consultant.userId)).toEqual([]);
    const [view] = await listNotifications(testDb(), home.actors.planner, 'en');
    expect(view).toMatchObject({ eventKey: 'rfpIssued', rfpVersion: 1, href: `/assessments/${assessmentId}/rfp` });
  });

  it('lists the person’s own in words with a link to the discussion, and marks read only their own', async () => {
    const { home, other, assessmentId, name } = await team();
    const { planner, reviewer } = home.actors;
    await postComment(testDb(), reviewer, { assessmentId, subjectId: CP, body: `@${await name(planner.userId)} please attach the contract.` });
    await postComment(testDb(), reviewer, { assessmentId, subjectId: Q, body: `@${await name(planner.userId)} and the source.` });
    const items = await listNotifications(testDb(), planner, 'en');
    expect(items.map((n) => [n.eventKey, n.actor, n.subject, n.href])).toEqual([
      ['mention', await name(reviewer.userId), 'Users', `/assessments/${assessmentId}/phases/commcare.p1#discussion-${Q}`],
      ['mention', await name(reviewer.userId), 'The summary is written.', `/assessments/${assessmentId}/phases/commcare.p1#discussion-${CP}`],
    ]);
    expect(await countUnread(testDb(), planner)).toBe(2);
    expect(await listNotifications(testDb(), other.actors.planner, 'en')).toEqual([]);

    // Someone else's notification, even by its id, is "not found" and stays unread.
    for (const actor of [reviewer, other.actors.planner]) expect((await refusal(markNotificationsRead(testDb(), actor, { ids: [items[0]!.id] }))).status).toBe(404);
    expect(await countUnread(testDb(), planner)).toBe(2);
    expect(await markNotificationsRead(testDb(), planner, { ids: [items[0]!.id] })).toEqual({ marked: 1 });
    expect(await countUnread(testDb(), planner)).toBe(1);
    expect(await markNotificationsRead(testDb(), planner, { which: 'all' })).toEqual({ marked: 1 });
    expect(await countUnread(testDb(), planner)).toBe(0);
  });
});
