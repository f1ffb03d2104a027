import { useState } from 'react';
import type { PlanListItem } from '../../store/selectors.ts';
import { useFormat } from '../../store/use-format.ts';
import { browserTimeZone } from '../../store/use-plan-schedule.ts';
import { DeletePlanDialog } from './delete-plan-dialog.tsx';
import { PlanRow } from './plan-row.tsx';

export function PlanList({ plans }: { plans: PlanListItem[] }) {
  const [deleting, setDeleting] = useState<PlanListItem | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  // The list holds plans of any locale, so it reads in the browser's own.
  const format = useFormat();
  const timeZone = browserTimeZone();

  if (plans.length === 0) {
    return (
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans in this browser</h2>
        <p className="empty">
          No plans yet. Create one above, open a plan file, or try the sample plan to see what the
          planner makes.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Plans in this browser</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Last changed</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <PlanRow
              key={p.id}
              plan={p}
              updated={format.dateTime(Date.parse(p.updatedAt), timeZone)}
              renaming={renaming === p.id}
              onRename={(plan) => setRenaming(plan.id)}
              onRenameDone={() => setRenaming(null)}
              onDelete={setDeleting}
            />
          ))}
        </tbody>
      </table>
      <DeletePlanDialog plan={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
