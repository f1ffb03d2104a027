import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { PlanListItem } from '../../store/selectors.ts';
import { planDuplicated } from '../../store/plan-actions.ts';
import { RenamePlan } from './rename-plan.tsx';

type Props = {
  plan: PlanListItem;
  /** When it was last changed, already written for the reader. */
  updated: string;
  renaming: boolean;
  onRename: (plan: PlanListItem) => void;
  onRenameDone: () => void;
  onDelete: (plan: PlanListItem) => void;
};

/** One plan in the list: its name (or the rename form), when it changed, and what can be done to it. */
export function PlanRow({ plan: p, updated, renaming, onRename, onRenameDone, onDelete }: Props) {
  return (
    <tr>
      <td>{renaming ? <RenamePlan plan={p} onDone={onRenameDone} /> : <PlanName plan={p} />}</td>
      <td>{updated}</td>
      <td>
        <div className="actions">
          <button type="button" className="btn btn-small" onClick={() => onRename(p)}>
            Rename<span className="visually-hidden"> {p.name}</span>
          </button>
          <button type="button" className="btn btn-small" onClick={() => void planDuplicated(p.id)}>
            Duplicate<span className="visually-hidden"> {p.name}</span>
          </button>
          <button type="button" className="btn btn-small btn-danger" onClick={() => onDelete(p)}>
            Delete<span className="visually-hidden"> {p.name}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}

function PlanName({ plan: p }: { plan: PlanListItem }) {
  return (
    <>
      <Link to={paths.plan.getHref(p.id)}>{p.name}</Link>
      {p.sample && (
        <span className="badge badge-sample">{p.sample === 'plan' ? 'Sample' : 'Sample data'}</span>
      )}
    </>
  );
}
