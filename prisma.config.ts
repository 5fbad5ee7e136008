import { defineConfig } from 'prisma/config';

// The CLI only needs a URL for commands that talk to a database (e.g. `prisma migrate deploy`
// on a machine that can download engines). `prisma generate` works without one.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/hosting_readiness' },
});
