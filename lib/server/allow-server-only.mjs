// Lets a plain Node process outside Next load lib/server: the 'server-only' package throws there,
// so it resolves to the package's own empty module, as it does in Next's server bundles. Imported
// first by the render processes (documents/render-process.mjs) and the bench scripts.
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const standIn = path.join(path.dirname(createRequire(import.meta.url).resolve('server-only')), 'empty.js');
const resolver = /** @type {{ _resolveFilename: (request: string, ...rest: unknown[]) => string }} */ (/** @type {unknown} */ (Module));
const resolveFilename = resolver._resolveFilename;
resolver._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'server-only' ? standIn : request, ...rest);
};
