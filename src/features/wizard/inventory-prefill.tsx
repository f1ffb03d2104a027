import type { PlanInputs } from '../../domain/plan/plan.ts';
import { useFormat } from '../../store/use-format.ts';

/**
 * The seam between the inventory and the wizard: once an inventory is imported, its counts
 * can fill the size answers (the user still commits them with Next).
 */
export function InventoryPrefill({
  plan,
  onUse,
}: {
  plan: PlanInputs;
  onUse: (texts: Record<string, string>) => void;
}) {
  const format = useFormat(plan);
  const file = plan.inventory.mailboxFile;
  if (!file || file.totalGB === undefined) return null;
  return (
    <div className="notice">
      <p>
        The imported inventory <strong>{file.name}</strong> holds {format.count(file.accepted)}{' '}
        mailboxes and {format.decimal(file.totalGB)} GB.
      </p>
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          onUse({
            mailboxCount: String(file.accepted),
            totalDataGB: String(file.totalGB),
            ...(file.largestGB !== undefined ? { largestMailboxGB: String(file.largestGB) } : {}),
          })
        }
      >
        Use the inventory’s counts
      </button>
    </div>
  );
}
