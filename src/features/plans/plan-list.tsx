import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { PlanListItem } from '../../store/selectors.ts';
import { planDeleted, planDuplicated } from '../../store/plan-actions.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { RenamePlan } from './rename-plan.tsx';

export function PlanList({ plans }: { plans: PlanListItem[] }) {
  const [deleting, setDeleting] = useState<PlanListItem | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);

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
            <tr key={p.id}>
              <td>
                {renaming === p.id ? (
                  <RenamePlan plan={p} onDone={() => setRenaming(null)} />
                ) : (
                  <>
                    <Link to={paths.wizardStart.getHref(p.id)}>{p.name}</Link>
                    {p.sample && (
                      <span className="badge badge-sample">
                        {p.sample === 'plan' ? 'Sample' : 'Sample data'}
                      </span>
                    )}
                  </>
                )}
              </td>
              <td>{new Date(p.updatedAt).toLocaleString()}</td>
              <td>
                <div className="actions">
                  <button type="button" className="btn btn-small" onClick={() => setRenaming(p.id)}>
                    Rename<span className="visually-hidden"> {p.name}</span>
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => void planDuplicated(p.id)}
                  >
                    Duplicate<span className="visually-hidden"> {p.name}</span>
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    onClick={() => setDeleting(p)}
                  >
                    Delete<span className="visually-hidden"> {p.name}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this plan?"
        confirmLabel="Delete plan"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void planDeleted(deleting.id);
          setDeleting(null);
        }}
      >
        <p>
          “{deleting?.name}” and its imported inventory will be removed from this browser. Export a
          plan file first if you may need it again.
        </p>
      </ConfirmDialog>
    </section>
  );
}
