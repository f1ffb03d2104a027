import { item } from './runbook-item.ts';

/** Steps shared by several methods; one definition keeps their ids and wording identical. */
export const common = {
  domainsVerify: item(
    'domains-verify',
    'Add and verify every mail domain in Microsoft 365 (TXT record MS=ms…).',
    [],
  ),
  lowerMxTtl: item(
    'dns-lower-mx-ttl',
    'Lower the MX record’s TTL to one hour (3,600 seconds) or less well before the switch, so the MX change takes effect quickly.',
    ['mxPropagationHours'],
  ),
  concurrency: item(
    'endpoint-concurrency',
    'Set the endpoint’s concurrent migrations: 20 by default, at most 300; raise it only while the source keeps up.',
    ['defaultConcurrency', 'maxConcurrency'],
  ),
  pilot: item(
    'pilot-batch',
    'Run the pilot batch and compare its duration and queue time with the schedule.',
    ['durationByMailboxSize', 'durationByMailboxSizeP90'],
  ),
  monitor: item(
    'monitor-batches',
    'Watch each batch daily; after the initial copy it syncs again every 24 hours.',
    ['incrementalSyncHours'],
  ),
  mxSwitch: item(
    'dns-mx-switch',
    'Point the MX record at <token>.mail.protection.outlook.com (priority 0) and remove every other MX record.',
    ['mxPropagationHours'],
  ),
  autodiscover: item(
    'dns-autodiscover',
    'Create the CNAME autodiscover → autodiscover.outlook.com in internal and external DNS.',
    ['mxPropagationHours'],
  ),
  verifyMailFlow: item(
    'verify-mail-flow',
    'Send test messages from outside and inside the organisation and check they reach Exchange Online.',
    ['mxPropagationHours'],
  ),
  wait72h: item(
    'wait-72h',
    'Wait at least 72 hours after the MX change and check that every batch’s Last Synced Time is later than the change.',
    ['mxPropagationHours', 'incrementalSyncHours'],
  ),
  deleteBatches: item(
    'delete-batches',
    'Delete the migration batches (mail still reaching the old server is no longer copied after this).',
    ['mxPropagationHours'],
  ),
  welcome: item(
    'send-welcome',
    'Send the follow-up notice and staff the helpdesk for the days after each switch-over.',
    [],
  ),
  largeItems: item(
    'large-items',
    'Find items over 150 MB: hybrid moves stop on them; save and remove them first.',
    ['exoMaxMessageMB'],
  ),
  bigMailboxes: item(
    'big-mailboxes',
    'List mailboxes over 100 GB (quota and long moves) and over 200 GB (not supported): clean up or archive first.',
    ['largeMailboxGB', 'onboardingMaxMailboxGB'],
  ),
};
