import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatLogLine, log } from '@/lib/log';

describe('formatLogLine', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('writes one JSON object with time, level, msg, requestId and context', () => {
    const line = formatLogLine('info', 'saved', 'req-1', { userId: 'u1' }, now);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ time: '2026-03-01T10:00:00.000Z', level: 'info', msg: 'saved', requestId: 'req-1', context: { userId: 'u1' } });
  });

  it('keeps requestId present (null) outside a request, and context keys cannot overwrite the envelope', () => {
    const parsed = JSON.parse(formatLogLine('warn', 'x', undefined, { level: 'debug', msg: 'other' }, now));
    expect(parsed).toMatchObject({ level: 'warn', msg: 'x', requestId: null, context: { level: 'debug', msg: 'other' } });
  });

  it('serialises errors with their code, stack and cause', () => {
    const cause = Object.assign(new Error('connection terminated'), { code: 'ECONNRESET' });
    const error = new Error('query failed', { cause });
    const parsed = JSON.parse(formatLogLine('error', 'route failed', 'req-2', { error }, now));
    expect(parsed.context.error).toMatchObject({ name: 'Error', message: 'query failed', cause: { message: 'connection terminated', code: 'ECONNRESET' } });
    expect(parsed.context.error.stack).toContain('query failed');
  });
});

describe('log', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes errors to stderr, exactly one line, and skips levels below LOG_LEVEL', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.stubEnv('LOG_LEVEL', 'info');
    log('error', 'route failed', 'req-3', { path: '/api/x' });
    log('debug', 'noise', 'req-3');
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(stdout).not.toHaveBeenCalled();
    const written = String(stderr.mock.calls[0]![0]);
    expect(written.endsWith('\n')).toBe(true);
    expect(JSON.parse(written)).toMatchObject({ level: 'error', msg: 'route failed', requestId: 'req-3', context: { path: '/api/x' } });
  });
});
