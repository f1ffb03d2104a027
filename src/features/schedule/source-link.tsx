import { facts, type FactId } from '../../domain/facts.ts';

/** A link to the Microsoft page behind a figure, so every number can be checked. */
export function SourceLink({ factId }: { factId: string }) {
  const fact = (facts as Record<string, (typeof facts)[FactId] | undefined>)[factId];
  if (!fact) return null;
  return (
    <a
      className="source-link"
      href={fact.source.url}
      target="_blank"
      rel="noreferrer noopener"
      title={fact.text}
    >
      Source: {fact.source.title}
    </a>
  );
}
