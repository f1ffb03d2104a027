import { csvText, encodeText, type CsvDialect, type Encoding } from './csv-text.ts';
import type { GeneratedMailbox, Organisation } from './organisation.ts';
import { sizeText } from './size-text.ts';

/**
 * The ways a mailbox inventory reaches the planner:
 * - `ps5`: Windows PowerShell 5.1 `Export-Csv` defaults: `#TYPE` line, every field quoted, ASCII.
 * - `ps5utf8`: the planner's own command: Windows PowerShell 5.1 `Export-Csv -NoTypeInformation
 *   -Encoding UTF8`: UTF-8 with BOM, every field quoted, no `#TYPE`.
 * - `ps7`: PowerShell 7 `Export-Csv -UseQuotes AsNeeded`: UTF-8 without BOM, no `#TYPE`.
 * - `utf16`: `Export-Csv -NoTypeInformation -Encoding Unicode`: UTF-16 LE with BOM.
 * - `de`: saved again by a German Excel: UTF-8 with BOM, semicolons, `6,582 GB (… Bytes)`.
 * - `ex2007`: Exchange 2007's sizes in bytes (`428125298B`), written as `ps5`.
 */
export const STYLES = ['ps5', 'ps5utf8', 'ps7', 'utf16', 'de', 'ex2007'] as const;
export type Style = (typeof STYLES)[number];

const FORMAT: Record<Style, { dialect: CsvDialect; encoding: Encoding; typeLine: boolean }> = {
  ps5: { dialect: { delimiter: ',', quoteAll: true }, encoding: 'ascii', typeLine: true },
  ps5utf8: { dialect: { delimiter: ',', quoteAll: true }, encoding: 'utf-8-bom', typeLine: false },
  ex2007: { dialect: { delimiter: ',', quoteAll: true }, encoding: 'ascii', typeLine: true },
  ps7: { dialect: { delimiter: ',', quoteAll: false }, encoding: 'utf-8', typeLine: false },
  utf16: { dialect: { delimiter: ',', quoteAll: true }, encoding: 'utf-16le-bom', typeLine: false },
  de: { dialect: { delimiter: ';', quoteAll: false }, encoding: 'utf-8-bom', typeLine: false },
};

const MAILBOX_COLUMNS = [
  'DisplayName',
  'PrimarySmtpAddress',
  'RecipientTypeDetails',
  'TotalItemSize',
  'ItemCount',
  'Department',
  'Office',
  'Database',
];

export const TYPE_LINE = '#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics';

function* mailboxRows(mailboxes: readonly GeneratedMailbox[], style: Style, archive: boolean) {
  const sizes = style === 'de' ? 'de' : style === 'ex2007' ? 'ex2007' : 'en';
  for (const m of mailboxes) {
    const row = [
      m.displayName,
      m.email,
      m.type,
      m.sizeBytes === null ? '' : sizeText(m.sizeBytes, sizes),
      m.itemCount === null ? '' : String(m.itemCount),
      m.department,
      m.office,
      m.database,
    ];
    if (archive) row.push(m.archiveBytes === null ? '' : sizeText(m.archiveBytes, sizes));
    yield row;
  }
}

/** The mailbox inventory in one style; a TotalArchiveSize column when any mailbox has an archive. */
export function mailboxExport(
  org: Pick<Organisation, 'mailboxes'>,
  style: Style,
): { name: string; bytes: Uint8Array } {
  const f = FORMAT[style];
  const archive = org.mailboxes.some((m) => m.archiveBytes !== null);
  const header = archive ? [...MAILBOX_COLUMNS, 'TotalArchiveSize'] : MAILBOX_COLUMNS;
  const text = csvText(
    header,
    mailboxRows(org.mailboxes, style, archive),
    f.dialect,
    f.typeLine ? [TYPE_LINE] : [],
  );
  return { name: `mailboxes-${style}.csv`, bytes: encodeText(text, f.encoding) };
}

/**
 * The permissions as one Identity,User,AccessRights file with addresses on both sides, the
 * form the planner documents for any source: calendar rights as `owner:\Calendar`.
 */
export function permissionExport(org: Organisation): { name: string; bytes: Uint8Array } {
  const rows = org.permissions.map((p) => {
    if (p.kind === 'calendar') return [`${p.owner}:\\Calendar`, p.grantee, p.rights];
    return [p.owner, p.grantee, p.kind === 'full-access' ? 'FullAccess' : 'SendAs'];
  });
  const text = csvText(['Identity', 'User', 'AccessRights'], rows, {
    delimiter: ',',
    quoteAll: false,
  });
  return { name: 'permissions.csv', bytes: encodeText(text, 'utf-8') };
}
