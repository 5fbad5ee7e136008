/**
 * Lets a plain Node script import lib/server: the real 'server-only' package throws outside Next,
 * so it resolves to the same stand-in the tests use. Import this before anything from lib/server.
 */
import Module from 'node:module';
import path from 'node:path';

const STAND_IN = path.join(process.cwd(), 'tests/fixtures/server-only.ts');
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = resolver._resolveFilename;
resolver._resolveFilename = function resolveFilename(request: string, ...rest: unknown[]) {
  return original.call(this, request === 'server-only' ? STAND_IN : request, ...rest);
};
