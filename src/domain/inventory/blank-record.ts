/** True when every value of a record is empty or spaces: a blank line of the file. */
export function isBlank(rec: readonly string[]): boolean {
  for (const v of rec) if (v.trim() !== '') return false;
  return true;
}
