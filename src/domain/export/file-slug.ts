/**
 * A file-name fragment safe on Windows, macOS and Linux and in a zip: lower-case ASCII letters,
 * digits and single hyphens. Accents are dropped (`Łódź` → `lodz`), everything else becomes a
 * hyphen, so no reserved character (`<>:"/\|?*`), trailing dot or space can reach a name.
 */
export function fileSlug(text: string, maxLength = 40): string {
  const ascii = text
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    // Letters NFKD does not decompose, common in the names this planner sees.
    .replaceAll(/[łŁ]/g, 'l')
    .replaceAll(/[øØ]/g, 'o')
    .replaceAll(/[đĐ]/g, 'd')
    .replaceAll(/ß/g, 'ss')
    .toLowerCase();
  const slug = ascii.replaceAll(/[^a-z0-9]+/g, '-').replaceAll(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** `7` of `12` → `07`: zero-padded to at least two digits so names sort in batch order. */
export function padNumber(n: number, total: number): string {
  return String(n).padStart(Math.max(2, String(total).length), '0');
}

/** `batch-01-pilot`: the base of every file made for the schedule's batch number `index` (0-based). */
export function batchFileBase(index: number, total: number, name: string): string {
  return ['batch', padNumber(index + 1, total), fileSlug(name)].filter((s) => s !== '').join('-');
}
