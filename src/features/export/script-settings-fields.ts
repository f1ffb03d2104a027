import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { PlanScriptSettings } from '../../domain/plan/plan.ts';

type TextKey = Exclude<keyof PlanScriptSettings, 'imapPort' | 'imapSecurity'>;
export type Field = { key: TextKey; label: string; hint: string };

const ADMIN: Field = {
  key: 'adminEmail',
  label: 'Admin address for Autodiscover',
  hint: 'An on-premises admin mailbox the endpoint is discovered from.',
};
const HYBRID: Field[] = [
  {
    key: 'tenant',
    label: 'Tenant name',
    hint: 'contoso → -TargetDeliveryDomain contoso.mail.onmicrosoft.com.',
  },
  {
    key: 'remoteServer',
    label: 'MRSProxy server',
    hint: 'e.g. mail.contoso.com; leave empty to use Autodiscover.',
  },
  ADMIN,
  {
    key: 'existingEndpoint',
    label: 'Existing endpoint name',
    hint: 'If the Hybrid Configuration Wizard already made one, the script reuses it.',
  },
];
/** What the script asks per method; a method without an entry needs no settings. */
export const FIELDS: Partial<Record<MigrationMethod, Field[]>> = {
  cutover: [ADMIN],
  staged: [ADMIN],
  'full-hybrid': HYBRID,
  'minimal-hybrid': HYBRID,
  'express-hybrid': HYBRID,
  imap: [{ key: 'remoteServer', label: 'IMAP server', hint: 'e.g. imap.contoso.com.' }],
  'google-workspace': [
    {
      key: 'adminEmail',
      label: 'Google Workspace super admin',
      hint: 'The admin the service account acts for.',
    },
    {
      key: 'googleKeyFile',
      label: 'Service account key file',
      hint: 'Path of the JSON key on the admin’s PC.',
    },
    {
      key: 'googleTargetDeliveryDomain',
      label: 'Microsoft 365 routing domain',
      hint: 'e.g. o365.fabrikam.com.',
    },
  ],
};

/** The answers as saved: text trimmed, empty answers left out (the script keeps `<fill in>`). */
export function cleanScriptSettings(draft: PlanScriptSettings): PlanScriptSettings {
  return Object.fromEntries(
    Object.entries(draft)
      .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])
      .filter(([, v]) => v !== undefined && v !== ''),
  ) as PlanScriptSettings;
}
