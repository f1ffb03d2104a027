const FIELD = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Fills {{field}} placeholders in one pass, so a value that itself contains "{{...}}" is
 * never expanded again. Unknown fields stay visible as written: a half-filled draft is
 * easier to spot than a silently blank one.
 */
export function renderMessage(template: string, fields: Readonly<Record<string, string>>): string {
  return template.replace(FIELD, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(fields, name) ? (fields[name] ?? whole) : whole,
  );
}

/** The merge fields a template uses, in order of first use. */
export function mergeFieldsOf(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((m) => m[1] ?? ''))];
}
