import { facts, type FactId } from '../../domain/facts.ts';

/** Links to the pages behind a statement, one per distinct page, so it can be checked. */
export function FactLinks({ ids }: { ids: readonly FactId[] }) {
  const pages = new Map<string, string>();
  for (const id of ids) {
    const { url, title } = facts[id].source;
    if (!pages.has(url)) pages.set(url, title);
  }
  if (pages.size === 0) return null;
  return (
    <span className="imp-sources">
      {[...pages].map(([url, title]) => (
        <a key={url} href={url} target="_blank" rel="noreferrer noopener" className="source-link">
          Source: {title}
        </a>
      ))}
    </span>
  );
}
