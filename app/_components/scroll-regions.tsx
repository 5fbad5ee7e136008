'use client';

import { useEffect } from 'react';

/**
 * Wide tables scroll sideways inside a `.table-wrap` on small screens. A region that scrolls must
 * be reachable by keyboard (WCAG 2.1.1): each wrap that overflows becomes a focusable, named
 * region, and stops being one when it fits again. Marks <html data-scroll-regions="ready">.
 */
function mark() {
  for (const wrap of document.querySelectorAll<HTMLElement>('.table-wrap')) {
    const overflows = wrap.scrollWidth > wrap.clientWidth + 1;
    if (overflows && !wrap.hasAttribute('tabindex')) {
      const table = wrap.querySelector('table');
      const name = table?.getAttribute('aria-label') ?? table?.querySelector('caption')?.textContent?.trim() ?? 'Table';
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', `${name} (scrolls sideways)`);
    } else if (!overflows && wrap.hasAttribute('tabindex')) {
      wrap.removeAttribute('tabindex');
      wrap.removeAttribute('role');
      wrap.removeAttribute('aria-label');
    }
  }
  document.documentElement.dataset.scrollRegions = 'ready';
}

export function ScrollRegions() {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(mark);
    };
    mark();
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, []);
  return null;
}
