import { loadTemplates } from '@/lib/content/load-templates';
import type { TPrisma } from '@/lib/db/client';
import { newSessionToken, hashToken } from '@/lib/auth/tokens';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import type { TActor } from '@/lib/server/actor';

export interface TBenchSeed {
  actor: TActor;
  /** Value of the session cookie (the token; only its SHA-256 is stored). */
  sessionToken: string;
  /** The "demo" assessment: the complete synthetic São Tomé assessment of lib/documents/sample-rfp-input.ts. */
  demoAssessmentId: string;
  /** One assessment per save slot, each with the demo answers and every checkpoint open. */
  saveAssessmentIds: string[];
  /** The question every save writes: a free-text question of CommCare phase 1 (always writable). */
  saveQuestionId: string;
}

/** The first long-text question of CommCare phase 1: writable while nothing is approved, and no checkpoint to re-open. */
function saveQuestion(): string {
  const commcare = loadTemplates().find((t) => t.key === 'commcare');
  const q = commcare?.phases[0].sections.flatMap((s) => s.questions).find((x) => x.kind === 'longtext');
  if (!q) throw new Error('No long-text question in CommCare phase 1');
  return q.id;
}

async function newAssessment(prisma: TPrisma, actor: TActor, name: string, answers: Record<string, unknown>): Promise<string> {
  const { id } = await createAssessment(prisma, actor, { name, country: 'São Tomé e Príncipe', platforms: ['commcare', 'dhis2'] });
  await prisma.answer.deleteMany({ where: { assessmentId: id } });
  await prisma.answer.createMany({
    data: Object.entries(answers).map(([questionId, value]) => ({ assessmentId: id, questionId, value: value as object, version: 1, updatedById: actor.userId })),
  });
  return id;
}

/**
 * A bench organisation, one planner with a live session, the demo assessment (answers, checkpoint
 * states, team and RFP details of the synthetic sample) and `saveSlots` assessments for the save benchmark.
 */
export async function seedBench(prisma: TPrisma, saveSlots: number): Promise<TBenchSeed> {
  const sample = sampleRfpInput(['commcare', 'dhis2']);
  const organization = await prisma.organization.create({ data: { name: sample.assessment.organizationName, kind: 'ministry' } });
  const user = await prisma.user.create({ data: { email: `bench.${Date.now()}@bench.example`, name: 'Bench planner', passwordHash: 'no-password:bench-uses-a-session-row' } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: organization.id, role: 'planner' } });
  const actor: TActor = { userId: user.id, organizationId: organization.id, role: 'planner' };
  const sessionToken = newSessionToken();
  const now = new Date();
  await prisma.session.create({
    data: { tokenHash: hashToken(sessionToken), userId: user.id, organizationId: organization.id, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 6 * 3600_000) },
  });

  const demoAssessmentId = await newAssessment(prisma, actor, sample.assessment.name, sample.answers);
  await prisma.checkpointState.createMany({
    data: sample.checkpoints.map((c) => ({
      assessmentId: demoAssessmentId,
      checkpointId: c.checkpointId,
      status: c.status,
      notApplicable: c.notApplicable,
      ...(c.status !== 'open' ? { submittedById: user.id, submittedAt: now } : {}),
      ...(c.reviewedAt ? { reviewedById: user.id, reviewedAt: new Date(c.reviewedAt) } : {}),
    })),
  });
  await prisma.rfpDraft.create({ data: { assessmentId: demoAssessmentId, details: sample.details as object, updatedById: user.id } });
  await prisma.teamMember.createMany({
    data: [
      { assessmentId: demoAssessmentId, position: 0, name: 'João Conceição', role: 'Administrador de sistemas', engagement: 'in-house', fte: 1, levels: { 'dhis2.ubuntu-linux': 3, 'dhis2.postgresql': 2, 'commcare.deploys': 1 } },
      { assessmentId: demoAssessmentId, position: 1, name: 'Inês Trovoada', role: 'DevOps', engagement: 'contractor', fte: 0.5, levels: { 'dhis2.tomcat': 2, 'commcare.provisioning-ansible': 2 } },
    ],
  });

  const saveAssessmentIds: string[] = [];
  const saveQuestionId = saveQuestion();
  // The saved question already has an answer: every benchmarked save is an update, as in autosave.
  const saveAnswers = { ...sample.answers, [saveQuestionId]: 'Seeded answer' };
  for (let i = 0; i < saveSlots; i++) saveAssessmentIds.push(await newAssessment(prisma, actor, `Bench save ${i + 1}`, saveAnswers));
  return { actor, sessionToken, demoAssessmentId, saveAssessmentIds, saveQuestionId };
}
