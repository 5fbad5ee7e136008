import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { fieldErrors } from '@/lib/schemas/field-errors';
import { ZSaveTeam } from '@/lib/schemas/outputs';
import { SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { requirePermission, type TActor } from '../actor';
import { InvalidInputError } from '../errors';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { requireEditable } from '../assessments/require-editable';
import { loadOutputInputs } from './load-outputs';
import { scheduleDraftRefresh } from '@/lib/server/documents/refresh-drafts';

const SKILL_IDS = new Set(SKILLS_CATALOGUE.skills.map((s) => s.id));

/** Replaces the team of an assessment (the skills-gap input), audited with the team before and after. */
export async function saveTeam(prisma: TPrisma, actor: TActor, raw: unknown): Promise<{ members: number }> {
  requirePermission(actor, 'outputs.edit');
  const parsed = ZSaveTeam.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError('The team could not be read.', fieldErrors(parsed.error));
  const { assessmentId, team } = parsed.data;
  const unknown = [...new Set(team.flatMap((m) => Object.keys(m.levels)).filter((id) => !SKILL_IDS.has(id)))];
  if (unknown.length) throw new InvalidInputError(`Unknown skill${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).join(', ').slice(0, 200)}.`);

  const result = await prisma.$transaction(async (tx) => {
    requireEditable((await findAssessmentOrThrow(tx, actor, assessmentId)).assessment);
    const before = (await loadOutputInputs(tx, assessmentId)).team;
    await tx.teamMember.deleteMany({ where: { assessmentId } });
    if (team.length) {
      await tx.teamMember.createMany({
        data: team.map((m, position) => ({ assessmentId, position, name: m.name, role: m.role, engagement: m.engagement, fte: m.fte, levels: m.levels })),
      });
    }
    await tx.auditEvent.create({ data: { organizationId: actor.organizationId, assessmentId, actorId: actor.userId, action: 'team.saved', subject: 'team', before, after: team } });
    await tx.assessment.update({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
    return { members: team.length };
  });
  scheduleDraftRefresh(prisma, actor, assessmentId);
  return result;
}
