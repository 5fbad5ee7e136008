// A render worker thread of the pool in lib/server/documents/render-pool.ts (piscina).
//
// Plain ESM on purpose: Next bundles the app's TypeScript into .next, but a worker thread needs a
// file of its own to start from, and the renderer (react-pdf, pdfkit, docx) is loaded from
// node_modules anyway (serverExternalPackages). So this file registers tsx — already what
// `npm start`, `npm run dev`, the tests and the bench run on — and imports the renderer's sources,
// the same in dev, tests and production. The compiled sources are cached by tsx per process; a
// worker loads them once and then renders job after job.
import { createRequire } from 'node:module';
import { Piscina } from 'piscina';
import { register } from 'tsx/cjs/api';

// tsx's require hook (TypeScript, JSX, tsconfig paths). Its ESM hooks (module.register) do not reach
// a worker thread on Node 20, its require hook does: the package is not "type": "module", so our
// sources are CommonJS to Node anyway, and react-pdf (ESM only) is loaded by import() inside them.
register();
const { renderJob } = createRequire(import.meta.url)('./render-job.ts');

/** One job: { model, format } in, the document's bytes out (moved to the caller, not copied). */
export default async function render(job) {
  const bytes = await renderJob(job);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A Buffer may be a slice of Node's shared pool: copy into its own ArrayBuffer before moving it.
  const own = view.byteOffset === 0 && view.byteLength === view.buffer.byteLength ? view : view.slice();
  return Piscina.move(own);
}
