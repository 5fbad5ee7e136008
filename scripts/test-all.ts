import { spawn } from 'node:child_process';

/**
 * `npm test`: every check, in the order that fails fastest. Stops at the first failure and
 * exits non-zero. Integration and e2e tests each start their own throwaway PostgreSQL unless
 * DATABASE_URL is set. Typecheck and lint run side by side (each uses one core); their output is
 * printed when both are done.
 *
 * The typecheck checks what `next build` would: `next typegen` first writes the route types the
 * build checks (.next/types, next-env.d.ts; tsconfig.json includes them), then `tsc` checks every
 * file, tests too (the build skips those). So when it has passed in this run, the build skips its own
 * check of the same program (HR_BUILD_TYPES_CHECKED, next.config.js): 38 s of one core, on the build's critical path.
 */
type TStep = { name: string; commands: string[][]; env?: () => NodeJS.ProcessEnv };
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const passed = new Set<string>();
const stages: TStep[][] = [
  [
    { name: 'typecheck', commands: [['npx', 'next', 'typegen'], ['npx', 'tsc', '--noEmit']] },
    { name: 'lint', commands: [['npx', 'eslint', '.', '--max-warnings=0']] },
  ],
  [{ name: 'unit', commands: [['npx', 'vitest', 'run', '--project', 'unit']] }],
  [{ name: 'integration', commands: [['npx', 'vitest', 'run', '--project', 'integration']] }],
  [{ name: 'build', commands: [['npx', 'next', 'build']], env: () => (passed.has('typecheck') ? { ...baseEnv, HR_BUILD_TYPES_CHECKED: '1' } : baseEnv) }],
  [{ name: 'system', commands: [['npx', 'vitest', 'run', '--project', 'system']] }],
  [{ name: 'e2e', commands: [['npx', 'playwright', 'test']] }],
];

const only = process.argv.slice(2);
const results: string[] = [];
let failed = 0;

function report(name: string, ok: boolean, ms: number) {
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${(ms / 1000).toFixed(1)} s)`);
  if (ok) passed.add(name);
  else failed++;
}

const shown = (step: TStep) => step.commands.map((c) => c.join(' ')).join(' && ');

/** Runs a step's commands one after the other, until one fails; `output` collects what they print, or it goes to ours. */
async function run(step: TStep, output?: { text: string }): Promise<boolean> {
  const env = step.env?.() ?? baseEnv;
  for (const command of step.commands) {
    const ok = await new Promise<boolean>((resolve) => {
      const child = spawn(command[0], command.slice(1), { env, stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
      child.stdout?.on('data', (chunk) => (output!.text += chunk));
      child.stderr?.on('data', (chunk) => (output!.text += chunk));
      child.on('close', (code) => resolve(code === 0));
    });
    if (!ok) return false;
  }
  return true;
}

async function main() {
  for (const stage of stages) {
    const steps = stage.filter(({ name }) => !only.length || only.includes(name));
    if (!steps.length) continue;
    if (steps.length === 1) {
      const [step] = steps;
      const started = Date.now();
      console.log(`\n=== ${step.name}: ${shown(step)}`);
      report(step.name, await run(step), Date.now() - started);
    } else {
      console.log(`\n=== ${steps.map(({ name }) => name).join(' and ')}, side by side`);
      const started = Date.now();
      const outcomes = await Promise.all(
        steps.map(async (step) => {
          const output = { text: '' };
          const ok = await run(step, output);
          return { step, ok, output: output.text, ms: Date.now() - started };
        }),
      );
      for (const { step, ok, output, ms } of outcomes) {
        console.log(`\n=== ${step.name}: ${shown(step)}`);
        process.stdout.write(output);
        report(step.name, ok, ms);
      }
    }
    if (failed) break;
  }
  console.log(`\n${results.join('\n')}`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
