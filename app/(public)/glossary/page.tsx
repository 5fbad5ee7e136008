import Link from 'next/link';
import { Cite } from '@/app/_components/citation';
import { GLOSSARY } from '@/lib/content/glossary';
import { termAnchor } from '@/lib/domain/glossary';

export const metadata = { title: 'Glossary' };

export default function GlossaryPage() {
  const terms = [...GLOSSARY.terms].sort((a, b) => a.term.replace(/^-/, '').localeCompare(b.term.replace(/^-/, ''), 'en', { sensitivity: 'base' }));
  return (
    <main id="main" className="container" style={{ maxWidth: '52rem', margin: '0 auto', padding: '1rem' }}>
      <p className="muted">
        <Link href="/">Hosting Readiness</Link> › Glossary
      </p>
      <h1>Glossary</h1>
      <p>The technical words used in the questionnaires, the sizing and the documents, in plain language.</p>
      <dl className="glossary">
        {terms.map((t) => (
          <div key={t.term} id={termAnchor(t.term)}>
            <dt>
              <dfn>{t.term}</dfn>
              {t.aliases.length > 0 && <span className="muted"> (also: {t.aliases.join(', ')})</span>}
            </dt>
            <dd>
              {t.definition}
              {t.source && (
                <small className="citation">
                  {' '}
                  Source: <Cite citation={t.source} />.
                </small>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
