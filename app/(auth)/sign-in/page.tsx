import { redirect } from 'next/navigation';
import { currentSession } from '@/lib/auth/current-session';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo-accounts';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { SignInForm } from './sign-in-form';

export const metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (await currentSession()) redirect('/');
  return (
    <main className="auth">
      <h1>Hosting Readiness</h1>
      <div className="card">
        <h2 style={{ marginTop: 0 }}>Sign in</h2>
        <SignInForm />
      </div>
      <aside className="card muted" aria-labelledby="demo-accounts">
        <h2 id="demo-accounts" style={{ marginTop: 0, fontSize: '1rem' }}>
          Demo accounts
        </h2>
        <p>
          Each uses the password <code>{DEMO_PASSWORD}</code>:
        </p>
        <ul>
          {DEMO_ACCOUNTS.map((a) => (
            <li key={a.email}>
              <code>{a.email}</code> — {ROLE_LABELS[a.role]}
            </li>
          ))}
        </ul>
        <p>They share a complete example: a ministry assessing CommCare and two DHIS2 systems, phases 1 and 2 signed off, phase 3 in progress, with a team, a budget and a ready RFP.</p>
      </aside>
    </main>
  );
}
