import type { ColumnMatch, MailboxField } from './column-mapping.ts';
import type { ImportProblem } from './mailbox.ts';

const WHAT: Record<MailboxField, string> = {
  email: 'the e-mail address (PrimarySmtpAddress, EmailAddress or WindowsEmailAddress)',
  displayName: 'the display name (DisplayName)',
  type: 'the recipient type (RecipientTypeDetails)',
  sizeBytes: 'the mailbox size (TotalItemSize)',
  itemCount: 'the item count (ItemCount)',
  archiveSizeBytes: 'the archive size (TotalArchiveSize)',
  department: 'the department (Department)',
  office: 'the office (Office)',
  database: 'the database (Database)',
};

const CONSEQUENCE: Partial<Record<MailboxField, string>> = {
  displayName: 'Addresses are shown instead of names.',
  type: 'Every mailbox is counted as a user mailbox.',
  sizeBytes: 'Sizes are unknown, so batches cannot be sized.',
};

/** Problems with a file's header as a whole: missing or mis-mapped columns, or no header. */
export function fileLevelProblems(
  file: string,
  headerLine: number,
  columns: readonly string[],
  match: ColumnMatch,
  rowCount: number,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (columns.every((c) => c === '')) {
    problems.push({
      file,
      row: 0,
      reason: 'The file is empty: no header row was found.',
      severity: 'error',
    });
    return problems;
  }
  for (const { field, header } of match.unknownOverrides) {
    problems.push({
      file,
      row: headerLine,
      column: header,
      reason: `The column “${header}” chosen for ${WHAT[field]} is not in this file.`,
      severity: 'error',
    });
  }
  for (const field of match.unmappedRequired) {
    const lost = rowCount > 0 ? ` None of the ${rowCount} rows was imported.` : '';
    problems.push({
      file,
      row: headerLine,
      reason: `Missing required column: no column holds ${WHAT[field]}. Choose one by hand.${lost}`,
      severity: 'error',
    });
  }
  for (const field of match.unmappedRecommended) {
    problems.push({
      file,
      row: headerLine,
      reason: `No column holds ${WHAT[field]}. ${CONSEQUENCE[field] ?? ''}`.trim(),
      severity: 'warning',
    });
  }
  return problems;
}
