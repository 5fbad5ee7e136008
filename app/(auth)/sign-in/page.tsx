import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentSession } from '@/lib/auth/current-session';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo-accounts';
import { IntlProvider } from '@/app/_components/intl-provider';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage() {
  if (await currentSession()) redirect('/');
  const [t, common] = await Promise.all([getTranslations('signIn'), getTranslations('common')]);
  return (
    <main className="auth">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{common('appName')}</h1>
        <LanguageSwitcher />
      </div>
      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t('title')}</h2>
        <IntlProvider namespaces={['signIn', 'validation']}>
          <SignInForm />
        </IntlProvider>
      </div>
      <aside className="card muted" aria-labelledby="demo-accounts">
        <h2 id="demo-accounts" style={{ marginTop: 0, fontSize: '1rem' }}>
          {t('demoAccounts')}
        </h2>
        <p>{t.rich('demoPassword', { password: DEMO_PASSWORD, code: (chunks) => <code>{chunks}</code> })}</p>
        <ul>
          {DEMO_ACCOUNTS.map((a) => (
            <li key={a.email}>
              <code>{a.email}</code> — {common(`roles.${a.role}`)}
            </li>
          ))}
        </ul>
        <p>{t('demoStory')}</p>
      </aside>
    </main>
  );
}
