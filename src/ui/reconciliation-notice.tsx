/**
 * Says on every page of a plan that the imported inventory and the answers disagree, and offers
 * to take the inventory's figures. Once the planner keeps the answers it shrinks to one line
 * with the same offer, so the choice stays visible and reversible.
 */
export function ReconciliationNotice({
  sentences,
  kept,
  onAdopt,
  onKeep,
}: {
  sentences: readonly string[];
  kept: boolean;
  onAdopt: () => void;
  onKeep: () => void;
}) {
  const adopt = (
    <button type="button" className="btn btn-small" onClick={onAdopt}>
      Use the inventory’s figures
    </button>
  );
  if (kept) {
    return (
      <div className="reconcile-note" role="note" aria-label="Inventory and answers differ">
        {sentences.join(' ')} {adopt}
      </div>
    );
  }
  return (
    <section className="notice notice-warn reconcile" aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading" className="reconcile-title">
        The inventory and the answers differ
      </h2>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <p className="reconcile-actions">
        {adopt}{' '}
        <button type="button" className="btn btn-small" onClick={onKeep}>
          Keep my answers
        </button>
      </p>
    </section>
  );
}
