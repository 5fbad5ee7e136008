import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { orNotFound } from '@/lib/app/or-not-found';
import { SKILLS_CATALOGUE } from '@/lib/content/outputs-reference';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import type { TSkillGapRow } from '@/lib/domain/skills-gap';
import { OutputsHeader } from '../outputs-header';
import { ProvisionalFigures, readinessOf } from '../provisional';
import { TeamForm } from './team-form';
import { assessmentMetadata } from '@/lib/app/assessment-metadata';

const LEVELS = SKILLS_CATALOGUE.levels.map((l) => l.name);
const RISK = { gap: { label: 'Gap', badge: 'bad' }, 'single-person': { label: 'One person', badge: 'warn' }, ok: { label: 'Covered', badge: 'ok' } } as const;

/** Heat-map cell: at or above the level required, one level short, or further. */
function heat(level: number, required: number) {
  if (required === 0) return 'heat-none';
  if (level >= required) return 'heat-ok';
  return level === required - 1 ? 'heat-near' : 'heat-far';
}

export const generateMetadata = assessmentMetadata('Skills gap');

export default async function AssessmentSkillsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const session = await requireSession();
  const outputs = await orNotFound(loadOutputs(db(), session.actor, assessmentId));
  const { skills } = outputs;
  const platformSkills = SKILLS_CATALOGUE.skills.filter((s) => s.platforms.some((p) => outputs.platforms.includes(p))).map((s) => ({ id: s.id, name: s.name }));
  return (
    <>
      <OutputsHeader outputs={outputs} active="skills" />
      <ProvisionalFigures readiness={readinessOf(outputs, 'skills')}>
      <section aria-labelledby="fte">
        <h2 id="fte">People</h2>
        <p data-testid="fte-summary">
          <strong>{skills.fte.needed} FTE needed</strong>, {skills.fte.available} available ({skills.fte.inHouse} in-house, {skills.fte.contractor} contractor)
          {skills.fte.shortfall > 0 ? (
            <>
              : <span className="badge bad">short by {skills.fte.shortfall} FTE</span>
            </>
          ) : (
            <> </>
          )}
        </p>
        <p className="muted">{skills.fte.reason}</p>
        {outputs.plannedDevopsEngineers !== undefined && <p className="muted">The assessment plans {outputs.plannedDevopsEngineers} DevOps engineer(s) in the MSP team (phase 2).</p>}
        <p>
          {skills.summary.gaps} gap(s), {skills.summary.singlePerson} skill(s) held by one person only, {skills.summary.ok} covered. Recommendations: train {skills.summary.train}, hire {skills.summary.hire}, outsource {skills.summary.outsource}.
        </p>
      </section>
      <section aria-labelledby="matrix">
        <h2 id="matrix">Skills matrix</h2>
        <p className="muted">
          Levels: {LEVELS.map((l, i) => `${i} ${l}`).join(', ')}. <span className="heat-ok legend">at or above the required level</span> <span className="heat-near legend">one level short</span> <span className="heat-far legend">further</span>
        </p>
        <div className="table-wrap">
          <table aria-label="Skills matrix" className="heatmap">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Required</th>
                {skills.team.map((m) => (
                  <th scope="col" key={m.name}>
                    {m.name}
                    <br />
                    <span className="muted">
                      {m.engagement}, {m.fte} FTE
                    </span>
                  </th>
                ))}
                <th scope="col">Best</th>
                <th scope="col">Holders</th>
                <th scope="col">Risk</th>
                <th scope="col">Recommendation</th>
              </tr>
            </thead>
            <tbody>
              {skills.skills.map((s: TSkillGapRow) => (
                <tr key={s.skillId} data-skill={s.skillId}>
                  <th scope="row">{s.name}</th>
                  <td title={s.requiredReason}>{s.required}</td>
                  {s.levels.map((l) => (
                    <td key={l.member} className={heat(l.level, s.required)} aria-label={`${l.member}: level ${l.level} (${LEVELS[l.level]})`}>
                      {l.level}
                    </td>
                  ))}
                  <td>{s.bestAvailable}</td>
                  <td>{s.holders}</td>
                  <td>
                    <span className={`badge ${RISK[s.risk].badge}`}>{RISK[s.risk].label}</span>
                  </td>
                  <td style={{ textAlign: 'left', minWidth: '16rem' }}>
                    <strong>{s.recommendation === 'none' ? '—' : s.recommendation}</strong> <span className="muted">{s.reason}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {skills.team.length === 0 && <p className="muted">No team recorded yet: every skill shows as a gap until you add the people below.</p>}
      </section>
      </ProvisionalFigures>
      <section aria-labelledby="team">
        <h2 id="team">Team</h2>
        {can(session.role, 'outputs.edit') ? (
          <TeamForm assessmentId={assessmentId} team={outputs.team} skills={platformSkills} levels={LEVELS} />
        ) : (
          <p className="muted">Your role can read the team but not change it.</p>
        )}
      </section>
      <h3>Assumptions</h3>
      <ul>
        {[...skills.assumptions, ...skills.missing].map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </>
  );
}
