/**
 * The wizard's half-answered profile: a plain object the questions write into by dot path,
 * so a step can be answered, left and resumed before the whole profile validates.
 */
export type Draft = { [key: string]: unknown };

export function getPath(draft: Draft, path: string): unknown {
  let cur: unknown = draft;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Draft)[key];
  }
  return cur;
}

/** A copy of `draft` with `value` at `path` (undefined removes it). */
export function setPath(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split('.');
  if (!head) return draft;
  const copy: Draft = { ...draft };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  copy[head] = setPath(
    typeof child === 'object' && child !== null ? (child as Draft) : {},
    rest.join('.'),
    value,
  );
  return copy;
}
