import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a phone. The box is focusable and named, so keyboard
 * users can scroll it too (WCAG 2.1.1), and screen readers announce what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
