import 'server-only';
import type { Metadata } from 'next';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { assessmentTitleParts } from '@/lib/server/assessments/page-title';
import { orNotFound } from './or-not-found';

type TParams = { params: Promise<{ assessmentId: string; phaseId?: string }> };

/** generateMetadata for an assessment's pages: "Budget — <assessment>", "Phase 2: … — <assessment>". */
export function assessmentMetadata(what?: string) {
  return async function generateMetadata({ params }: TParams): Promise<Metadata> {
    const { assessmentId, phaseId } = await params;
    const session = await requireSession();
    const parts = await orNotFound(assessmentTitleParts(db(), session.actor, assessmentId, phaseId));
    const lead = parts.phase ? `${parts.phase} (${parts.platform})` : what;
    return { title: lead ? `${lead} — ${parts.name}` : parts.name };
  };
}
