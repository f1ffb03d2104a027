import { useId, useMemo, useState } from 'react';
import type { ImportProblem } from '../../domain/inventory/mailbox.ts';
import { usePlanFormat } from './use-plan-format.ts';

export const PAGE_SIZE = 50;
type Show = 'all' | 'error' | 'warning';

/** Errors before warnings; within each, file by file (in the order given) and by row. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  const rank = (p: ImportProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.row - b.row,
  );
}

/**
 * Every problem of the imports, each with its file, row, column and reason, in pages:
 * a bad export can have tens of thousands, and reasons need room to wrap.
 */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const format = usePlanFormat();
  const [show, setShow] = useState<Show>('all');
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortProblems(problems), [problems]);
  const errors = useMemo(() => sorted.filter((p) => p.severity === 'error').length, [sorted]);
  const shown = useMemo(
    () => (show === 'all' ? sorted : sorted.filter((p) => p.severity === show)),
    [sorted, show],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const from = current * PAGE_SIZE;
  const rows = shown.slice(from, from + PAGE_SIZE);
  const groupId = useId();
  const counts: Record<Show, number> = {
    all: sorted.length,
    error: errors,
    warning: sorted.length - errors,
  };
  const labels: Record<Show, string> = { all: 'All', error: 'Errors', warning: 'Warnings' };

  return (
    <section className="inv-problems" aria-labelledby="inv-problems-heading">
      <h2 id="inv-problems-heading">Problems</h2>
      {sorted.length === 0 ? (
        <p>No problems: every row was read.</p>
      ) : (
        <>
          <p className="field-hint">
            Errors: the row was not imported. Warnings: imported, with something to check.
          </p>
          <fieldset className="inv-filter">
            <legend id={groupId}>Show</legend>
            {(['all', 'error', 'warning'] as const).map((s) => (
              <label key={s} className="inv-radio">
                <input
                  type="radio"
                  name={groupId}
                  value={s}
                  checked={show === s}
                  onChange={() => {
                    setShow(s);
                    setPage(0);
                  }}
                />
                {labels[s]} ({format.count(counts[s])})
              </label>
            ))}
          </fieldset>
          <table className="table inv-problem-table">
            <caption className="visually-hidden">
              Problems, {labels[show].toLowerCase()}, rows {format.count(from + 1)} to{' '}
              {format.count(from + rows.length)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">File</th>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Column</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => (
                <tr key={from + i} className={p.severity === 'error' ? 'inv-error-row' : undefined}>
                  <td>{p.severity === 'error' ? 'Error' : 'Warning'}</td>
                  <td>{p.file}</td>
                  <td className="num">{p.row === 0 ? 'whole file' : p.row}</td>
                  <td>{p.column ?? ''}</td>
                  <td>{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav className="inv-pager" aria-label="Problem pages">
              <button
                type="button"
                className="btn btn-small"
                disabled={current === 0}
                onClick={() => setPage(current - 1)}
              >
                Previous
              </button>
              <span>
                Problems {format.count(from + 1)}–{format.count(from + rows.length)} of{' '}
                {format.count(shown.length)}
              </span>
              <button
                type="button"
                className="btn btn-small"
                disabled={current >= pages - 1}
                onClick={() => setPage(current + 1)}
              >
                Next
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
