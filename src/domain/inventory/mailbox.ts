/** Recipient types as Get-Mailbox prints them in RecipientTypeDetails. */
export type RecipientType =
  'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox' | 'LinkedMailbox' | 'Other';

/** One mailbox of an imported inventory, normalised from whatever export it came from. */
export type Mailbox = {
  /**
   * Row number in the source file for messages: its line as an editor numbers lines, so the
   * header is row 1, or row 2 after Windows PowerShell's `#TYPE` line.
   */
  row: number;
  displayName: string;
  /** Primary SMTP address, lower-cased: the mailbox's identity everywhere in the planner. */
  email: string;
  type: RecipientType;
  /** Size in bytes; null when the export had no readable size ("Unlimited", empty). */
  sizeBytes: number | null;
  itemCount: number | null;
  archiveSizeBytes: number | null;
  department: string;
  office: string;
  database: string;
};

/** Kinds of permission, from strongest link to weakest, for permission-aware batching. */
export type PermissionKind =
  'calendar-delegate' | 'folder' | 'send-as' | 'send-on-behalf' | 'full-access';

/** One permission: `grantee` can act on `owner`'s mailbox. Both are lower-cased SMTP addresses or raw identities. */
export type Permission = {
  row: number;
  owner: string;
  grantee: string;
  kind: PermissionKind;
  rights: string;
};

/** A problem found in an imported file, located for a person to fix it. */
export type ImportProblem = {
  file: string;
  /**
   * 1-based row of the file, counted as an editor counts lines (the header is row 1, or row 2
   * after a `#TYPE` line); 0 for a problem with the whole file.
   */
  row: number;
  column?: string;
  reason: string;
  severity: 'error' | 'warning';
};
