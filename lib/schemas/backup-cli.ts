import { parseArgs } from 'node:util';
import { z } from 'zod';

/** `npm run db:backup [-- --out <file>]` */
export const ZBackupArgs = z.object({
  out: z.string().trim().min(1, '--out needs a file name.').optional(),
});
export type TBackupArgs = z.infer<typeof ZBackupArgs>;

/** `npm run db:restore -- <file> [--into <database-url>] [--force]` */
export const ZRestoreArgs = z.object({
  file: z.string().trim().min(1, 'Name the backup file to restore.'),
  into: z
    .string()
    .refine((s) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(s), '--into must be a postgresql://user:password@host:port/database URL.')
    .optional(),
  force: z.boolean().default(false),
});
export type TRestoreArgs = z.infer<typeof ZRestoreArgs>;

export type TParsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parse<T>(schema: z.ZodType<T>, read: () => unknown): TParsed<T> {
  let raw: unknown;
  try {
    raw = read();
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues.map((i) => i.message).join('\n') };
}

export function parseBackupArgs(argv: string[]): TParsed<TBackupArgs> {
  return parse(ZBackupArgs, () => parseArgs({ args: argv, options: { out: { type: 'string' } }, strict: true }).values);
}

export function parseRestoreArgs(argv: string[]): TParsed<TRestoreArgs> {
  return parse(ZRestoreArgs, () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { into: { type: 'string' }, force: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) throw new Error(`One backup file at a time (got ${positionals.join(', ')}).`);
    return { ...values, file: positionals[0] ?? '' };
  });
}
