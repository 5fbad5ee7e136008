import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';
import { templateById } from '../assessments/template-cache';

/** The message key of each kind (content/messages/<locale>/notifications.json, `event.<key>`). */
export const EVENT_KEYS = { 'checkpoint.submitted': 'submitted', 'checkpoint.approved': 'approved', 'checkpoint.sent-back': 'sentBack', mention: 'mention', reply: 'reply', 'rfp.issued': 'rfpIssued' } as const;
export type TEventKey = (typeof EVENT_KEYS)[keyof typeof EVENT_KEYS];

export type TNotificationView = {
  id: string;
  eventKey: TEventKey;
  actor: string | null;
  assessment: string;
  /** The checkpoint's or question's label in the reader's language. */
  subject: string | null;
  rfpVersion: number | null;
  /** A path of the app: the discussion of the checkpoint or question, or the RFP page. */
  href: string;
  createdAt: Date;
  readAt: Date | null;
};

type TRow = { id: string; kind: string; actorId: string | null; assessmentId: string | null; subjectId: string | null; rfpVersion: number | null; createdAt: Date; readAt: Date | null };

/** Notifications in words: who did it, to what (by its label in `locale`), and where to go. Rows must already be the reader's own. */
export async function describeNotifications(prisma: TPrisma, rows: TRow[], locale: TLocale): Promise<TNotificationView[]> {
  const assessmentIds = [...new Set(rows.map((r) => r.assessmentId).filter((x): x is string => !!x))];
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const [assessments, actors] = await Promise.all([
    prisma.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, name: true, tracks: { select: { templateVersionId: true } } } }),
    prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
  ]);
  const labels = new Map<string, { label: string; phaseId: string }>();
  for (const a of assessments) {
    for (const track of a.tracks) {
      const template = localizeTemplate((await templateById(prisma, track.templateVersionId)).template, locale);
      for (const phase of template.phases) {
        for (const section of phase.sections) {
          for (const q of section.questions) labels.set(`${a.id}:${q.id}`, { label: q.label, phaseId: phase.id });
          for (const c of section.checkpoints) labels.set(`${a.id}:${c.id}`, { label: c.label, phaseId: phase.id });
        }
      }
    }
  }
  return rows.flatMap((r) => {
    const assessment = assessments.find((a) => a.id === r.assessmentId);
    const eventKey = EVENT_KEYS[r.kind as keyof typeof EVENT_KEYS];
    if (!assessment || !eventKey) return [];
    const at = r.subjectId ? labels.get(`${assessment.id}:${r.subjectId}`) : undefined;
    const href = r.kind === 'rfp.issued' ? `/assessments/${assessment.id}/rfp` : at ? `/assessments/${assessment.id}/phases/${at.phaseId}#discussion-${r.subjectId}` : `/assessments/${assessment.id}`;
    return [{ id: r.id, eventKey, actor: actors.find((u) => u.id === r.actorId)?.name ?? null, assessment: assessment.name, subject: at?.label ?? null, rfpVersion: r.rfpVersion, href, createdAt: r.createdAt, readAt: r.readAt }];
  });
}
