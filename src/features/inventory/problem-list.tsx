import { useId, useMemo, useState } from 'react';
import type { Format } from '../../domain/format.ts';
import type { ImportProblem } from '../../domain/inventory/mailbox.ts';
import {
  countProblems,
  problemPage,
  sortProblems,
  type ProblemFilter,
  type ProblemPage,
} from '../../domain/inventory/problem-pages.ts';
import { usePlanFormat } from './use-plan-format.ts';

export const PAGE_SIZE = 50;

const LABELS: Record<ProblemFilter, string> = { all: 'All', error: 'Errors', warning: 'Warnings' };

/**
 * Every problem of the imports, each with its file, row, column and reason, in pages:
 * a bad export can have tens of thousands, and reasons need room to wrap.
 */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const format = usePlanFormat();
  const [show, setShow] = useState<ProblemFilter>('all');
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortProblems(problems), [problems]);
  const counts = useMemo(() => countProblems(sorted), [sorted]);
  const shown = useMemo(() => problemPage(sorted, show, page, PAGE_SIZE), [sorted, show, page]);
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
          <FilterChoice
            show={show}
            counts={counts}
            format={format}
            onShow={(s) => {
              setShow(s);
              setPage(0);
            }}
          />
          <ProblemTable page={shown} label={LABELS[show]} format={format} />
          {shown.pages > 1 && <Pager page={shown} format={format} onPage={setPage} />}
        </>
      )}
    </section>
  );
}

function FilterChoice(props: {
  show: ProblemFilter;
  counts: Record<ProblemFilter, number>;
  format: Format;
  onShow: (show: ProblemFilter) => void;
}) {
  const groupId = useId();
  return (
    <fieldset className="inv-filter">
      <legend id={groupId}>Show</legend>
      {(['all', 'error', 'warning'] as const).map((s) => (
        <label key={s} className="inv-radio">
          <input
            type="radio"
            name={groupId}
            value={s}
            checked={props.show === s}
            onChange={() => props.onShow(s)}
          />
          {LABELS[s]} ({props.format.count(props.counts[s])})
        </label>
      ))}
    </fieldset>
  );
}

function ProblemTable({
  page,
  label,
  format,
}: {
  page: ProblemPage;
  label: string;
  format: Format;
}) {
  const { from, rows } = page;
  return (
    <table className="table inv-problem-table">
      <caption className="visually-hidden">
        Problems, {label.toLowerCase()}, rows {format.count(from + 1)} to{' '}
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
  );
}

function Pager(props: { page: ProblemPage; format: Format; onPage: (page: number) => void }) {
  const { from, rows, current, pages, shown } = props.page;
  const { format } = props;
  return (
    <nav className="inv-pager" aria-label="Problem pages">
      <button
        type="button"
        className="btn btn-small"
        disabled={current === 0}
        onClick={() => props.onPage(current - 1)}
      >
        Previous
      </button>
      <span>
        Problems {format.count(from + 1)}–{format.count(from + rows.length)} of{' '}
        {format.count(shown)}
      </span>
      <button
        type="button"
        className="btn btn-small"
        disabled={current >= pages - 1}
        onClick={() => props.onPage(current + 1)}
      >
        Next
      </button>
    </nav>
  );
}
