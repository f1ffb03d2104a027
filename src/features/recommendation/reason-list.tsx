import { facts } from '../../domain/facts.ts';
import type { Reason } from '../../domain/strategy/recommend.ts';

// Plain words for how firmly the page states the reason; a confirmed fact needs no note.
const STATUS_NOTE = {
  confirmed: '',
  'confirmed-old': 'from an earlier version of the page',
  secondary: 'from a Microsoft blog or community answer, not the product documentation',
  inferred: 'the page implies this without stating it outright',
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
              <span className="reason-note"> ({STATUS_NOTE[fact.status]})</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
