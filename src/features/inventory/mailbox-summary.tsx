import type { RecipientType } from '../../domain/inventory/mailbox.ts';
import { CountTable } from '../../ui/count-table.tsx';
import type { InventorySummary } from '../../domain/inventory/summarize-inventory.ts';
import { usePlanFormat } from './use-plan-format.ts';

export const TYPE_LABELS: Record<RecipientType, string> = {
  UserMailbox: 'User mailboxes',
  SharedMailbox: 'Shared mailboxes',
  RoomMailbox: 'Room mailboxes',
  EquipmentMailbox: 'Equipment mailboxes',
  LinkedMailbox: 'Linked mailboxes',
  Other: 'Other',
};

/** Totals of the imported mailbox inventory: the figures the plan is sized from. */
export function MailboxSummary({ summary }: { summary: InventorySummary }) {
  const format = usePlanFormat();
  const types = (Object.keys(TYPE_LABELS) as RecipientType[]).filter((t) => summary.byType[t] > 0);
  return (
    <section className="card inv-summary" aria-labelledby="inv-mailbox-summary">
      <h2 id="inv-mailbox-summary">Mailbox summary</h2>
      <dl className="inv-stats">
        <div>
          <dt>Rows read</dt>
          <dd>{format.count(summary.rowsRead)}</dd>
        </div>
        <div>
          <dt>Accepted</dt>
          <dd>{format.count(summary.accepted)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd className={summary.rejected > 0 ? 'inv-bad' : undefined}>
            {format.count(summary.rejected)}
          </dd>
        </div>
        <div>
          <dt>Total size</dt>
          <dd>
            {summary.accepted > 0 && summary.sizesUnknown === summary.accepted
              ? 'Unknown'
              : format.size(summary.totalBytes)}
          </dd>
        </div>
        <div>
          <dt>Items</dt>
          <dd>{format.count(summary.totalItems)}</dd>
        </div>
        {summary.sizesUnknown > 0 && (
          <div>
            <dt>Size unknown</dt>
            <dd className="inv-bad">{format.count(summary.sizesUnknown)}</dd>
          </div>
        )}
      </dl>
      <div className="inv-summary-parts">
        <CountTable
          caption="Mailboxes by type"
          labelHeader="Type"
          countHeader="Mailboxes"
          rows={types.map((t) => ({
            key: t,
            label: TYPE_LABELS[t],
            count: format.count(summary.byType[t]),
          }))}
        />
        <div>
          <h3>Largest mailbox</h3>
          {summary.largest ? (
            <p className="inv-largest">
              <strong>{summary.largest.displayName}</strong>
              <br />
              {summary.largest.email}
              <br />
              {format.size(summary.largest.sizeBytes)} (row {summary.largest.row})
            </p>
          ) : (
            <p>No mailbox has a readable size.</p>
          )}
        </div>
      </div>
    </section>
  );
}
