import type { MigrationMethod } from '../methods/method-list.ts';
import {
  cutoverRunbook,
  googleRunbook,
  imapRunbook,
  stagedRunbook,
} from './runbook-batch-methods.ts';
import { hybridRunbook } from './runbook-hybrid.ts';
import type { RunbookPhase } from './runbook-item.ts';
import { outlookPstRunbook, pstServiceRunbook } from './runbook-pst.ts';

/** The team's checklist for a method: before, during and after, with go/no-go gates. */
export function runbook(method: MigrationMethod): RunbookPhase[] {
  switch (method) {
    case 'full-hybrid':
    case 'minimal-hybrid':
    case 'express-hybrid':
      return hybridRunbook(method);
    case 'cutover':
      return cutoverRunbook();
    case 'staged':
      return stagedRunbook();
    case 'imap':
      return imapRunbook();
    case 'google-workspace':
      return googleRunbook();
    case 'pst-import-network':
    case 'pst-import-drive':
      return pstServiceRunbook(method);
    case 'outlook-pst':
      return outlookPstRunbook();
  }
}
