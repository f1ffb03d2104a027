import type { FactId } from '../facts.ts';
import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';

export type MethodLimits = {
  /** Most rows (mailboxes) one batch may hold; null when Microsoft publishes no limit. */
  maxRows: number | null;
  rowsFactId: FactId | null;
  /** The whole organisation moves in one batch. */
  singleBatch: boolean;
  /** PST import runs per mailbox pair at a published daily rate instead of the MRS figures. */
  pstRate: boolean;
};

/** Row limits per method (reference §2.1, §10). */
export function methodLimits(method: MigrationMethod): MethodLimits {
  switch (method) {
    case 'cutover':
      return {
        maxRows: facts.cutoverMaxMailboxes.value,
        rowsFactId: 'cutoverMaxMailboxes',
        singleBatch: true,
        pstRate: false,
      };
    case 'staged':
      return {
        maxRows: facts.stagedMaxRowsPerBatch.value,
        rowsFactId: 'stagedMaxRowsPerBatch',
        singleBatch: false,
        pstRate: false,
      };
    case 'imap':
      return {
        maxRows: facts.imapMaxRowsPerBatch.value,
        rowsFactId: 'imapMaxRowsPerBatch',
        singleBatch: false,
        pstRate: false,
      };
    case 'pst-import-network':
    case 'pst-import-drive':
      return {
        maxRows: facts.pstMaxRowsPerMapping.value,
        rowsFactId: 'pstMaxRowsPerMapping',
        singleBatch: false,
        pstRate: true,
      };
    case 'outlook-pst':
      return { maxRows: null, rowsFactId: null, singleBatch: false, pstRate: true };
    default:
      return { maxRows: null, rowsFactId: null, singleBatch: false, pstRate: false };
  }
}
