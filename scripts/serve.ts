import { createServer } from 'node:http';
import next from 'next';
import { randomUUID } from 'node:crypto';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../lib/app/client-address';
import { API_CONTENT_SECURITY_POLICY, isApiPath } from '../lib/app/content-security-policy';
import { REQUEST_ID_HEADER } from '../lib/app/request-id-header';
import { foregroundRequest } from '../lib/app/foreground';
import { env } from '../lib/env';
import { log } from '../lib/log';

/**
 * The HTTP server in front of Next (what `npm start` runs). It exists for one reason: Next keeps a
 * client's own X-Forwarded-For and drops the socket address, so the app could not tell where a
 * request comes from. Here every request gets CLIENT_ADDRESS_HEADER from the socket (and from
 * X-Forwarded-For only as far as TRUST_PROXY_HOPS says), replacing any copy the client sent.
 *
 * It also gives every request its id (on the request for the handlers' logs, on the response for
 * the client; one the client sent is replaced), so the JSON API does not pass through proxy.ts:
 * for a request with a body Next copies the body for the proxy before the handler reads it, which
 * made an answer save cost about a third more CPU (scripts/bench/profile-saves.ts). The API's
 * responses get their fixed policy here; pages get theirs, with a nonce, in proxy.ts.
 *
 * And it knows when the app is answering someone, which the render pool needs (lib/app/foreground.ts).
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
      const id = randomUUID();
      req.headers[REQUEST_ID_HEADER] = id;
      res.setHeader(REQUEST_ID_HEADER, id);
      if (isApiPath(req.url ?? '')) res.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
      // Counted while it is answered: renders are held still meanwhile (lib/app/foreground.ts).
      foregroundRequest(
        () => void handle(req, res),
        (end) => res.once('close', end),
      );
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
