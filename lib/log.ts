/**
 * Structured JSON logs, one line per event: `{ time, level, msg, requestId, context }`.
 * The request id comes from proxy.ts (the `x-request-id` header), so a line can be matched to
 * the response that reported the failure. Errors are logged once, where they are turned into a
 * response; nothing below that logs and rethrows.
 */
export type TLogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<TLogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  // lib/env.ts is not imported: logging must work even when the environment does not parse.
  const level = (process.env.LOG_LEVEL ?? 'info') as TLogLevel;
  return ORDER[level] ?? ORDER.info;
}

function serializeError(error: Error): Record<string, unknown> {
  const cause = error.cause instanceof Error ? serializeError(error.cause) : error.cause;
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(code === undefined ? {} : { code }), stack: error.stack, ...(cause === undefined ? {} : { cause }) };
}

/** The line `log` writes, without the newline. */
export function formatLogLine(level: TLogLevel, msg: string, requestId: string | null | undefined, context: Record<string, unknown>, now = new Date()): string {
  return JSON.stringify({ time: now.toISOString(), level, msg, requestId: requestId ?? null, context }, (_key, value) =>
    value instanceof Error ? serializeError(value) : typeof value === 'bigint' ? value.toString() : value,
  );
}

export function log(level: TLogLevel, msg: string, requestId: string | null | undefined, context: Record<string, unknown> = {}): void {
  if (ORDER[level] < threshold()) return;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${formatLogLine(level, msg, requestId, context)}\n`);
}
