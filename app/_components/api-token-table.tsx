import { TOKEN_SCOPE_LABELS, type TTokenScope } from '@/lib/auth/permissions';
import { RevokeApiTokenButton } from '@/app/(app)/account/api-tokens';

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function ApiTokenTable({ tokens, showOwner, caption }: {
  tokens: { id: string; name: string; prefix: string; scopes: TTokenScope[]; owner: string; expiresAt: Date; lastUsedAt: Date | null }[];
  showOwner: boolean;
  caption: string;
}) {
  if (tokens.length === 0) return <p className="muted">No API token.</p>;
  return (
    <div className="card table-wrap">
      <table>
        <caption className="skip">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {showOwner && <th scope="col">Owner</th>}
            <th scope="col">May</th>
            <th scope="col">Last used</th>
            <th scope="col">Works until</th>
            <th scope="col">
              <span className="skip">Actions</span>
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
              <td>{t.scopes.map((s) => TOKEN_SCOPE_LABELS[s] ?? s).join('; ')}</td>
              <td>{t.lastUsedAt ? day(t.lastUsedAt) : 'Never'}</td>
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
