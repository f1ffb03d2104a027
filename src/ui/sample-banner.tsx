import type { ReactNode } from 'react';
import type { SampleKind } from '../domain/export/sample-notice.ts';

const TEXT: Record<Exclude<SampleKind, null>, [title: string, text: string]> = {
  plan: [
    'Sample plan.',
    'Fabrikam is a fictional organisation: every name, address and figure here is made up. Change any answer or setting to see how the plan follows.',
  ],
  inventory: [
    'Sample data.',
    'The mailboxes and permissions in this plan are the fictional Fabrikam sample.',
  ],
  mailboxes: ['Sample data.', 'The mailboxes in this plan are the fictional Fabrikam sample.'],
  permissions: [
    'Sample data.',
    'The permissions in this plan are the fictional Fabrikam sample: import your own permission exports to replace them.',
  ],
};

/** Says on every page of a plan that its data is the fictional sample, and what to do instead. */
export function SampleBanner({ kind, action }: { kind: SampleKind; action?: ReactNode }) {
  if (!kind) return null;
  const [title, text] = TEXT[kind];
  return (
    <div className="sample-banner" role="note" aria-label="Sample data">
      <strong>{title}</strong> {text} {action}
    </div>
  );
}
