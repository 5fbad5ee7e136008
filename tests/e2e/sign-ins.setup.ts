import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../../lib/demo-accounts';
import { signInThroughPage, storageStatePath } from './helpers';

/**
 * Signs each demo role in once, through the sign-in page, and keeps the browser state (the session
 * cookie) for every spec of the run: `signedIn(browser, role)` opens a context with it instead of
 * signing in again. Signing in itself is tested by auth.spec.ts (every role through the page, wrong
 * passwords), security.spec.ts (a planted cookie) and the sign-in limits' integration tests.
 */
for (const { role } of DEMO_ACCOUNTS) {
  setup(`sign in as the demo ${role}`, async ({ browser }) => {
    const context = await browser.newContext();
    await signInThroughPage(await context.newPage(), role);
    fs.mkdirSync(path.dirname(storageStatePath(role)), { recursive: true });
    await context.storageState({ path: storageStatePath(role) });
    await context.close();
  });
}
