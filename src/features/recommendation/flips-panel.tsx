import { METHOD_LABELS } from '../../domain/methods/method-list.ts';
import type { Recommendation } from '../../domain/strategy/recommend.ts';

export function FlipsPanel({ flips }: { flips: Recommendation['flips'] }) {
  return (
    <section aria-labelledby="flips-heading" className="card">
      <h2 id="flips-heading">What would change the answer</h2>
      {flips.length === 0 ? (
        <p>No single change to the answers would lead to another method.</p>
      ) : (
        <ul>
          {flips.map((f) => (
            <li key={`${f.change}-${f.method}`}>
              {f.change} → <strong>{METHOD_LABELS[f.method]}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
