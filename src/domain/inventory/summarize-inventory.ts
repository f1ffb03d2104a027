import type { Mailbox, RecipientType } from './mailbox.ts';
import { GB } from '../units.ts';

export type InventorySummary = {
  /** Data rows in the file (header and preamble lines not counted) = accepted + rejected. */
  rowsRead: number;
  accepted: number;
  /** Rows not imported, each with at least one problem naming its row. */
  rejected: number;
  byType: Record<RecipientType, number>;
  totalBytes: number;
  /** totalBytes in GB as Exchange counts them (1 GB = 1024³ bytes). */
  totalGB: number;
  totalItems: number;
  /** Mailboxes imported without a readable size; totalBytes leaves them out. */
  sizesUnknown: number;
  largest: { email: string; displayName: string; sizeBytes: number; row: number } | null;
};

export function summarizeInventory(
  mailboxes: readonly Mailbox[],
  rowsRead: number,
): InventorySummary {
  const byType: Record<RecipientType, number> = {
    UserMailbox: 0,
    SharedMailbox: 0,
    RoomMailbox: 0,
    EquipmentMailbox: 0,
    LinkedMailbox: 0,
    Other: 0,
  };
  let totalBytes = 0;
  let totalItems = 0;
  let sizesUnknown = 0;
  let largest: Mailbox | null = null;
  for (const m of mailboxes) {
    byType[m.type]++;
    if (m.itemCount !== null) totalItems += m.itemCount;
    if (m.sizeBytes === null) {
      sizesUnknown++;
      continue;
    }
    totalBytes += m.sizeBytes;
    if (largest === null || m.sizeBytes > (largest.sizeBytes ?? 0)) largest = m;
  }
  return {
    rowsRead,
    accepted: mailboxes.length,
    rejected: rowsRead - mailboxes.length,
    byType,
    totalBytes,
    totalGB: totalBytes / GB,
    totalItems,
    sizesUnknown,
    largest:
      largest === null
        ? null
        : {
            email: largest.email,
            displayName: largest.displayName,
            sizeBytes: largest.sizeBytes ?? 0,
            row: largest.row,
          },
  };
}
