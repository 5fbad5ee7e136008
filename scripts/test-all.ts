import { spawnSync } from 'node:child_process';

/**
 * `npm test`: every check, in the order that fails fastest. Stops at the first failure and
 * exits non-zero. Integration and e2e tests each start their own throwaway PostgreSQL unless
 * DATABASE_URL is set.
 */
const steps: [string, string[]][] = [
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['unit', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['integration', ['npx', 'vitest', 'run', '--project', 'integration']],
  ['build', ['npx', 'next', 'build']],
  ['system', ['npx', 'vitest', 'run', '--project', 'system']],
  ['e2e', ['npx', 'playwright', 'test']],
];

const only = process.argv.slice(2);
const results: string[] = [];
let failed = 0;
for (const [name, command] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${command.join(' ')}`);
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (!ok) {
    failed++;
    break;
  }
}
console.log(`\n${results.join('\n')}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
