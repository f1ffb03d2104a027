import type { ReactNode } from 'react';
import type { SampleKind } from '../domain/export/sample-notice.ts';

/** Says on every page of a plan that its data is the fictional sample, and what to do instead. */
export function SampleBanner({ kind, action }: { kind: SampleKind; action?: ReactNode }) {
  if (!kind) return null;
  return (
    <aside className="sample-banner" aria-label="Sample data">
      <strong>{kind === 'plan' ? 'Sample plan.' : 'Sample inventory.'}</strong>{' '}
      {kind === 'plan'
        ? 'Fabrikam is a fictional organisation: every name, address and figure here is made up. Change any answer or setting to see how the plan follows; for your own organisation, start a new plan.'
        : 'The mailboxes and permissions in this plan are the fictional Fabrikam sample. Import your own exports on the Inventory page to replace them.'}
      {action}
    </aside>
  );
}
