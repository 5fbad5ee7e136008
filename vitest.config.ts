import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname, '.'),
      'server-only': path.resolve(__dirname, 'tests/fixtures/server-only.ts'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Vitest's default is one worker less than the CPUs: one on a 2-core machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', maxWorkers: 2 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          // Each file has a database of its own (file-database.ts), so files run side by side.
          setupFiles: ['tests/integration/file-database.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // No background renders after each change unless a test asks for them (render-cache.test.ts).
          env: { DRAFT_REFRESH_MS: '0' },
        },
      },
      {
        // The built app as a process of its own (killed and restarted): run after `next build`.
        extends: true,
        test: { name: 'system', include: ['tests/system/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 90_000 },
      },
    ],
  },
});
