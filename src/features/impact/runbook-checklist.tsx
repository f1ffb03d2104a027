import type { RunbookItem, RunbookPhase } from '../../domain/impact/runbook-item.ts';
import { FactLinks } from './fact-links.tsx';

/**
 * The team's checklist: before, during and after, with progress. A go/no-go gate can only
 * be ticked once every check that decides it is done (unticking stays possible). A gate's
 * sources are those of its checks, which link them already.
 */
export function RunbookChecklist(props: {
  phases: readonly RunbookPhase[];
  ticked: readonly string[];
  onToggle: (itemId: string, done: boolean) => void;
}) {
  const done = new Set(props.ticked);
  const all = props.phases.flatMap((p) => p.items);
  const byId = new Map(all.map((i) => [i.id, i]));
  const count = all.filter((i) => done.has(i.id)).length;

  return (
    <section aria-labelledby="imp-runbook-heading" className="imp-section">
      <h2 id="imp-runbook-heading">Runbook</h2>
      <div className="imp-progress">
        <p id="imp-runbook-count">
          {count} of {all.length} done
        </p>
        <progress max={all.length} value={count} aria-labelledby="imp-runbook-count" />
      </div>
      {props.phases.map((phase) => (
        <section
          key={phase.phase}
          aria-labelledby={`imp-phase-${phase.phase}`}
          className="imp-phase"
        >
          <h3 id={`imp-phase-${phase.phase}`}>{phase.title}</h3>
          <ul className="imp-checklist">
            {phase.items.map((item) =>
              item.gate ? (
                <GateItem
                  key={item.id}
                  item={item}
                  done={done}
                  byId={byId}
                  onToggle={props.onToggle}
                />
              ) : (
                <li key={item.id} className="imp-check">
                  <label className="imp-check-label">
                    <input
                      type="checkbox"
                      checked={done.has(item.id)}
                      onChange={(e) => props.onToggle(item.id, e.target.checked)}
                    />
                    <span>{item.text}</span>
                  </label>
                  <FactLinks ids={item.factIds} />
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}

function GateItem(props: {
  item: RunbookItem;
  done: ReadonlySet<string>;
  byId: ReadonlyMap<string, RunbookItem>;
  onToggle: (itemId: string, done: boolean) => void;
}) {
  const { item, done } = props;
  const checks = item.decidedBy ?? [];
  const open = checks.filter((id) => !done.has(id)).length;
  const ready = open === 0;
  const ticked = done.has(item.id);
  const statusId = `imp-gate-${item.id}-status`;
  return (
    <li className={`imp-gate ${ready ? 'imp-gate-ready' : 'imp-gate-waiting'}`}>
      <label className="imp-check-label">
        <input
          type="checkbox"
          checked={ticked}
          disabled={!ready && !ticked}
          aria-describedby={statusId}
          onChange={(e) => props.onToggle(item.id, e.target.checked)}
        />
        <span>
          <span className="badge imp-gate-badge">Go/no-go</span>{' '}
          {item.text.replace(/^Go\/no-go:\s*/i, '')}
        </span>
      </label>
      <p id={statusId} className="imp-gate-status">
        {ready
          ? 'Ready: every check below is done.'
          : `Not ready: ${open} of ${checks.length} ${checks.length === 1 ? 'check' : 'checks'} still open.`}
        {ticked && !ready && ' Ticked before its checks were done.'}
      </p>
      <p className="field-hint">Decided by:</p>
      <ul className="imp-gate-checks">
        {checks.map((id) => (
          <li key={id} className={done.has(id) ? 'imp-gate-check-done' : undefined}>
            <span className="visually-hidden">{done.has(id) ? 'Done: ' : 'Open: '}</span>
            <span aria-hidden="true">{done.has(id) ? '✓ ' : '○ '}</span>
            {props.byId.get(id)?.text ?? id}
          </li>
        ))}
      </ul>
    </li>
  );
}
