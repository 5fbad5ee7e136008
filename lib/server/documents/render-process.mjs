// A render process of the pool in render-pool.ts: it draws documents, one job at a time, for the
// server that forked it (and reads a draft's data to do so, draft-job.ts), and nothing else.
//
// A process, not a worker thread: a worker thread shares V8's helper threads (garbage collection,
// compilation) with the server, and a render keeps them busy — they ran at the server's priority and
// the server's own collections queued behind the render's (save p95 ×14 while drafts rendered,
// `npm run bench`). A process of its own has its own helpers, and all of them are lowered here.
//
// Plain ESM on purpose: Next bundles the app's TypeScript into .next, but a render process needs a
// file of its own to start from, and the renderer (react-pdf, pdfkit, docx) is loaded from
// node_modules anyway (serverExternalPackages). So this file registers tsx — already what
// `npm start`, `npm run dev`, the tests and the bench run on — and loads the renderer's sources,
// the same in dev, tests and production.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { register } from 'tsx/cjs/api';
import '../allow-server-only.mjs'; // this process is the server's: lib/server may be loaded

// Lower every thread of this process, V8's helpers included (Linux sets priority per thread; the
// threads started later inherit it). Elsewhere, the process's priority.
const nice = Number(process.env.HR_RENDER_NICE ?? 10);
try {
  for (const tid of fs.readdirSync('/proc/self/task')) os.setPriority(Number(tid), nice);
} catch {
  try {
    os.setPriority(nice);
  } catch {
    // not allowed here: render at the server's priority
  }
}

// tsx's require hook (TypeScript, JSX, tsconfig paths): the package is not "type": "module", so our
// sources are CommonJS to Node, and react-pdf (ESM only) is loaded by import() inside them.
register();
const require = createRequire(import.meta.url);
const { renderJob } = require('../../documents/render-job.ts');
// A draft's data is read here, not on the server's thread (lib/server/documents/draft-job.ts).
const { renderDraft } = require('./draft-job.ts');
const { DomainError } = require('../errors.ts');

/**
 * To the server, if it is still there. A server killed while we drew (kill -9, a crash) leaves a
 * closed channel: the send then fails with EPIPE, which Node would throw as an unhandled 'error'
 * event and print a stack trace into the server's log. We leave quietly instead.
 */
function reply(message) {
  if (!process.connected) process.exit(0);
  process.send(message, (error) => {
    if (error) process.exit(0);
  });
}

/**
 * { id, job: { format, model | build | draft } } in; { id, bytes } or { id, error, status? } out
 * (structured clone over IPC). `status`: the error is a DomainError, whose message is for the person.
 */
process.on('message', async ({ id, job }) => {
  try {
    const bytes = await ('draft' in job ? renderDraft(job) : renderJob(job));
    reply({ id, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error), ...(error instanceof DomainError ? { status: error.status } : {}) });
  }
});
// The server is our reason to live: when it goes, so do we.
process.on('disconnect', () => process.exit(0));
// One small document in each format before saying we are ready: the renderer's modules, fonts and
// hot paths are loaded then, not during the first document someone waits for.
const warmUp = { kind: 'report', title: 'Warm-up', subtitle: '', clientName: '', generatedOn: '', coverLines: [], isDraft: false, missing: [], sections: [{ id: 'w', number: '1', title: 'Warm-up', level: 1, blocks: [{ kind: 'paragraph', runs: [{ text: 'Texte accentué, ações.' }] }] }] };
for (const format of ['pdf', 'docx']) await renderJob({ model: warmUp, format }).catch(() => {});
reply({ ready: true });
