import { createServer } from 'node:http';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../lib/app/client-address';
import { env } from '../lib/env';
import { log } from '../lib/log';

/**
 * The HTTP server in front of Next (what `npm start` runs). It exists for one reason: Next keeps a
 * client's own X-Forwarded-For and drops the socket address, so the app could not tell where a
 * request comes from. Here every request gets CLIENT_ADDRESS_HEADER from the socket (and from
 * X-Forwarded-For only as far as TRUST_PROXY_HOPS says), replacing any copy the client sent.
 */
const dev = process.argv.includes('--dev');
if (!dev) (process.env as Record<string, string>).NODE_ENV ??= 'production';
// The app believes the header only when this server is in front of it (lib/auth/current-session.ts).
process.env.HR_CLIENT_ADDRESS_FROM_SERVER = '1';

const { PORT: port, TRUST_PROXY_HOPS: hops } = env();

const app = next({ dev, port, hostname: 'localhost' });
const handle = app.getRequestHandler();

app.prepare().then(
  () => {
    const server = createServer((req, res) => {
      req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops);
      void handle(req, res);
    });
    server.listen(port, () => log('info', 'listening', null, { url: `http://localhost:${port}`, trustProxyHops: hops }));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        server.close();
        process.exit(0);
      });
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
