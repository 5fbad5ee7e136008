import 'server-only';
import type { TPrisma } from '@/lib/db/client';
import { commcareSettingsIn, commcareSizingIn, DEFAULT_COMMCARE_CONFIG, DEFAULT_COMMCARE_CONFIG_TEXT } from '@/lib/content/sizing-reference';
import type { TLocale } from '@/lib/domain/locale';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { commcareConstantsForAssessment, type TAssessmentConfigResult } from '@/lib/domain/commcare-assessment-config';
import type { TCommCareSizingConstants } from '@/lib/domain/commcare-sizing-constants';
import type { TResourceModelConfig } from '@/lib/domain/resource-model-config';
import { requirePermission, type TActor } from '../actor';
import { findAssessmentOrThrow } from '../assessments/load-assessment';
import { NotFoundError } from '../errors';

type Tx = Parameters<Parameters<TPrisma['$transaction']>[0]>[0] | TPrisma;

export type TSizingConfigView = {
  /** 0 before any save. */
  version: number;
  /** The configuration in use: the assessment's own, or null for the built-in default. */
  yaml: string | null;
  versions: { version: number; isDefault: boolean; createdAt: Date; createdBy: string | null }[];
};

/** The assessment's configuration versions, newest first; the newest is the one in use. */
export async function loadSizingConfig(prisma: Tx, assessmentId: string): Promise<TSizingConfigView> {
  const rows = await prisma.sizingConfigVersion.findMany({ where: { assessmentId }, orderBy: { version: 'desc' }, select: { version: true, yaml: true, createdAt: true, createdById: true } });
  const users = rows.length ? await prisma.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    version: rows[0]?.version ?? 0,
    yaml: rows[0]?.yaml ?? null,
    versions: rows.map((r) => ({ version: r.version, isDefault: r.yaml === null, createdAt: r.createdAt, createdBy: names.get(r.createdById) ?? null })),
  };
}

const cache = new Map<string, TAssessmentConfigResult>();
/**
 * A configuration's constants, computed once per text and language per process (a few dozen texts
 * at most); the calculator's own sources (backups, staging, defaults) and the configuration's
 * title and figures it cites are in `locale`.
 */
export function commcareConstantsOf(yaml: string, locale: TLocale = 'en'): TAssessmentConfigResult {
  const key = `${locale}\n${yaml}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = commcareConstantsForAssessment(yaml, commcareSettingsIn(locale), 'assessment', reasonSayer(locale));
  if (cache.size > 100) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** The sizing reference of a stored configuration (the default when none, or when a stored one no longer parses), its sources in `locale`. */
export function sizingReferenceOf(yaml: string | null, locale: TLocale = 'en'): { constants: TCommCareSizingConstants; config: TResourceModelConfig; text: string; isDefault: boolean } {
  if (yaml !== null) {
    const own = commcareConstantsOf(yaml, locale);
    if (own.ok) return { constants: own.constants, config: own.config, text: yaml, isDefault: false };
  }
  return { constants: commcareSizingIn(locale), config: DEFAULT_COMMCARE_CONFIG, text: DEFAULT_COMMCARE_CONFIG_TEXT, isDefault: true };
}

/**
 * The configuration text of an assessment to download: the one in use (the newest version; the
 * built-in default's text when it is in use), or an earlier version by its number. Uploading it
 * again gives the same figures: it is the very text the sizing was computed from.
 */
export async function sizingConfigText(prisma: TPrisma, actor: TActor, assessmentId: string, version?: number): Promise<{ text: string; version: number }> {
  requirePermission(actor, 'outputs.read');
  await findAssessmentOrThrow(prisma, actor, assessmentId);
  const row = await prisma.sizingConfigVersion.findFirst({ where: { assessmentId, ...(version !== undefined ? { version } : {}) }, orderBy: { version: 'desc' } });
  if (version !== undefined && !row) throw new NotFoundError('That version of the configuration');
  return { text: sizingReferenceOf(row?.yaml ?? null).text, version: row?.version ?? 0 };
}
