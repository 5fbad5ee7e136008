import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('common'))('notFound.title') };
}

/** The app's 404 page: for unknown addresses and for records that are missing or not yours to see. */
export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <main id="main">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.notExist')}</p>
      <p>{t('notFound.checkSignedIn')}</p>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </main>
  );
}
