import { beforeAll, describe, expect, it } from 'vitest';
import { syncTemplates } from '@/lib/content/sync-templates';
import { seedDemo } from '@/lib/db/seed-demo';
import { DEMO_MILESTONES, seedDemoAssessment } from '@/lib/db/seed-demo-assessment';
import { listMilestones } from '@/lib/server/milestones/list-milestones';
import { loadAssessmentPage } from '@/lib/server/assessments/load-assessment-page';
import { buildCurrentRfp } from '@/lib/server/documents/issue-rfp';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import type { TActor } from '@/lib/server/actor';
import { testDb, truncateAll } from './helpers';
import { loadDiscussions } from '@/lib/server/discussion/load-discussions';
import { countUnread, listNotifications } from '@/lib/server/notifications/inbox';

describe('the demo assessment', () => {
  let id: string;
  let planner: TActor;
  beforeAll(async () => {
    await truncateAll();
    await syncTemplates(testDb());
    await seedDemo(testDb());
    const seeded = await seedDemoAssessment(testDb());
    id = seeded!.id;
    const m = await testDb().membership.findFirstOrThrow({ where: { role: 'planner' } });
    planner = { userId: m.userId, organizationId: m.organizationId, role: 'planner' };
  }, 120_000);

  it('works in French: its members read the app in French, the questionnaire included', async () => {
    const users = await testDb().user.findMany({ select: { locale: true } });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.locale === 'fr')).toBe(true);
    const [english, french] = await Promise.all([loadAssessmentPage(testDb(), planner, id), loadAssessmentPage(testDb(), planner, id, 'fr')]);
    expect(french.tracks.map((t) => t.phases.length)).toEqual(english.tracks.map((t) => t.phases.length));
    expect(french.tracks[0].phases[0].title).not.toBe(english.tracks[0].phases[0].title);
  });

  it('is created once: a second run leaves it as it is', async () => {
    expect(await seedDemoAssessment(testDb())).toEqual({ id, created: false });
    expect(await testDb().assessment.count()).toBe(1);
  });

  it('has phases 1 and 2 signed off and phase 3 in progress, on both platforms', async () => {
    const page = await loadAssessmentPage(testDb(), planner, id);
    for (const track of page.tracks) {
      const [p1, p2, p3] = track.phases;
      expect([p1.complete, p2.complete, p3.complete, p3.locked]).toEqual([true, true, false, false]);
      expect(p3.answered).toBeGreaterThan(0);
    }
  });

  it('has evidence files on approved checkpoints, listed in the RFP’s checkpoint matrix', async () => {
    const files = await testDb().evidenceFile.findMany({ select: { checkpointId: true, fileName: true, mediaType: true } });
    expect(files.map((f) => f.fileName).sort()).toEqual(['application-inventory.csv', 'server-room-inspection.txt']);
    const states = await testDb().checkpointState.findMany({ where: { assessmentId: id, checkpointId: { in: files.map((f) => f.checkpointId) } } });
    expect(states.map((s) => s.status)).toEqual(['approved', 'approved']);
    const rfp = await buildCurrentRfp(testDb(), planner, id);
    const annex = rfp.sections.find((s) => s.id === 'annex-checkpoints')!.blocks.find((b) => b.kind === 'table');
    expect(annex && annex.kind === 'table' && annex.rows.map((r) => r.at(-1)).filter(Boolean)).toEqual(expect.arrayContaining([expect.stringMatching(/^application-inventory\.csv \(CSV table, /)]));
  });

  it('has two milestones: phase 1 signed off, then phases 1 and 2 with the budget', async () => {
    const milestones = await listMilestones(testDb(), planner, id);
    expect(milestones.map((m) => m.name)).toEqual([...DEMO_MILESTONES]);
    const approvedIn = (m: (typeof milestones)[number], n: number) => m.progress.filter((p) => p.phaseNumber === n).every((p) => p.approved === p.checkpoints);
    expect([approvedIn(milestones[0]!, 1), approvedIn(milestones[0]!, 2)]).toEqual([true, false]);
    expect([approvedIn(milestones[1]!, 1), approvedIn(milestones[1]!, 2)]).toEqual([true, true]);
  });

  it('shows a resolved discussion on an approved checkpoint and a few unread notifications', async () => {
    const { threads } = await loadDiscussions(testDb(), planner, id);
    const inventory = threads['commcare.p1.s1-1.cp-app-inventory']!;
    expect(inventory.resolvedAt).not.toBeNull();
    expect(inventory.comments).toHaveLength(2);
    expect(inventory.comments[1]!.body).toContain('https://');
    expect(threads['commcare.p3.s3-1.ubuntu-version']!.resolvedAt).toBeNull();
    // The planner was mentioned twice (unread); the reviewer has the planner's reply; the sign-offs' notifications were read long ago.
    expect((await listNotifications(testDb(), planner, 'fr')).filter((n) => !n.readAt).map((n) => n.eventKey)).toEqual(['mention', 'mention']);
    const reviewer = await testDb().membership.findFirstOrThrow({ where: { role: 'reviewer', organizationId: planner.organizationId } });
    expect(await countUnread(testDb(), { userId: reviewer.userId, organizationId: planner.organizationId, role: 'reviewer' })).toBe(1);
    expect(await testDb().notification.count({ where: { assessmentId: id, readAt: { not: null } } })).toBeGreaterThan(10);
  });

  it('gives every output and a complete RFP', async () => {
    const outputs = await loadOutputs(testDb(), planner, id);
    expect(outputs.missing.filter((m) => m.isBlocking)).toEqual([]);
    expect(outputs.sizing.commcare?.tier.tier).toBe('small-cluster');
    expect(outputs.sizing.dhis2?.systems.map((s) => s.name)).toEqual(['HMIS', 'HIV tracker']);
    expect(outputs.team.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(outputs.overrides).length).toBeGreaterThan(0);
    expect(outputs.budget?.currency.code).toBe('XOF');
    const rfp = await buildCurrentRfp(testDb(), planner, id);
    expect(rfp.missing).toEqual([]);
    expect(rfp.clientName).toMatch(/Santé/);
  });
});
