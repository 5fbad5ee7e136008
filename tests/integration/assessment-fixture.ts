import path from 'node:path';
import { syncTemplates } from '@/lib/content/sync-templates';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { decideCheckpoint } from '@/lib/server/assessments/decide-checkpoint';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import type { TActor } from '@/lib/server/actor';
import { testDb } from './helpers';

export const FIXTURE_TEMPLATES = path.join(process.cwd(), 'tests/fixtures/templates');

export async function fixtureAssessment(planner: TActor) {
  await syncTemplates(testDb(), FIXTURE_TEMPLATES);
  return createAssessment(testDb(), planner, { name: 'Évaluation', country: "Côte d'Ivoire", platforms: ['commcare'] });
}

export async function answer(actor: TActor, assessmentId: string, questionId: string, value: unknown, expectedVersion?: number) {
  const current = await testDb().answer.findUnique({ where: { assessmentId_questionId: { assessmentId, questionId } } });
  return saveAnswer(testDb(), actor, { assessmentId, questionId, value, expectedVersion: expectedVersion ?? current?.version ?? 0 });
}

export async function decide(actor: TActor, assessmentId: string, checkpointId: string, type: 'submit' | 'approve' | 'request_changes' | 'submit_not_applicable', extra: Record<string, string> = {}) {
  const row = await testDb().checkpointState.findUnique({ where: { assessmentId_checkpointId: { assessmentId, checkpointId } } });
  return decideCheckpoint(testDb(), actor, { type, assessmentId, checkpointId, expectedVersion: row?.version ?? 0, ...extra });
}

/** Answers and signs off every checkpoint of phase 1. */
export async function signOffPhase1(planner: TActor, reviewer: TActor, assessmentId: string) {
  await answer(planner, assessmentId, 'commcare.p1.s1.summary', 'Ready');
  await answer(planner, assessmentId, 'commcare.p1.s1.users', 2500);
  await answer(planner, assessmentId, 'commcare.p1.s2.sized', 'yes');
  for (const cp of ['commcare.p1.s1.cp-summary', 'commcare.p1.s2.cp-sized']) {
    await decide(planner, assessmentId, cp, 'submit');
    await decide(reviewer, assessmentId, cp, 'approve');
  }
}
