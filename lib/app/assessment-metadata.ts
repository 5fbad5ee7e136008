import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { db } from '@/lib/db/prisma';
import { assessmentTitleParts } from '@/lib/server/assessments/page-title';
import { orNotFound } from './or-not-found';

type TParams = { params: Promise<{ assessmentId: string; phaseId?: string }> };

/** A page's name: a key of the `assessment` messages (in the reader's language), or fixed text. */
type TWhat = string | { key: 'sizing' | 'skills' | 'budget' | 'rfp' | 'report' | 'auditTrail' };

/** generateMetadata for an assessment's pages: "Budget — <assessment>", "Phase 2: … — <assessment>". */
export function assessmentMetadata(what?: TWhat) {
  return async function generateMetadata({ params }: TParams): Promise<Metadata> {
    const { assessmentId, phaseId } = await params;
    const session = await requireSession();
    const parts = await orNotFound(assessmentTitleParts(db(), session.actor, assessmentId, phaseId));
    const name = typeof what === 'object' ? (await getTranslations('assessment'))(what.key) : what;
    const lead = parts.phase ? `${parts.phase} (${parts.platform})` : name;
    return { title: lead ? `${lead} — ${parts.name}` : parts.name };
  };
}
