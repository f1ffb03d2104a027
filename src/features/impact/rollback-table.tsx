import { rollbackPlan } from '../../domain/impact/rollback.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import { FactLinks } from './fact-links.tsx';
import { REACH_LABELS } from './labels.ts';

/** How far back each stage of the method can go, and how. */
export function RollbackTable({ method }: { method: MigrationMethod }) {
  return (
    <section aria-labelledby="imp-rollback-heading" className="imp-section">
      <h2 id="imp-rollback-heading">Rollback plan</h2>
      <p>
        In migration order. “Documented” ways back are described by Microsoft; “inferred” ones
        follow from documented behaviour and should be tried in the pilot.
      </p>
      <div className="table-scroll">
        <table className="table imp-rollback">
          <caption className="visually-hidden">Rollback by stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Way back</th>
              <th scope="col">How</th>
              <th scope="col">Until</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {rollbackPlan(method).map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.stage}</th>
                <td>
                  <span className={`badge imp-reach-${s.reach}`}>{REACH_LABELS[s.reach]}</span>
                </td>
                <td>
                  {s.how} <FactLinks ids={s.factIds} />
                </td>
                <td>{s.until}</td>
                <td>{s.basis === 'documented' ? 'Documented' : 'Inferred'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
