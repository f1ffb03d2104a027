import { useId, useState } from 'react';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { PlanInputs, PlanScriptSettings } from '../../domain/plan/plan.ts';
import { exportDetailsChanged } from '../../store/export-actions.ts';

type TextKey = Exclude<keyof PlanScriptSettings, 'imapPort' | 'imapSecurity'>;
type Field = { key: TextKey; label: string; hint: string };

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
const FIELDS: Partial<Record<MigrationMethod, Field[]>> = {
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

/**
 * What the PowerShell script needs to know about the source. Empty answers stay as
 * `<fill in>` placeholders, and the script refuses to run until they are replaced.
 */
export function ScriptSettingsForm({
  plan,
  method,
}: {
  plan: PlanInputs;
  method: MigrationMethod;
}) {
  const saved = plan.export.script ?? {};
  const [draft, setDraft] = useState<PlanScriptSettings>(saved);
  const [status, setStatus] = useState('');
  const id = useId();
  const fields = FIELDS[method];
  if (!fields) return null;
  return (
    <form
      className="exp-script-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const cleaned = Object.fromEntries(
          Object.entries(draft)
            .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])
            .filter(([, v]) => v !== undefined && v !== ''),
        ) as PlanScriptSettings;
        exportDetailsChanged(plan.id, { script: cleaned });
        setStatus('Script settings saved; the script below uses them.');
      }}
    >
      <h3 id={`${id}-h`}>Script settings</h3>
      <p className="field-hint">
        Passwords are never asked here: the script prompts with Get-Credential.
      </p>
      {fields.map((f) => (
        <label key={f.key} className="field">
          <span className="field-label">{f.label}</span>
          <span className="field-hint">{f.hint}</span>
          <input
            value={draft[f.key] ?? ''}
            autoComplete="off"
            onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
          />
        </label>
      ))}
      {method === 'imap' && (
        <div className="exp-imap-row">
          <label className="field">
            <span className="field-label">Port</span>
            <input
              inputMode="numeric"
              value={draft.imapPort ?? ''}
              onChange={(e) => {
                const n = Number(e.target.value);
                setDraft((d) => ({
                  ...d,
                  imapPort: e.target.value && Number.isInteger(n) ? n : undefined,
                }));
              }}
            />
          </label>
          <label className="field">
            <span className="field-label">Security</span>
            <select
              value={draft.imapSecurity ?? 'Ssl'}
              onChange={(e) =>
                setDraft((d) => ({ ...d, imapSecurity: e.target.value as 'None' | 'Ssl' | 'Tls' }))
              }
            >
              <option value="Ssl">SSL (port 993)</option>
              <option value="Tls">TLS (port 143)</option>
              <option value="None">None</option>
            </select>
          </label>
        </div>
      )}
      <button type="submit" className="btn">
        Save script settings
      </button>
      <p role="status" className="field-hint">
        {status}
      </p>
    </form>
  );
}
