import { getTranslations } from 'next-intl/server';
import type { TTokenScope } from '@/lib/auth/permissions';
import { formatDateIn } from '@/lib/domain/intl-format';
import { pageLocale } from '@/lib/i18n/request';
import { RevokeApiTokenButton } from '@/app/(app)/account/api-tokens';

export async function ApiTokenTable({ tokens, showOwner, caption }: {
  tokens: { id: string; name: string; prefix: string; scopes: TTokenScope[]; owner: string; expiresAt: Date; lastUsedAt: Date | null }[];
  showOwner: boolean;
  caption: string;
}) {
  const [tr, locale] = await Promise.all([getTranslations('account'), pageLocale()]);
  const day = (d: Date) => formatDateIn(locale, d);
  if (tokens.length === 0) return <p className="muted">{tr('noToken')}</p>;
  return (
    <div className="card table-wrap">
      <table>
        <caption className="skip">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('name')}</th>
            {showOwner && <th scope="col">{tr('owner')}</th>}
            <th scope="col">{tr('may')}</th>
            <th scope="col">{tr('lastUsed')}</th>
            <th scope="col">{tr('worksUntil')}</th>
            <th scope="col">
              <span className="skip">{tr('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>
                {t.name} <span className="muted">({t.prefix}…)</span>
              </td>
              {showOwner && <td>{t.owner}</td>}
              <td>{t.scopes.map((s) => tr(`scopes.${s}`)).join('; ')}</td>
              <td>{t.lastUsedAt ? day(t.lastUsedAt) : tr('never')}</td>
              <td>{day(t.expiresAt)}</td>
              <td>
                <RevokeApiTokenButton tokenId={t.id} name={t.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
