import type { PlanListItem } from '../../store/selectors.ts';
import { planDeleted } from '../../store/plan-actions.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';

/** Asks before a plan and its inventory leave the browser; open while `plan` is set. */
export function DeletePlanDialog({
  plan,
  onClose,
}: {
  plan: PlanListItem | null;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      open={plan !== null}
      title="Delete this plan?"
      confirmLabel="Delete plan"
      danger
      onCancel={onClose}
      onConfirm={() => {
        if (plan) void planDeleted(plan.id);
        onClose();
      }}
    >
      <p>
        “{plan?.name}” and its imported inventory will be removed from this browser. Export a plan
        file first if you may need it again.
      </p>
    </ConfirmDialog>
  );
}
