import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { methodTraits } from '../methods/method-traits.ts';

/**
 * One stage of the migration and how to go back from it. `basis` says whether Microsoft
 * documents the way back or the planner derives it from documented behaviour.
 */
export type RollbackStep = {
  id: string;
  stage: string;
  reach: 'full' | 'partial' | 'none';
  how: string;
  until: string;
  basis: 'documented' | 'inferred';
  factIds: readonly FactId[];
};

function step(
  id: string,
  stage: string,
  reach: RollbackStep['reach'],
  how: string,
  until: string,
  basis: RollbackStep['basis'],
  factIds: readonly FactId[],
): RollbackStep {
  return { id, stage, reach, how, until, basis, factIds };
}

const MX_BACK = (source: string): RollbackStep =>
  step(
    'after-mx-before-delete',
    'MX switched, batches not yet deleted',
    'partial',
    `Point MX back at ${source} (the lowered TTL makes it quick) and let people return to the old system. Mail delivered to Microsoft 365 in the meantime is not copied back: export it to PST and bring it across.`,
    'Until the batches are deleted, at least 72 hours after the MX change',
    'inferred',
    ['mxPropagationHours', 'incrementalSyncHours'],
  );

function hybridPlan(method: MigrationMethod): RollbackStep[] {
  const full = method === 'full-hybrid';
  return [
    step(
      'before-completion',
      'Batch synced, not completed',
      'full',
      'Remove the batch: the mailboxes were only copied and people never left on-premises Exchange.',
      'Until the batch completes (CompleteAfter)',
      'documented',
      ['hybridKeepsProfile'],
    ),
    step(
      'after-completion',
      'Mailboxes moved to Exchange Online',
      'partial',
      'Move the affected mailboxes back with an offboarding batch (New-MigrationBatch -TargetEndpoint <on-premises endpoint> -TargetDeliveryDomain <on-premises domain> -TargetDatabases …); as an MRS move it keeps Outlook profiles.' +
        (full
          ? ''
          : ' Offboarding is documented for hybrid deployments; check it with this hybrid flavour in the pilot.') +
        (method === 'express-hybrid'
          ? ' Directory sync was switched off after the one-time sync: it must run again for the on-premises objects to be updated.'
          : ''),
      'Until the hybrid configuration (migration endpoint, MRSProxy) is removed',
      full ? 'documented' : 'inferred',
      method === 'express-hybrid'
        ? ['hybridKeepsProfile', 'expressOneTimeSync']
        : ['hybridKeepsProfile'],
    ),
    step(
      'after-decommission',
      'On-premises Exchange decommissioned',
      'none',
      'No way back with migration tools: a new Exchange server and a new hybrid configuration, or PST export and import, would be needed.',
      'Point of no return',
      'inferred',
      ['hybridKeepsProfile'],
    ),
  ];
}

/** How far back each stage of the method can go, and how, in migration order. */
export function rollbackPlan(method: MigrationMethod): RollbackStep[] {
  switch (methodTraits[method].family) {
    case 'hybrid':
      return hybridPlan(method);
    case 'cutover':
      return [
        step(
          'before-mx',
          'Batch copying, MX unchanged',
          'full',
          'Stop and delete the cutover batch: people never left the old server. Turn directory synchronization back on if it is needed there.',
          'Until the MX switch',
          'inferred',
          ['cutoverOneBatch', 'cutoverDirSyncOff'],
        ),
        MX_BACK('the old Exchange server'),
        step(
          'after-delete',
          'Batch deleted',
          'none',
          'Nothing copies mail any more: going back means exporting the Microsoft 365 mailboxes to PST and importing them on the old server; people go back to their old accounts and profiles.',
          'Point of no return',
          'inferred',
          ['mxPropagationHours', 'cutoverNewIdentity'],
        ),
      ];
    case 'staged':
      return [
        step(
          'before-meu',
          'Batch copied, mailboxes not yet converted to mail users',
          'full',
          'Remove the batch: the on-premises mailboxes still exist. Clear the forwarding to Microsoft 365 and bring back any mail that reached the cloud mailbox.',
          'Until the batch’s mailboxes are converted to mail users',
          'inferred',
          ['stagedNewProfile', 'stagedNeedsDirSync'],
        ),
        step(
          'after-meu',
          'Mailboxes converted to mail users',
          'partial',
          'The on-premises mailbox no longer exists: recreate it and import a PST exported from Microsoft 365.',
          'Per batch, as long as the on-premises Exchange servers run',
          'inferred',
          ['stagedNewProfile'],
        ),
        MX_BACK('the old Exchange servers'),
        step(
          'after-delete',
          'Batches deleted and old servers retired',
          'none',
          'Only a PST export from Microsoft 365 and a rebuilt on-premises organisation would bring people back.',
          'Point of no return',
          'inferred',
          ['mxPropagationHours'],
        ),
      ];
    case 'imap':
      return [
        step(
          'during-copy',
          'Email copying, MX unchanged',
          'full',
          'Stop and delete the batch: IMAP only reads the old mailboxes, which stay untouched.',
          'Until the MX switch',
          'inferred',
          ['imapMailOnly'],
        ),
        MX_BACK('the old mail server'),
        step(
          'after-source-shutdown',
          'Old mail server shut down',
          'none',
          'Only the copy in Microsoft 365 remains (email only); keep the old server until the 72-hour check is done.',
          'Point of no return',
          'inferred',
          ['imapMailOnly', 'mxPropagationHours'],
        ),
      ];
    case 'google':
      return [
        step(
          'before-completion',
          'Batch copying, not completed',
          'full',
          'Stop and remove the batch: new mail is still delivered to Gmail and people still work there.',
          'Until the batch completes',
          'inferred',
          ['googleMovesAll'],
        ),
        step(
          'after-completion',
          'Batch completed, Google forwards to Microsoft 365',
          'partial',
          'Remove the forwarding to Microsoft 365 (and move MX back to Google after the final switch); mail received in Microsoft 365 meanwhile must be brought back by hand.',
          'Until the Google tenant is decommissioned',
          'inferred',
          ['googleMovesAll'],
        ),
        step(
          'after-google-decommission',
          'Google tenant decommissioned',
          'none',
          'The data exists only in Microsoft 365.',
          'Point of no return',
          'inferred',
          ['googleMovesAll'],
        ),
      ];
    case 'pst-service':
      return [
        step(
          'before-import',
          method === 'pst-import-drive'
            ? 'Drives shipped, import not started'
            : 'Files uploaded, import not started',
          'full',
          'Do not start the import job: nothing has changed in the mailboxes.',
          'Until the import job is started',
          'inferred',
          ['pstMaxRowsPerMapping'],
        ),
        step(
          'after-import',
          'Import finished',
          'full',
          'Delete the imported folder from the mailbox; the PST files are unchanged. Importing again into the same target folder skips duplicates.',
          'Any time, as long as the PST files are kept',
          'inferred',
          ['pstMovesAll'],
        ),
      ];
    case 'outlook-pst':
      return [
        step(
          'after-import',
          'Person has imported their PST',
          'full',
          'Delete the imported folders in Outlook; the PST file on disk is unchanged.',
          'Any time, as long as the PST file is kept',
          'inferred',
          ['outlookPstMaxUsers'],
        ),
      ];
  }
}
