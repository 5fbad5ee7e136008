import fs from 'node:fs';
import path from 'node:path';
import type { TPrisma } from './client';
import { loadDemoAssessment } from '@/lib/content/demo-assessment';
import { DEMO_ORGANIZATION } from '@/lib/demo-accounts';
import type { TRole } from '@/lib/auth/permissions';
import type { TActor } from '@/lib/server/actor';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { decideCheckpoint } from '@/lib/server/assessments/decide-checkpoint';
import { addEvidence } from '@/lib/server/evidence/evidence-files';
import { saveMilestone } from '@/lib/server/milestones/save-milestone';
import { loadAssessmentState } from '@/lib/server/assessments/load-assessment';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import { saveRfpDetails } from '@/lib/server/documents/save-rfp-details';
import { saveBudgetSettings } from '@/lib/server/outputs/save-budget-settings';
import { saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { saveTeam } from '@/lib/server/outputs/save-team';
import { postComment } from '@/lib/server/discussion/post-comment';
import { setThreadResolved } from '@/lib/server/discussion/resolve-thread';

/**
 * Creates the demo assessment in the demo organisation, once, through the same server functions
 * users go through (so answers are validated, gating applies and every step is audited): phase by
 * phase, answers are saved by the planner and the signed-off phases' checkpoints are submitted by
 * the planner and approved by the reviewer; then the team, budget settings, rate overrides and RFP
 * details. Returns the assessment id, or null when it already exists or the demo accounts do not.
 */
/** Evidence files the planner attached before submitting these checkpoints (content/demo/evidence). */
const DEMO_EVIDENCE: Record<string, string[]> = {
  'commcare.p1.s1-1.cp-app-inventory': ['application-inventory.csv'],
  'dhis2.p1.s1-1.cp-inventory': ['server-room-inspection.txt'],
};

/** The demo ministry works in French: its milestones are named in French. */
export const DEMO_MILESTONES = ['Phase 1 validée', 'Phases 1 et 2 validées, budget établi'] as const;

export async function seedDemoAssessment(prisma: TPrisma): Promise<{ id: string; created: boolean } | null> {
  const demo = loadDemoAssessment();
  const organization = await prisma.organization.findFirst({ where: { name: DEMO_ORGANIZATION }, include: { memberships: true } });
  if (!organization) return null;
  const existing = await prisma.assessment.findFirst({ where: { organizationId: organization.id, name: demo.name } });
  if (existing) return { id: existing.id, created: false };
  const actor = (role: TRole): TActor => {
    const m = organization.memberships.find((x) => x.role === role);
    if (!m) throw new Error(`The demo organisation has no ${role}.`);
    return { userId: m.userId, organizationId: organization.id, role };
  };
  const [planner, reviewer, consultant] = [actor('planner'), actor('reviewer'), actor('consultant')];

  const { id } = await createAssessment(prisma, planner, { name: demo.name, country: demo.country, platforms: demo.platforms });
  const phaseOf = (questionId: string) => questionId.split('.').slice(0, 2).join('.');
  const state0 = await loadAssessmentState(prisma, planner, id);
  const phases = state0.tracks.flatMap((t) => t.template.phases);
  let isFirstMilestoneSaved = false;
  for (const phase of phases.sort((a, b) => a.number - b.number)) {
    // Two milestones show the feature: once phase 1 is signed off on every platform, and at the end.
    if (phase.number === 2 && !isFirstMilestoneSaved) {
      await saveMilestone(prisma, consultant, { assessmentId: id, name: DEMO_MILESTONES[0] });
      isFirstMilestoneSaved = true;
    }
    for (const [questionId, value] of Object.entries(demo.answers).filter(([q]) => phaseOf(q) === phase.id)) {
      await saveAnswer(prisma, planner, { assessmentId: id, questionId, value, expectedVersion: 0 });
    }
    if (!demo.signOff.phases.includes(phase.id)) continue;
    const version = async (checkpointId: string) => (await prisma.checkpointState.findUnique({ where: { assessmentId_checkpointId: { assessmentId: id, checkpointId } } }))?.version ?? 0;
    for (const checkpoint of phase.sections.flatMap((s) => s.checkpoints)) {
      for (const fileName of DEMO_EVIDENCE[checkpoint.id] ?? []) {
        const bytes = fs.readFileSync(path.join(process.cwd(), 'content', 'demo', 'evidence', fileName));
        await addEvidence(prisma, planner, { assessmentId: id, checkpointId: checkpoint.id, fileName }, new Uint8Array(bytes));
      }
      await decideCheckpoint(prisma, planner, { type: 'submit', assessmentId: id, checkpointId: checkpoint.id, expectedVersion: await version(checkpoint.id) });
      await decideCheckpoint(prisma, reviewer, { type: 'approve', assessmentId: id, checkpointId: checkpoint.id, expectedVersion: await version(checkpoint.id) });
    }
  }
  await saveTeam(prisma, planner, { assessmentId: id, team: demo.team });
  await saveBudgetSettings(prisma, consultant, { assessmentId: id, ...demo.budget, expectedVersion: 0 });
  for (const o of demo.rateOverrides) await saveRateOverride(prisma, consultant, { assessmentId: id, ...o });
  await saveRfpDetails(prisma, consultant, { assessmentId: id, details: demo.rfp, expectedVersion: 0 });
  await saveMilestone(prisma, consultant, { assessmentId: id, name: DEMO_MILESTONES[1] });
  await seedDemoDiscussion(prisma, id, { planner, reviewer, consultant });
  return { id, created: true };
}

/**
 * The team talked as it went: the sign-offs above left the reviewers and the planner an inbox of
 * submissions and approvals, read long ago; a resolved discussion on the application inventory (the
 * reviewer asked, the planner answered with a link, the reviewer resolved it), and an open question
 * from the consultant to the planner, unread.
 */
async function seedDemoDiscussion(prisma: TPrisma, assessmentId: string, people: Record<'planner' | 'reviewer' | 'consultant', TActor>) {
  await prisma.notification.updateMany({ where: { assessmentId, readAt: null }, data: { readAt: new Date() } });
  const name = async (a: TActor) => (await prisma.user.findUniqueOrThrow({ where: { id: a.userId }, select: { name: true } })).name;
  const inventory = 'commcare.p1.s1-1.cp-app-inventory';
  await postComment(prisma, people.reviewer, { assessmentId, subjectId: inventory, body: `@${await name(people.planner)} l’inventaire compte-t-il aussi les applications du programme paludisme ?` });
  const { threadId } = await postComment(prisma, people.planner, {
    assessmentId,
    subjectId: inventory,
    body: 'Oui : les deux applications du programme paludisme sont aux lignes 4 et 5 du fichier joint. La liste officielle du PNLP est ici : https://www.who.int/teams/global-malaria-programme',
  });
  await setThreadResolved(prisma, people.reviewer, { threadId, action: 'resolve', expectedVersion: 1 });
  await postComment(prisma, people.consultant, { assessmentId, subjectId: 'commcare.p3.s3-1.ubuntu-version', body: `@${await name(people.planner)} la version d’Ubuntu est-elle déjà choisie ? L’appel d’offres doit la citer.` });
}
