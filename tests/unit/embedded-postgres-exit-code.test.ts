import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * A process that loads our embedded PostgreSQL module keeps the exit code it set: the package's
 * exit hook used to end every such process with 0, so failed integration tests passed CI.
 */
describe('the embedded PostgreSQL module', () => {
  it('leaves a failing exit code alone', () => {
    const script = "import('./lib/db/embedded-postgres.ts').then(() => { process.exitCode = 3; });";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
