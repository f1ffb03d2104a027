import { METHOD_LABELS } from '../../domain/methods/method-list.ts';
import type { MethodWithLosses, MethodWithReasons } from '../../domain/strategy/recommendation.ts';
import { ReasonList } from './reason-list.tsx';

/** Methods with their reasons; a method that needs the client to accept a loss names it first. */
export function MethodList({
  items,
}: {
  items: readonly (MethodWithReasons | MethodWithLosses)[];
}) {
  return (
    <ul className="method-list">
      {items.map((m) => (
        <li key={m.method}>
          <h3>{METHOD_LABELS[m.method]}</h3>
          {'losses' in m && (
            <ul className="losses" aria-label={`What ${METHOD_LABELS[m.method]} gives up`}>
              {m.losses.map((l) => (
                <li key={l.need}>{l.text}</li>
              ))}
            </ul>
          )}
          <ReasonList reasons={m.because} />
        </li>
      ))}
    </ul>
  );
}
