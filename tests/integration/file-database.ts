import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../../lib/db/migrations';

/**
 * Each test file gets a database of its own, copied from the run's migrated template database
 * (global-setup.ts): files run side by side without seeing each other's rows, and a file starts
 * from the same empty, migrated schema as production. Dropped with the template at the end of the run.
 */
const templateUrl = inject('databaseUrl');
// Named after the template: the run's teardown drops every copy with it.
const name = `${templateName()}_f${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

function templateName(): string {
  return new URL(templateUrl).pathname.slice(1);
}
// Two files may copy the template at the same moment: PostgreSQL refuses a copy while another
// session is connected to the template, so the admin session uses the server's `postgres` database.
const adminUrl = withDatabase(templateUrl, 'postgres');
for (let attempt = 1; ; attempt++) {
  try {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
    } finally {
      await client.end();
    }
    break;
  } catch (error) {
    if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}
const url = withDatabase(templateUrl, name);
process.env.DATABASE_URL = url;
(globalThis as { __fileDatabaseUrl?: string }).__fileDatabaseUrl = url;
