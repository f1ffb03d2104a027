import type { MigrationMethod } from '../methods/method-list.ts';
import { common } from './runbook-common.ts';
import { gate, item, type RunbookItem, type RunbookPhase } from './runbook-item.ts';

/** Full, minimal and express hybrid: MRS moves, then decommissioning in Microsoft's order. */
export function hybridRunbook(method: MigrationMethod): RunbookPhase[] {
  const full = method === 'full-hybrid';
  const express = method === 'express-hybrid';
  const dirSync = express
    ? item(
        'dirsync-one-time',
        'In the Hybrid Configuration Wizard choose "Synchronize my users and passwords one time": directory sync then stops and users are managed in Microsoft 365.',
        ['expressOneTimeSync'],
      )
    : item(
        'dirsync-on',
        'Install Microsoft Entra Connect and keep directory synchronization running for the whole project.',
        ['hybridNeedsDirSync'],
      );
  const hcw = item(
    'hcw-run',
    `Run the Hybrid Configuration Wizard (on-premises Organization Management and Microsoft 365 Global admin) and choose ${full ? 'Full' : 'Minimal'} Hybrid Configuration.`,
    ['hybridSources'],
  );
  const endpoint = item(
    'endpoint-mrsproxy',
    'Enable MRSProxy, publish EWS and Autodiscover without pre-authentication, then create and test the remote-move migration endpoint.',
    ['hybridSources'],
  );
  const deliveryDomain = item(
    'target-delivery-domain',
    'Use <tenant>.mail.onmicrosoft.com as the target delivery domain of every batch.',
    ['hybridSources'],
  );
  const licenceBefore = item(
    'licences-before-move',
    'Assign the Exchange Online licence to each user before starting their move in the Data migration page.',
    ['licenceBeforeExpressMove'],
  );
  const licenceAfter = item(
    'licences-after-move',
    'Assign each user’s licence only after their move completes, within 30 days: a licence before the move can create a duplicate cloud mailbox.',
    ['licenceAfterHybridMove', 'licenceGraceDays'],
  );
  const delegates = item(
    'delegates-same-batch',
    'Check that delegates and their managers are in the same batch (auto-mapping works only when both are in the same place).',
    ['delegatesSameBatch'],
  );

  const before: RunbookItem[] = [
    common.domainsVerify,
    dirSync,
    hcw,
    endpoint,
    deliveryDomain,
    common.concurrency,
    common.largeItems,
    common.bigMailboxes,
    delegates,
    ...(full ? [] : [licenceBefore]),
    common.pilot,
  ];
  before.push(
    gate(
      'gate-start-moves',
      'Go/no-go: start the production batches.',
      before.filter((i) => i !== common.bigMailboxes),
    ),
  );

  const complete = item(
    'complete-batches',
    'Let each batch sync to about 95 %, then complete it at its switch-over time (CompleteAfter, outside office hours).',
    ['hybridKeepsProfile'],
  );
  const during: RunbookItem[] = [
    common.monitor,
    ...(full ? [licenceAfter] : []),
    complete,
    common.welcome,
  ];

  const pf = item(
    'decom-public-folders',
    'Check that Get-OrganizationConfig shows PublicFoldersEnabled is not Remote; otherwise migrate the public folders first.',
    ['hybridKeepsProfile'],
  );
  const allMoved = item(
    'decom-all-moved',
    'Confirm every mailbox, including shared and resource mailboxes, is in Exchange Online.',
    ['hybridKeepsProfile'],
  );
  const dns = item(
    'decom-dns',
    'Point MX and Autodiscover at Exchange Online in internal and external DNS.',
    ['mxPropagationHours'],
  );
  const scp = item(
    'decom-scp',
    'Clear the Autodiscover SCP on every Exchange server (Set-ClientAccessService -AutoDiscoverServiceInternalUri $null).',
    ['hybridKeepsProfile'],
  );
  const connectors = item(
    'decom-connectors',
    'Delete the Hybrid Configuration Wizard connectors "Inbound from <id>" and "Outbound to <id>".',
    ['fullHybridFreeBusy'],
  );
  const orgRel = item(
    'decom-org-relationship',
    'Remove the organization relationship "O365 to On-Premises - <id>".',
    ['fullHybridFreeBusy'],
  );
  const keepServer = express
    ? item(
        'decom-uninstall',
        'Directory sync is already off: uninstall the last Exchange server once nothing depends on it.',
        ['expressOneTimeSync'],
      )
    : item(
        'decom-dirsync',
        'Either keep directory sync and one Exchange server (or the Exchange 2019 CU12+ management tools; never uninstall that last server) to manage recipients, or switch directory sync off and manage users in the cloud.',
        ['hybridNeedsDirSync'],
      );
  const decomGate = gate(
    'gate-decommission',
    'Go/no-go: start decommissioning on-premises Exchange.',
    [allMoved, pf],
  );
  const after: RunbookItem[] = [
    allMoved,
    pf,
    decomGate,
    dns,
    scp,
    ...(full ? [connectors, orgRel] : []),
    keepServer,
  ];
  return [
    { phase: 'before', title: 'Before the moves', items: before },
    { phase: 'during', title: 'During the moves', items: during },
    { phase: 'after', title: 'After the last move: decommissioning', items: after },
  ];
}
