import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/current-session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/prisma';
import { pageLocale } from '@/lib/i18n/request';
import { loadPortfolio } from '@/lib/server/portfolio/load-portfolio';
import { switchOrganizationAction } from '../actions';

export const metadata = { title: 'Portfolio' };

/** Every assessment of every organisation the consultant or administrator belongs to, what needs someone first. */
export default async function PortfolioPage() {
  const session = await requireSession();
  if (!can(session.role, 'portfolio.read')) redirect('/');
  const locale = await pageLocale();
  const [rows, t] = await Promise.all([loadPortfolio(db(), session.actor, locale), getTranslations('portfolio')]);
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="skip">{t('title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colAssessment')}</th>
                <th scope="col">{t('colOrganization')}</th>
                <th scope="col">{t('colPhase')}</th>
                <th scope="col">{t('colAnswered')}</th>
                <th scope="col">{t('colWaiting')}</th>
                <th scope="col">{t('colNext')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const isHere = r.organizationId === session.organization.id;
                const next = r.nextBlocking;
                const nextHref = next ? `/assessments/${r.id}/phases/${next.phaseId}` : `/assessments/${r.id}`;
                const open = (href: string, label: string) =>
                  isHere ? (
                    <Link href={href}>{label}</Link>
                  ) : (
                    <form action={switchOrganizationAction}>
                      <input type="hidden" name="organizationId" value={r.organizationId} />
                      <input type="hidden" name="next" value={href} />
                      <button type="submit" className="link" aria-describedby={`other-${r.id}`}>
                        {label}
                      </button>
                    </form>
                  );
                return (
                  <tr key={r.id} data-testid="portfolio-row">
                    <th scope="row">
                      {open(`/assessments/${r.id}`, r.name)}
                      <span className="muted"> · {r.country}</span>
                    </th>
                    <td>
                      {r.organizationName}
                      {!isHere && (
                        <span className="muted" id={`other-${r.id}`}>
                          {' '}
                          ({t('otherOrganization', { organization: r.organizationName })})
                        </span>
                      )}
                    </td>
                    <td>
                      {r.platforms.map((p) => (
                        <div key={p.platform}>{p.reached ? t('phaseReached', { platform: p.title, number: p.reached.number, total: p.phases }) : t('allSignedOff', { platform: p.title })}</div>
                      ))}
                    </td>
                    <td>{t('answered', { percent: r.percentAnswered, answered: r.requiredAnswered, required: r.requiredTotal })}</td>
                    <td>{r.waiting.count ? t('waiting', { count: r.waiting.count, days: r.waiting.oldestDays ?? 0 }) : t('waitingNone')}</td>
                    <td>{next ? open(nextHref, t('nextText', { label: next.label, number: next.phaseNumber, status: tr(`nextStatus.${next.status}`) })) : t('nextNone')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
