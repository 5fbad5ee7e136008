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
  /** Other planners of the organisation, each with a session and a demo assessment of their own (a different RFP draft each). */
  renderers: { sessionToken: string; assessmentId: string }[];
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

async function planner(prisma: TPrisma, organizationId: string, n: number): Promise<{ actor: TActor; sessionToken: string }> {
  const user = await prisma.user.create({ data: { email: `bench.${n}.${Date.now()}@bench.example`, name: `Bench planner ${n}`, passwordHash: 'no-password:bench-uses-a-session-row' } });
  await prisma.membership.create({ data: { userId: user.id, organizationId, role: 'planner' } });
  const sessionToken = newSessionToken();
  const now = new Date();
  await prisma.session.create({
    data: { tokenHash: hashToken(sessionToken), userId: user.id, organizationId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 6 * 3600_000) },
  });
  return { actor: { userId: user.id, organizationId, role: 'planner' }, sessionToken };
}

/** The complete synthetic assessment: answers, checkpoint states, team and RFP details. */
async function demoAssessment(prisma: TPrisma, actor: TActor, name: string): Promise<string> {
  const sample = sampleRfpInput(['commcare', 'dhis2']);
  const now = new Date();
  const user = { id: actor.userId };
  const demoAssessmentId = await newAssessment(prisma, actor, name, sample.answers);
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
  return demoAssessmentId;
}

/**
 * A bench organisation, one planner with a live session, the demo assessment (answers, checkpoint
 * states, team and RFP details of the synthetic sample), `saveSlots` assessments for the save
 * benchmark, and `renderers` more planners with a session and a demo assessment each (named apart,
 * so each has a different RFP draft).
 */
export async function seedBench(prisma: TPrisma, saveSlots: number, renderers = 0): Promise<TBenchSeed> {
  const sample = sampleRfpInput(['commcare', 'dhis2']);
  const organization = await prisma.organization.create({ data: { name: sample.assessment.organizationName, kind: 'ministry' } });
  const { actor, sessionToken } = await planner(prisma, organization.id, 0);
  const demoAssessmentId = await demoAssessment(prisma, actor, sample.assessment.name);
  const others: TBenchSeed['renderers'] = [];
  for (let i = 1; i <= renderers; i++) {
    const other = await planner(prisma, organization.id, i);
    others.push({ sessionToken: other.sessionToken, assessmentId: await demoAssessment(prisma, other.actor, `${sample.assessment.name} (${i})`) });
  }

  const saveAssessmentIds: string[] = [];
  const saveQuestionId = saveQuestion();
  // The saved question already has an answer: every benchmarked save is an update, as in autosave.
  const saveAnswers = { ...sample.answers, [saveQuestionId]: 'Seeded answer' };
  for (let i = 0; i < saveSlots; i++) saveAssessmentIds.push(await newAssessment(prisma, actor, `Bench save ${i + 1}`, saveAnswers));
  return { actor, sessionToken, demoAssessmentId, saveAssessmentIds, saveQuestionId, renderers: others };
}
