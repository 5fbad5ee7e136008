import { spawnSync } from 'node:child_process';

// Every Prisma CLI command first tries to download the native schema engine, which this kind of
// machine cannot reach. `generate` only needs WASM, so any existing file stands in for the binary.
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
});
process.exit(result.status ?? 1);
