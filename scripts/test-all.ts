import { spawn, spawnSync } from 'node:child_process';

/**
 * `npm test`: every check, in the order that fails fastest. Stops at the first failure and
 * exits non-zero. Integration and e2e tests each start their own throwaway PostgreSQL unless
 * DATABASE_URL is set. Typecheck and lint run side by side (each uses one core); their output is
 * printed when both are done.
 */
type TStep = [name: string, command: string[]];
const stages: TStep[][] = [
  [
    ['typecheck', ['npx', 'tsc', '--noEmit']],
    ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ],
  [['unit', ['npx', 'vitest', 'run', '--project', 'unit']]],
  [['integration', ['npx', 'vitest', 'run', '--project', 'integration']]],
  [['build', ['npx', 'next', 'build']]],
  [['system', ['npx', 'vitest', 'run', '--project', 'system']]],
  [['e2e', ['npx', 'playwright', 'test']]],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const only = process.argv.slice(2);
const results: string[] = [];
let failed = 0;

function report(name: string, ok: boolean, started: number) {
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failed++;
}

/** Runs a step with its output captured, for steps that run side by side. */
function captured([name, command]: TStep): Promise<{ name: string; ok: boolean; output: string; started: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, started }));
  });
}

async function main() {
  for (const stage of stages) {
    const steps = stage.filter(([name]) => !only.length || only.includes(name));
    if (!steps.length) continue;
    if (steps.length === 1) {
      const [name, command] = steps[0];
      const started = Date.now();
      console.log(`\n=== ${name}: ${command.join(' ')}`);
      const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env });
      report(name, result.status === 0, started);
    } else {
      console.log(`\n=== ${steps.map(([name]) => name).join(' and ')}, side by side`);
      for (const result of await Promise.all(steps.map(captured))) {
        console.log(`\n=== ${result.name}: ${steps.find(([n]) => n === result.name)![1].join(' ')}`);
        process.stdout.write(result.output);
        report(result.name, result.ok, result.started);
      }
    }
    if (failed) break;
  }
  console.log(`\n${results.join('\n')}`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
