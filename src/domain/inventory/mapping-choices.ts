import { MAILBOX_FIELDS, REQUIRED_FIELDS } from './column-mapping.ts';
import type { ColumnMapping, MailboxField } from './column-mapping.ts';

/**
 * The plan's hand-made choices after the mapping form: the previous ones, plus every field
 * whose column now differs from the one used. Fields left as recognised stay automatic, so a
 * later export with other headers is still recognised.
 */
export function nextOverride(
  previous: ColumnMapping,
  used: ColumnMapping,
  choices: ColumnMapping,
): ColumnMapping {
  const next: ColumnMapping = { ...previous };
  for (const f of MAILBOX_FIELDS) {
    const chosen = choices[f] ?? '';
    if (chosen !== (used[f] ?? '')) next[f] = chosen;
  }
  return next;
}

/** How a field got its column in the last read: by hand, recognised, or not at all. */
export function fieldSource(
  field: MailboxField,
  used: ColumnMapping,
  override: ColumnMapping,
): string {
  const chosen = override[field];
  if (chosen === '') return 'Left out by hand';
  if (chosen !== undefined && used[field] === chosen) return 'Chosen by hand';
  if (used[field] !== undefined) return 'Recognised';
  return REQUIRED_FIELDS.includes(field) ? 'Not found: required' : 'Not found';
}
