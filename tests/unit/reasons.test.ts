import { describe, expect, it } from 'vitest';
import { loadTemplates } from '@/lib/content/load-templates';
import { SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { computeGating } from '@/lib/domain/gating';
import { LOCALES } from '@/lib/domain/locale';
import { calculateSkillsGap } from '@/lib/domain/skills-gap';
import { reasonSayer } from '@/lib/i18n/reason-text';

/**
 * The engines' reasons as message keys: in English they read exactly as the engines' own English
 * text (so the two cannot drift apart), and every language puts each of them into words.
 */

const commcare = loadTemplates().find((t) => t.key === 'commcare')!;
const gatingReasons = () => computeGating(commcare, {}, {}).filter((g) => g.locked);
const skillsCases = [
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: true } },
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'boombox' as const, dhis2Systems: 1 } },
  { platforms: ['dhis2'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'separate' as const, dhis2Systems: 3 } },
  { platforms: ['dhis2', 'commcare'] as const, scale: { dhis2Clustered: false, dhis2Isolation: 'separate' as const, dhis2Systems: 1, commcareTier: 'small-cluster' as const } },
  { platforms: ['commcare'] as const, scale: {} },
];
const skillsReasons = () =>
  skillsCases.flatMap((c) => {
    const r = calculateSkillsGap({ platforms: [...c.platforms], scale: c.scale, team: [] }, SKILLS_CATALOGUE);
    return [r.scale.dhis2, r.scale.commcare].filter((x) => x !== undefined);
  });

describe('reasons as message keys', () => {
  it('in English, read exactly as the engines’ English', () => {
    const say = reasonSayer('en');
    const locked = gatingReasons();
    expect(locked.length).toBeGreaterThan(0);
    for (const g of locked) expect(say(g.lock!)).toBe(g.lockedReason);
    const scales = skillsReasons();
    expect(new Set(scales.map((s) => s.says.key)).size).toBe(6);
    for (const s of scales) expect(say(s.says)).toBe(s.reason);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: each is in words, with its figures, not in English', (locale) => {
    const say = reasonSayer(locale);
    const english = reasonSayer('en');
    for (const reason of [...gatingReasons().map((g) => g.lock!), ...skillsReasons().map((s) => s.says)]) {
      const text = say(reason);
      expect(text).not.toBe(english(reason));
      expect(text).not.toContain(reason.key);
      for (const v of Object.values(reason.params ?? {})) expect(text).toContain(String(v));
    }
  });
});
