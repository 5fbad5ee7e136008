import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { formatNumberIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { pageSayer } from '@/lib/i18n/page-sayer';
import { IntlProvider } from '@/app/_components/intl-provider';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { skillsCatalogueIn } from '@/lib/content/outputs-reference';
import { ANNEX_TEXT } from '@/lib/domain/documents/annex-text';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import type { TSkillGapRow } from '@/lib/domain/skills-gap';
import { OutputsHeader } from '../outputs-header';
import { ProvisionalFigures, readinessOf } from '../provisional';
import { TeamForm } from './team-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';

const RISK = { gap: { label: 'gap', badge: 'bad' }, 'single-person': { label: 'singlePerson', badge: 'warn' }, ok: { label: 'covered', badge: 'ok' } } as const;

/** Heat-map cell: at or above the level required, one level short, or further. */
function heat(level: number, required: number) {
  if (required === 0) return 'heat-none';
  if (level >= required) return 'heat-ok';
  return level === required - 1 ? 'heat-near' : 'heat-far';
}

export const generateMetadata = assessmentMetadata({ key: 'skills' });

export default async function AssessmentSkillsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const outputs = await orNotFound(loadOutputs(db(), session.actor, assessmentId, await pageLocale()));
  const { skills } = outputs;
  const [t, tl, locale, say] = await Promise.all([getTranslations('skills'), getTranslations('lifecycle'), pageLocale(), pageSayer()]);
  const n = (x: number) => formatNumberIn(locale, x, 2);
  // The levels' names in the page's language ("0 aucun"), as the documents write them.
  const levelTexts = ANNEX_TEXT[locale].skills.levels;
  const LEVELS = levelTexts.map((l) => l.replace(/^\d+ /, ''));
  const platformSkills = skillsCatalogueIn(locale).skills.filter((s) => s.platforms.some((p) => outputs.platforms.includes(p))).map((s) => ({ id: s.id, name: s.name }));
  return (
    <>
      <OutputsHeader outputs={outputs} active="skills" />
      <ProvisionalFigures readiness={readinessOf(outputs, 'skills')}>
      <section aria-labelledby="fte">
        <h2 id="fte">{t('people')}</h2>
        <p data-testid="fte-summary">
          {t.rich('fteSummary', { needed: n(skills.fte.needed), available: n(skills.fte.available), inHouse: n(skills.fte.inHouse), contractor: n(skills.fte.contractor), strong: (c) => <strong>{c}</strong> })}
          {skills.fte.shortfall > 0 ? (
            <>
              : <span className="badge bad">{t('shortBy', { fte: n(skills.fte.shortfall) })}</span>
            </>
          ) : (
            <> </>
          )}
        </p>
        <p className="muted">{say(skills.fte.reason)}</p>
        {outputs.plannedDevopsEngineers !== undefined && <p className="muted">{t('plannedDevops', { count: outputs.plannedDevopsEngineers })}</p>}
        <p>
          {t('summary', { gaps: skills.summary.gaps, singlePerson: skills.summary.singlePerson, ok: skills.summary.ok, train: skills.summary.train, hire: skills.summary.hire, outsource: skills.summary.outsource })}
        </p>
      </section>
      <section aria-labelledby="matrix">
        <h2 id="matrix">{t('matrix')}</h2>
        <p className="muted">
          {t('levels', { levels: levelTexts.join(', ') })} <span className="heat-ok legend">{t('atOrAbove')}</span> <span className="heat-near legend">{t('oneShort')}</span> <span className="heat-far legend">{t('further')}</span>
        </p>
        <div className="table-wrap">
          <table aria-label={t('matrix')} className="heatmap">
            <thead>
              <tr>
                <th scope="col">{t('skill')}</th>
                <th scope="col">{t('required')}</th>
                {skills.team.map((m) => (
                  <th scope="col" key={m.name}>
                    {m.name}
                    <br />
                    <span className="muted">
                      {t('memberEngagement', { engagement: t(`engagement.${m.engagement}`), fte: n(m.fte) })}
                    </span>
                  </th>
                ))}
                <th scope="col">{t('best')}</th>
                <th scope="col">{t('holders')}</th>
                <th scope="col">{t('risk')}</th>
                <th scope="col">{t('recommendation')}</th>
              </tr>
            </thead>
            <tbody>
              {skills.skills.map((s: TSkillGapRow) => (
                <tr key={s.skillId} data-skill={s.skillId}>
                  <th scope="row">{s.name}</th>
                  <td title={say(s.requiredReason)}>{s.required}</td>
                  {s.levels.map((l) => (
                    <td key={l.member} className={heat(l.level, s.required)} aria-label={t('memberLevel', { member: l.member, level: l.level, name: LEVELS[l.level] })}>
                      {l.level}
                    </td>
                  ))}
                  <td>{s.bestAvailable}</td>
                  <td>{s.holders}</td>
                  <td>
                    <span className={`badge ${RISK[s.risk].badge}`}>{t(`risks.${RISK[s.risk].label}`)}</span>
                  </td>
                  <td style={{ textAlign: 'left', minWidth: '16rem' }}>
                    <strong>{s.recommendation === 'none' ? '—' : t(`recommendations.${s.recommendation}`)}</strong> <span className="muted">{say(s.reason)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {skills.team.length === 0 && <p className="muted">{t('noTeam')}</p>}
      </section>
      </ProvisionalFigures>
      <section aria-labelledby="team">
        <h2 id="team">{t('team')}</h2>
        {!outputs.isReadOnly && can(session.role, 'outputs.edit') ? (
          <IntlProvider namespaces={['skills', 'validation']}>
            <TeamForm assessmentId={assessmentId} team={outputs.team} skills={platformSkills} levels={LEVELS} />
          </IntlProvider>
        ) : (
          <p className="muted">{outputs.isReadOnly ? tl('readOnlyShort') : t('readOnly')}</p>
        )}
      </section>
      <h3>{t('assumptions')}</h3>
      <ul>
        {[...skills.assumptions, ...skills.missing].map(say).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </>
  );
}
