/**
 * The smallest page of the app: static, no client component. `npm run bench` compares the
 * questionnaire's first-load JavaScript with this page's (what any page of this app ships).
 */
export const metadata = { title: 'Bare page' };

export default function BarePage() {
  return (
    <main>
      <h1>Hosting Readiness</h1>
    </main>
  );
}
