'use client';

import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while the page's script has not run yet (the server's HTML, then hydration), true after.
 * A control whose work is done by the script is disabled until then: it says it is not ready
 * instead of swallowing a click (a slow phone, a busy machine), and a form's submit button that is
 * disabled also stops the browser from submitting the form itself on Enter.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
