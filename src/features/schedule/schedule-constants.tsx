import type { ScheduleConstant } from '../../domain/schedule/schedule-types.ts';
import { SourceLink } from './source-link.tsx';

/** Every figure the schedule used, where it comes from, and whether the user changed it. */
export function ScheduleConstants({ constants }: { constants: readonly ScheduleConstant[] }) {
  return (
    <section aria-labelledby="sch-constants-heading">
      <h2 id="sch-constants-heading">Constants and sources</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {constants.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  {c.label}
                  {c.note && <p className="field-hint sch-note">{c.note}</p>}
                </th>
                <td>
                  {typeof c.value === 'number' ? c.value.toLocaleString('en-US') : c.value}
                  {c.overridden && <span className="badge badge-accent">overridden</span>}
                </td>
                <td>
                  <SourceLink factId={c.factId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
