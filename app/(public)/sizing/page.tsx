import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/app/_components/intl-provider';
import { SizingCalculator } from './sizing-calculator';

export async function generateMetadata() {
  return { title: (await getTranslations('sizing'))('calculatorTitle') };
}

export default async function SizingPage() {
  const t = await getTranslations('sizing');
  return (
    <main className="container" style={{ maxWidth: '72rem', margin: '0 auto', padding: '1rem' }}>
      <p className="muted">
        <Link href="/">Hosting Readiness</Link> › {t('calculatorTitle')}
      </p>
      <h1>{t('calculatorTitle')}</h1>
      <p>
        {t.rich('calculatorIntro', { code: (c) => <code>{c}</code> })}
      </p>
      <IntlProvider namespaces={['sizing', 'sizingConfig', 'sizingReasons', 'validation']}>
        <SizingCalculator />
      </IntlProvider>
    </main>
  );
}
