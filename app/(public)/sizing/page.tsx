import Link from 'next/link';
import { SizingCalculator } from './sizing-calculator';
import { IntlProvider } from '@/app/_components/intl-provider';

export const metadata = { title: 'Sizing calculator' };

export default function SizingPage() {
  return (
    <main className="container" style={{ maxWidth: '72rem', margin: '0 auto', padding: '1rem' }}>
      <p className="muted">
        <Link href="/">Hosting Readiness</Link> › Sizing calculator
      </p>
      <h1>Sizing calculator</h1>
      <p>
        Estimate the servers for CommCare HQ (configuration tier from Dimagi&apos;s transition guide, per-service projection in the manner of the commcare-resource-model) or for each DHIS2
        system (components, Java heap, PostgreSQL settings, isolation and clustering). No account needed; nothing is stored. The same calculation is available as{' '}
        <code>POST /api/v1/sizing</code>.
      </p>
      <IntlProvider namespaces={['sizingConfig']}>
        <SizingCalculator />
      </IntlProvider>
    </main>
  );
}
