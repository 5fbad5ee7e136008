import { afterEach, describe, expect, it, vi } from 'vitest';
import { onRequestError } from '@/instrumentation';

const RENDER = { routerKind: 'App Router', routePath: '/assessments/[assessmentId]', routeType: 'render', renderSource: 'react-server-components', revalidateReason: undefined } as const;
const request = (headers: Record<string, string | string[]>) => ({ path: '/assessments/0b5f6c1e-1111-4222-8333-944445555666', method: 'GET', headers });

describe('onRequestError (instrumentation.ts)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  const capture = () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    return lines;
  };

  it('logs a render error once, as our JSON line with the request id proxy.ts set', async () => {
    const lines = capture();
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { digest: '1234567' });
    await onRequestError(error, request({ 'x-request-id': 'req-render-1', cookie: 'secret' }), RENDER);
    // React hands the same error to Next again for the HTML: still one line.
    await onRequestError(error, request({ 'x-request-id': 'req-render-1' }), { ...RENDER, renderSource: 'server-rendering' });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      level: 'error',
      msg: 'render failed',
      requestId: 'req-render-1',
      context: { path: '/assessments/0b5f6c1e-1111-4222-8333-944445555666', method: 'GET', route: '/assessments/[assessmentId]', digest: '1234567', error: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432' } },
    });
    expect(lines[0]).not.toContain('secret');
  });

  it('names actions and routes, and keeps requestId null when the header is missing', async () => {
    const lines = capture();
    await onRequestError(new Error('a'), request({}), { ...RENDER, routeType: 'action', renderSource: undefined });
    await onRequestError('thrown text', request({ 'x-request-id': ['req-2', 'req-3'] }), { ...RENDER, routeType: 'route', renderSource: undefined });
    expect(lines.map((l) => JSON.parse(l)).map((l) => [l.msg, l.requestId])).toEqual([
      ['action failed', null],
      ['route failed', 'req-2'],
    ]);
  });
});
