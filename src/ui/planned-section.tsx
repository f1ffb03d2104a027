import type { ReactNode } from 'react';

/** Says plainly what a section will hold while it is not built yet; never fakes results. */
export function PlannedSection({ children }: { children: ReactNode }) {
  return (
    <section className="planned" aria-label="Not available yet">
      <p className="planned-kicker">Not available yet</p>
      {children}
    </section>
  );
}
