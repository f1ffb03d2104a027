import { facts } from '../../domain/facts.ts';
import type { Reason } from '../../domain/strategy/recommend.ts';

const STATUS_LABEL = {
  confirmed: 'confirmed',
  'confirmed-old': 'older revision',
  secondary: 'secondary source',
  inferred: 'our reading',
} as const;

/** Reasons, each with a link to the Microsoft page behind it so the answer can be defended. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r) => {
        const fact = facts[r.source];
        return (
          <li key={`${r.ruleId}-${r.text}`}>
            {r.text}{' '}
            <a
              href={fact.source.url}
              target="_blank"
              rel="noreferrer noopener"
              className="source-link"
            >
              Source: {fact.source.title}
            </a>
            {fact.status !== 'confirmed' && (
              <span className="badge">{STATUS_LABEL[fact.status]}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
