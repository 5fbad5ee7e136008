'use client';

import { useEffect, useRef } from 'react';

/**
 * Focus for a status line: after an action reports (saved, or what went wrong), focus moves to the
 * line that says so, so keyboard and screen-reader users hear the result where they are. The line
 * needs `tabIndex={-1}`.
 */
export function useFocusOnChange<E extends HTMLElement>(value: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (value) ref.current?.focus();
  }, [value]);
  return ref;
}
