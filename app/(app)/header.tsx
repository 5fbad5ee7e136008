import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { navigationFor } from '@/lib/app/navigation';
import type { TSessionView } from '@/lib/server/sessions';
import { signOutAction, switchOrganizationAction } from './actions';

export function Header({ session }: { session: TSessionView }) {
  const others = session.memberships.filter((m) => m.organizationId !== session.organization.id);
  return (
    <header className="header">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <div className="header-inner">
        <Link className="brand" href="/">
          Hosting Readiness
        </Link>
        <nav className="nav" aria-label="Main">
          {navigationFor(session.role).map((item) => (
            <Link key={item.href} href={item.href}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="who">
          <span>
            <strong data-testid="user-name">{session.user.name}</strong> · <span data-testid="organization-name">{session.organization.name}</span> ·{' '}
            <span className="badge" data-testid="user-role">
              {ROLE_LABELS[session.role]}
            </span>
          </span>
          {others.length > 0 && (
            <form action={switchOrganizationAction} className="row">
              <label htmlFor="organizationId" className="skip">
                Switch organisation
              </label>
              <select id="organizationId" name="organizationId" defaultValue="" style={{ width: 'auto' }}>
                <option value="" disabled>
                  Switch organisation…
                </option>
                {others.map((m) => (
                  <option key={m.organizationId} value={m.organizationId}>
                    {m.organizationName} ({ROLE_LABELS[m.role]})
                  </option>
                ))}
              </select>
              <button type="submit" className="secondary">
                Switch
              </button>
            </form>
          )}
          <form action={signOutAction}>
            <button type="submit" className="secondary">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
