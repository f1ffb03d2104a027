import { METHOD_LABELS } from '../../domain/methods/method-list.ts';
import type { MethodWithReasons } from '../../domain/strategy/recommendation.ts';
import { ReasonList } from './reason-list.tsx';

export function MethodList({ items }: { items: readonly MethodWithReasons[] }) {
  return (
    <ul className="method-list">
      {items.map((m) => (
        <li key={m.method}>
          <h3>{METHOD_LABELS[m.method]}</h3>
          <ReasonList reasons={m.because} />
        </li>
      ))}
    </ul>
  );
}
