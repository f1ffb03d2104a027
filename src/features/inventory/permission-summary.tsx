import type { Format } from '../../domain/format.ts';
import type { PermissionKind } from '../../domain/inventory/mailbox.ts';
import { CountTable } from '../../ui/count-table.tsx';
import type { PermissionsSummary } from '../../domain/inventory/parse-permissions.ts';
import { usePlanFormat } from './use-plan-format.ts';
import type { ResolutionState } from './permission-resolution.ts';

const KIND_LABELS: Record<PermissionKind, string> = {
  'full-access': 'Full Access',
  'send-as': 'Send As',
  'send-on-behalf': 'Send on Behalf',
  'calendar-delegate': 'Calendar delegate',
  folder: 'Other folder rights',
};

const SHOWN_WARNINGS = 8;

/** Permissions by kind, and which identities point at no mailbox of the inventory. */
export function PermissionSummary(props: {
  summary: PermissionsSummary;
  /** How the identities match the mailboxes, or where the matching is. */
  resolution: ResolutionState | null;
}) {
  const { summary } = props;
  const format = usePlanFormat();
  const state = props.resolution;
  return (
    <section className="card inv-summary" aria-labelledby="inv-permission-summary">
      <h2 id="inv-permission-summary">Permission summary</h2>
      <dl className="inv-stats">
        <div>
          <dt>Rows read</dt>
          <dd>{format.count(summary.rowsRead)}</dd>
        </div>
        <div>
          <dt>Used</dt>
          <dd>{format.count(summary.accepted)}</dd>
        </div>
        <div>
          <dt>Left out on purpose</dt>
          <dd>{format.count(summary.skipped)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd className={summary.rejected > 0 ? 'inv-bad' : undefined}>
            {format.count(summary.rejected)}
          </dd>
        </div>
      </dl>
      <div className="inv-summary-parts">
        <CountTable
          caption="Permissions by kind"
          labelHeader="Kind"
          countHeader="Permissions"
          rows={(Object.keys(KIND_LABELS) as PermissionKind[]).map((k) => ({
            key: k,
            label: KIND_LABELS[k],
            count: format.count(summary.byKind[k]),
          }))}
        />
        <div>
          <h3>Against the mailboxes</h3>
          <ResolutionNote state={state} format={format} />
        </div>
      </div>
    </section>
  );
}

/** Whom the permissions name: how many link two mailboxes, and which identities match none. */
function ResolutionNote({ state, format }: { state: ResolutionState | null; format: Format }) {
  const resolution = state?.status === 'ready' ? state.resolution : null;
  return state?.status === 'running' ? (
    <p role="status">
      Matching the permissions to the mailboxes:{' '}
      {Math.floor((100 * state.done) / Math.max(1, state.total))}%
    </p>
  ) : state?.status === 'error' ? (
    <p className="notice notice-warn">
      The permissions could not be matched to the mailboxes: {state.message}
    </p>
  ) : resolution === null ? (
    <p>Import the mailbox inventory to check whom these permissions name.</p>
  ) : (
    <>
      <p>
        {format.count(resolution.linked)} permissions link two mailboxes of the inventory and will
        keep them in the same batch.
        {resolution.unresolved > 0 &&
          ` ${format.count(resolution.unresolved)} name someone who is not in it and are left out of batching.`}
      </p>
      {resolution.warnings.length > 0 && (
        <div className="notice notice-warn">
          <h4 className="inv-warn-title">
            {format.count(resolution.warnings.length)} unresolved{' '}
            {resolution.warnings.length === 1 ? 'identity' : 'identities'}
          </h4>
          <ul>
            {resolution.warnings.slice(0, SHOWN_WARNINGS).map((w) => (
              <li key={w.reason}>{w.reason}</li>
            ))}
          </ul>
          {resolution.warnings.length > SHOWN_WARNINGS && (
            <p>The others are listed under Problems.</p>
          )}
        </div>
      )}
    </>
  );
}
