import { useState } from 'react';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';

/** How many manual edits the plan holds, with undo and clear. */
export function ScheduleEditsBar(props: {
  count: number;
  onUndo: () => void;
  onClear: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="sch-edits-bar">
      <p className="sch-edit-count">
        {props.count === 0
          ? 'No manual edits.'
          : props.count === 1
            ? '1 manual edit.'
            : `${props.count} manual edits.`}
      </p>
      <button
        type="button"
        className="btn btn-small"
        disabled={props.count === 0}
        onClick={props.onUndo}
      >
        Undo last edit
      </button>
      <button
        type="button"
        className="btn btn-small"
        disabled={props.count === 0}
        onClick={() => setConfirming(true)}
      >
        Clear all edits
      </button>
      <ConfirmDialog
        open={confirming}
        title="Clear all edits?"
        confirmLabel="Clear all edits"
        danger
        onConfirm={() => {
          setConfirming(false);
          props.onClear();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>
          All {props.count} manual moves, locks, splits and merges are dropped and the batches are
          computed afresh.
        </p>
      </ConfirmDialog>
    </div>
  );
}
