/** The first few items of a list for a message: "a, b, c and 2 more". */
export function firstAndMore(items: readonly string[], shown = 3): string {
  const more = items.length > shown ? ` and ${items.length - shown} more` : '';
  return items.slice(0, shown).join(', ') + more;
}
