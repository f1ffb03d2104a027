import type { MigrationMethod } from '../methods/method-list.ts';
import { psCommentText, psQuote } from './ps-quote.ts';

/** What the admin fills in or confirms at the top of the script; nothing secret goes here. */
export type ScriptSettings = {
  /** Admin address for Autodiscover (cutover, staged, hybrid without a server) or the Google admin. */
  adminEmail?: string;
  /** Hybrid: the MRSProxy host, e.g. `mail.contoso.com`. IMAP: the IMAP server. */
  remoteServer?: string;
  imapPort?: number;
  imapSecurity?: 'None' | 'Ssl' | 'Tls';
  /** Hybrid: `contoso` or `contoso.mail.onmicrosoft.com`, for -TargetDeliveryDomain. */
  tenant?: string;
  /** Google: the Microsoft 365 routing domain for -TargetDeliveryDomain, e.g. `o365.fabrikam.com`. */
  googleTargetDeliveryDomain?: string;
  /** Google: path of the service account's JSON key on the admin's PC. */
  googleKeyFile?: string;
  /** Hybrid: reuse the endpoint the Hybrid Configuration Wizard (or Hybrid Agent) created. */
  existingEndpoint?: string;
  endpointName?: string;
  maxConcurrentMigrations?: number;
  notificationEmails?: string[];
  /** Adds -AutoStart; off by default so nothing moves before the admin says so. */
  autoStart?: boolean;
  /** Folder with the batch CSVs on the admin's PC; default: `batch-csv` beside the script. */
  csvFolder?: string;
};

export type Setting = { variable: string; literal: string; missing: boolean };

export type SourceSetup = {
  settings: Setting[];
  /** Get-Credential prompt, or null when the method signs in without one. */
  credential: string | null;
  check: string;
  /** Null when an existing endpoint is reused. */
  endpoint: string | null;
  batchParams: string[];
  /** The method has a completion step, so -CompleteAfter applies. */
  completes: boolean;
};

export function setting(variable: string, value: string | undefined, label: string): Setting {
  const v = psCommentText(value ?? '').trim();
  return v === ''
    ? { variable, literal: psQuote(`<fill in: ${label}>`), missing: true }
    : { variable, literal: psQuote(v), missing: false };
}

const DEFAULT_ENDPOINT: Partial<Record<MigrationMethod, string>> = {
  cutover: 'CutoverEndpoint',
  staged: 'StagedEndpoint',
  imap: 'IMAPEndpoint',
  'google-workspace': 'GmailEndpoint',
};

function tenantDomain(tenant: string | undefined): string | undefined {
  const t = tenant?.trim().toLowerCase() ?? '';
  if (/^[a-z0-9-]+$/.test(t)) return `${t}.mail.onmicrosoft.com`;
  // Anything else (another domain, a typo) would give wrong routing addresses, so ask again.
  return /^[a-z0-9-]+\.mail\.onmicrosoft\.com$/.test(t) ? t : undefined;
}

function concurrency(s: ScriptSettings): string {
  const n = s.maxConcurrentMigrations;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 300
    ? ` -MaxConcurrentMigrations ${n}`
    : '';
}

/** Settings, checks and endpoint per method, with the parameter sets of reference §4.1-4.6. */
export function sourceSetup(method: MigrationMethod, s: ScriptSettings): SourceSetup {
  const name = setting(
    'EndpointName',
    s.existingEndpoint ?? s.endpointName ?? DEFAULT_ENDPOINT[method] ?? 'OnpremEndpoint',
    'endpoint name',
  );
  const admin = setting('AdminEmail', s.adminEmail, 'admin email address');
  const extra = concurrency(s);
  switch (method) {
    case 'cutover':
    case 'staged':
      return {
        settings: [name, admin],
        credential: 'On-premises admin account that can open every mailbox',
        check:
          'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
        endpoint: `New-MigrationEndpoint -ExchangeOutlookAnywhere -Name $EndpointName -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials${extra}`,
        batchParams: [],
        completes: false,
      };
    case 'imap': {
      const port = s.imapPort !== undefined && Number.isInteger(s.imapPort) ? s.imapPort : 993;
      return {
        settings: [
          name,
          setting('RemoteServer', s.remoteServer, 'IMAP server name'),
          { variable: 'Port', literal: String(port), missing: false },
          { variable: 'Security', literal: psQuote(s.imapSecurity ?? 'Ssl'), missing: false },
        ],
        credential: null,
        check:
          'Test-MigrationServerAvailability -IMAP -RemoteServer $RemoteServer -Port $Port -Security $Security',
        endpoint: `New-MigrationEndpoint -IMAP -Name $EndpointName -RemoteServer $RemoteServer -Port $Port -Security $Security${extra}`,
        batchParams: [],
        completes: false,
      };
    }
    case 'google-workspace':
      return {
        settings: [
          name,
          setting('AdminEmail', s.adminEmail, 'Google Workspace super admin address'),
          setting('KeyFile', s.googleKeyFile, 'path to the service account JSON key'),
          setting(
            'TargetDeliveryDomain',
            s.googleTargetDeliveryDomain,
            'Microsoft 365 routing domain',
          ),
        ],
        credential: null,
        check:
          'Test-MigrationServerAvailability -Gmail -ServiceAccountKeyFileData ([System.IO.File]::ReadAllBytes($KeyFile)) -EmailAddress $AdminEmail',
        endpoint: `New-MigrationEndpoint -Gmail -Name $EndpointName -ServiceAccountKeyFileData ([System.IO.File]::ReadAllBytes($KeyFile)) -EmailAddress $AdminEmail${extra}`,
        batchParams: ['-TargetDeliveryDomain $TargetDeliveryDomain'],
        completes: true,
      };
    default:
      return hybridSetup(s, name, admin, extra);
  }
}

function hybridSetup(s: ScriptSettings, name: Setting, admin: Setting, extra: string): SourceSetup {
  const delivery = setting(
    'TargetDeliveryDomain',
    tenantDomain(s.tenant),
    '<tenant>.mail.onmicrosoft.com',
  );
  const common = { batchParams: ['-TargetDeliveryDomain $TargetDeliveryDomain'], completes: true };
  if (s.existingEndpoint !== undefined && s.existingEndpoint.trim() !== '') {
    return {
      ...common,
      settings: [name, delivery],
      credential: null,
      check: 'Test-MigrationServerAvailability -Endpoint $EndpointName',
      endpoint: null,
    };
  }
  const credential = 'On-premises admin account (domain\\user) for the migration endpoint';
  if (s.remoteServer === undefined && s.adminEmail !== undefined) {
    return {
      ...common,
      settings: [name, admin, delivery],
      credential,
      check:
        'Test-MigrationServerAvailability -ExchangeRemoteMove -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
      endpoint: `New-MigrationEndpoint -ExchangeRemoteMove -Name $EndpointName -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials${extra}`,
    };
  }
  return {
    ...common,
    settings: [
      name,
      setting('RemoteServer', s.remoteServer, 'MRSProxy host, e.g. mail.contoso.com'),
      delivery,
    ],
    credential,
    check:
      'Test-MigrationServerAvailability -ExchangeRemoteMove -RemoteServer $RemoteServer -Credentials $Credentials',
    endpoint: `New-MigrationEndpoint -ExchangeRemoteMove -Name $EndpointName -RemoteServer $RemoteServer -Credentials $Credentials${extra}`,
  };
}
