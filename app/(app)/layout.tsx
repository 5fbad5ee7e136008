import { requireSession } from '@/lib/auth/current-session';
import { IntlProvider } from '../_components/intl-provider';
import { Header } from './header';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  return (
    <>
      <Header session={session} />
      <main id="main" tabIndex={-1}>
        <IntlProvider namespaces={['common']}>{children}</IntlProvider>
      </main>
    </>
  );
}
