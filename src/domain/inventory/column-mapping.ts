import { GB, KB, MB, TB } from '../units.ts';

/** The Mailbox fields an inventory column can feed. */
export type MailboxField =
  | 'displayName'
  | 'email'
  | 'type'
  | 'sizeBytes'
  | 'itemCount'
  | 'archiveSizeBytes'
  | 'department'
  | 'office'
  | 'database';

/** Field → header name as it appears in the file. An empty string means "leave unmapped". */
export type ColumnMapping = Partial<Record<MailboxField, string>>;

export type ColumnMatch = {
  mapping: ColumnMapping;
  /** Required fields that no column feeds: without them no row can be imported. */
  unmappedRequired: MailboxField[];
  /** Fields worth having that no column feeds: rows import, with that value unknown. */
  unmappedRecommended: MailboxField[];
  /** Hand-made choices that name a header the file does not have. */
  unknownOverrides: { field: MailboxField; header: string }[];
};

export const REQUIRED_FIELDS: readonly MailboxField[] = ['email'];
export const RECOMMENDED_FIELDS: readonly MailboxField[] = ['displayName', 'type', 'sizeBytes'];

/**
 * Header names as Get-Mailbox, Get-MailboxStatistics, Get-Recipient and the admin centre
 * export them, normalised (lower case, no spaces or punctuation), best first.
 */
const KNOWN_HEADERS: Record<MailboxField, readonly string[]> = {
  email: [
    'primarysmtpaddress',
    'emailaddress',
    'windowsemailaddress',
    'primaryemailaddress',
    'smtpaddress',
    'mail',
    'email',
    'userprincipalname',
  ],
  displayName: ['displayname', 'name', 'fullname'],
  type: ['recipienttypedetails', 'recipienttype', 'mailboxtype', 'type'],
  sizeBytes: ['totalitemsize', 'mailboxsize', 'totalsize', 'size', 'itemsize'],
  itemCount: ['itemcount', 'totalitemcount', 'items'],
  archiveSizeBytes: [
    'totalarchivesize',
    'archivesize',
    'archivetotalitemsize',
    'archivemailboxsize',
  ],
  department: ['department'],
  office: ['office', 'physicaldeliveryofficename'],
  database: ['database', 'databasename', 'mailboxdatabase'],
};

const FIELDS = Object.keys(KNOWN_HEADERS) as MailboxField[];
/** Every field of a mailbox, in the order the mapping screen lists them. */
export const MAILBOX_FIELDS: readonly MailboxField[] = FIELDS;
const PUNCTUATION = /[\s_\-.()[\]]/g;
// `TotalItemSize (MB)`, `MailboxSizeGB`, `TotalItemSizeInBytes`: computed columns of bare numbers.
const UNIT_SUFFIX = /(?:in)?(bytes|kb|mb|gb|tb)$/;
const UNIT_FACTOR: Record<string, number> = {
  bytes: 1,
  kb: KB,
  mb: MB,
  gb: GB,
  tb: TB,
};

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(PUNCTUATION, '');
}

/** The factor for bare numbers in a size column whose header names a unit; 1 (bytes) otherwise. */
export function headerUnit(header: string): number {
  const unit = UNIT_SUFFIX.exec(normalizeHeader(header))?.[1];
  return unit === undefined ? 1 : (UNIT_FACTOR[unit] ?? 1);
}

/**
 * Matches a file's headers to Mailbox fields, case- and punctuation-insensitively. A user's
 * `override` (from the mapping screen, remembered per plan) wins over recognition.
 */
export function mapColumns(headers: readonly string[], override: ColumnMapping = {}): ColumnMatch {
  const byNormal = new Map<string, string>();
  const byUnitless = new Map<string, string>();
  for (const h of headers) {
    const n = normalizeHeader(h);
    if (n === '') continue;
    if (!byNormal.has(n)) byNormal.set(n, h);
    const unitless = n.replace(UNIT_SUFFIX, '');
    if (unitless !== n && !byUnitless.has(unitless)) byUnitless.set(unitless, h);
  }
  const present = new Set(headers);
  const mapping: ColumnMapping = {};
  const unknownOverrides: ColumnMatch['unknownOverrides'] = [];
  const taken = new Set<string>();

  for (const field of FIELDS) {
    const chosen = override[field];
    if (chosen === undefined) continue;
    if (chosen === '') continue;
    if (present.has(chosen)) {
      mapping[field] = chosen;
      taken.add(chosen);
    } else {
      unknownOverrides.push({ field, header: chosen });
    }
  }
  for (const field of FIELDS) {
    if (field in override) continue;
    const sizeLike = field === 'sizeBytes' || field === 'archiveSizeBytes';
    for (const name of KNOWN_HEADERS[field]) {
      const header = byNormal.get(name) ?? (sizeLike ? byUnitless.get(name) : undefined);
      if (header !== undefined && !taken.has(header)) {
        mapping[field] = header;
        taken.add(header);
        break;
      }
    }
  }
  return {
    mapping,
    unmappedRequired: REQUIRED_FIELDS.filter((f) => mapping[f] === undefined),
    unmappedRecommended: RECOMMENDED_FIELDS.filter((f) => mapping[f] === undefined),
    unknownOverrides,
  };
}
