import { useId } from 'react';
import type { Format } from '../../domain/format.ts';
import type { RunningProgress } from './use-import.ts';
import { usePlanFormat } from './use-plan-format.ts';

function describe(progress: RunningProgress, estimate: number | null, format: Format): string {
  switch (progress.phase) {
    case 'reading':
      return estimate === null
        ? 'Reading the file…'
        : `Reading the file: about ${format.count(estimate)} rows…`;
    case 'checking':
      return `${format.count(progress.done)} of ${format.count(progress.total)} rows checked`;
    case 'receiving':
      return `${format.count(progress.done)} of ${format.count(progress.total)} rows received`;
    case 'saving':
      return `Saving ${format.count(progress.total)} rows in this browser…`;
  }
}

/** A running import: which file, how far, and a Cancel that really stops it. */
export function ImportProgress(props: {
  fileName: string;
  file: { n: number; of: number };
  estimate: number | null;
  progress: RunningProgress;
  onCancel: () => void;
}) {
  const labelId = useId();
  const format = usePlanFormat();
  const { progress } = props;
  const measured = progress.phase === 'checking' || progress.phase === 'receiving';
  return (
    <div className="inv-progress">
      <p id={labelId} className="inv-progress-label">
        Importing {props.fileName}
        {props.file.of > 1 && ` (file ${props.file.n} of ${props.file.of})`}
      </p>
      <progress
        aria-labelledby={labelId}
        max={measured ? Math.max(progress.total, 1) : undefined}
        value={measured ? progress.done : undefined}
      />
      <p className="inv-progress-text">{describe(progress, props.estimate, format)}</p>
      <button type="button" className="btn btn-small" onClick={props.onCancel}>
        Cancel import
      </button>
    </div>
  );
}
