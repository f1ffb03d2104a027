import { useId, useState, type Dispatch, type SetStateAction } from 'react';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { PlanInputs, PlanScriptSettings } from '../../domain/plan/plan.ts';
import { exportDetailsChanged } from '../../store/export-actions.ts';
import { cleanScriptSettings, FIELDS } from './script-settings-fields.ts';

type SetDraft = Dispatch<SetStateAction<PlanScriptSettings>>;

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
        exportDetailsChanged(plan.id, { script: cleanScriptSettings(draft) });
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
      {method === 'imap' && <ImapFields draft={draft} setDraft={setDraft} />}
      <button type="submit" className="btn">
        Save script settings
      </button>
      <p role="status" className="field-hint">
        {status}
      </p>
    </form>
  );
}

/** The IMAP server's port and connection security. */
function ImapFields({ draft, setDraft }: { draft: PlanScriptSettings; setDraft: SetDraft }) {
  return (
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
  );
}
