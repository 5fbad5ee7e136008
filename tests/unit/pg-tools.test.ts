import { describe, expect, it } from 'vitest';
import { findOnPath, parseToolMajor, toolConnection } from '@/lib/db/pg-tools';

describe('PostgreSQL client tools', () => {
  it.each([
    ['pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n', 15],
    ['pg_restore (PostgreSQL) 18.4\n', 18],
    ['pg_dump (PostgreSQL) 9.6.24\n', 9],
    ['pg_dump (PostgreSQL) 17devel\n', 17],
    ['something else', null],
  ])('reads the major of %j', (output, major) => {
    expect(parseToolMajor(output)).toBe(major);
  });

  it('moves the password out of the URL and drops Prisma-only parameters', () => {
    const { dbname, env } = toolConnection('postgresql://app:s%40cret@db.local:5433/hr?schema=public&sslmode=require&connection_limit=5');
    expect(dbname).toBe('postgresql://app@db.local:5433/hr?sslmode=require');
    expect(env.PGPASSWORD).toBe('s@cret');
  });

  it('finds executables on PATH only', () => {
    expect(findOnPath('sh', '/nonexistent:/bin:/usr/bin')).toMatch(/\/sh$/);
    expect(findOnPath('no-such-tool-hr', '/bin:/usr/bin')).toBeNull();
  });
});
