import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { E2E_SERVERS_READY, e2eServerEnv, runPlan, type TE2eServer } from './servers';

/**
 * playwright.config.ts's web server command: starts every e2e server of the run at once, each as
 * `npm start` does (scripts/start.ts: its own PostgreSQL, migrations, demo data, then the app), and
 * prints E2E_SERVERS_READY once every one answers /api/health. Playwright starts the entries of a webServer
 * list one after the other, each only once the previous one answers; side by side, the second server
 * no longer waits for the first. When a server stops, the others are stopped too and the run fails at
 * once, as it did with one entry per server.
 */
const servers = runPlan();
const children: number[] = [];

/**
 * Stops everything this command started, as Playwright stops its web server: SIGKILL to our process
 * group (Playwright starts the command as the leader of a group of its own; the servers, their
 * PostgreSQL and render processes are in it). A server still preparing its database does not wait
 * for a SIGTERM, so a gentler stop would leave the others running. Started some other way (the group
 * is not ours or our parent's), only the servers themselves are killed.
 */
function stopEverything(): never {
  const group = Number(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[2]);
  if (group === process.pid || group === process.ppid) process.kill(-group, 'SIGKILL');
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  process.exit(1);
}

/** Copies a child's lines to ours, each after its server's name. */
function prefixed(name: string, stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) {
  let rest = '';
  stream.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop()!;
    for (const line of lines) to.write(`${name}: ${line}\n`);
  });
}

function startOne(server: TE2eServer) {
  // scripts/start.ts with node itself (no npx or tsx wrapper between): a signal to it reaches it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env: { ...process.env, ...e2eServerEnv(server) }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child.pid!);
  prefixed(server.name, child.stdout!, process.stdout);
  prefixed(server.name, child.stderr!, process.stderr);
  child.on('exit', (code, signal) => {
    console.error(`The e2e server ${server.name} stopped (${signal ?? `exit code ${code}`}): stopping the others.`);
    stopEverything();
  });
}

async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
  return !!response?.ok;
}

async function main() {
  // As Playwright does for each entry: a server already there (another run's) would be tested instead of ours.
  for (const server of servers) {
    if (await answers(`${server.baseURL}/api/health`)) {
      console.error(`${server.baseURL} is already used: stop what runs there, or pick another E2E_PORT.`);
      process.exit(1);
    }
  }
  for (const server of servers) startOne(server);
  await Promise.all(
    servers.map(async (server) => {
      while (!(await answers(`${server.baseURL}/api/health`))) await sleep(200);
    }),
  );
  console.log(`${E2E_SERVERS_READY}: ${servers.map((s) => `${s.name} on ${s.baseURL}`).join(', ')}`);
}

void main();
