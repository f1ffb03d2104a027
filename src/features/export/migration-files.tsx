import { useMemo, useState } from 'react';
import { exportFiles } from '../../domain/export/export-bundle.ts';
import type { ExportFile } from '../../domain/export/export-file.ts';
import { fileSlug } from '../../domain/export/file-slug.ts';
import { serializePlanFile } from '../../domain/plan/plan-file.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { sampleKind } from '../../domain/plan/sample-data.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { planExportRecorded } from '../../store/export-actions.ts';
import { loadInventory } from '../../store/inventory-db.ts';
import { downloadBlob, todayIso } from '../../ui/download-blob.ts';
import { planPdf, type ReadyDecision } from './plan-pdf.ts';
import { ScriptSettingsForm } from './script-settings-form.tsx';

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  ps1: 'text/plain;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

function fileBlob(file: ExportFile): Blob {
  const ext = file.path.slice(file.path.lastIndexOf('.') + 1);
  return new Blob([file.content], { type: MIME[ext] ?? 'text/plain;charset=utf-8' });
}

/** The file name part of a bundle path (`batch-csv/batch-01-pilot.csv` → `batch-01-pilot.csv`). */
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Batch CSVs (or PST mapping files), the PowerShell script and a README, each on its own or
 * all in one zip together with the plan file.
 */
export function MigrationFiles({
  plan,
  decision,
  schedule,
}: {
  plan: PlanInputs;
  decision: ReadyDecision;
  schedule: Schedule;
}) {
  const method: MigrationMethod = decision.method;
  // When the page opened: the script's header says when it was generated.
  const [generatedAt] = useState(
    () => `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  const sample = sampleKind(plan);
  const bundle = useMemo(
    () =>
      exportFiles({
        planName: plan.name,
        method,
        generatedAt,
        schedule,
        script: plan.export.script,
        sample,
      }),
    [plan.name, method, schedule, generatedAt, plan.export.script, sample],
  );
  const [zipping, setZipping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const slug = fileSlug(plan.name) || 'plan';

  async function downloadZip() {
    setZipping(true);
    setError(null);
    try {
      const [{ zipSync, strToU8 }, inventory] = await Promise.all([
        import('fflate'),
        loadInventory(plan.id),
      ]);
      const entries: Record<string, Uint8Array> = {};
      for (const f of bundle.files) entries[f.path] = strToU8(f.content);
      const hasRows = inventory.mailboxes.length > 0 || inventory.permissions.length > 0;
      const pdf = await planPdf({
        plan,
        decision,
        inventory,
        schedule,
        redacted: false,
        onProgress: () => {},
        signal: new AbortController().signal,
      });
      entries[pdf.name] = new Uint8Array(await pdf.blob.arrayBuffer());
      entries[`${slug}.plan.json`] = strToU8(
        serializePlanFile(
          { plan, inventory: hasRows ? inventory : null },
          new Date().toISOString(),
        ),
      );
      const zip = zipSync(entries, { level: 6 });
      downloadBlob(
        new Blob([zip as BlobPart], { type: 'application/zip' }),
        `${slug}-export-${todayIso()}.zip`,
      );
      planExportRecorded(plan.id);
    } catch (e) {
      setError(`The zip could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setZipping(false);
    }
  }

  return (
    <section className="card" aria-labelledby="exp-files-heading">
      <h2 id="exp-files-heading">Files for Microsoft’s tools</h2>
      <p>
        Migration batch files in Microsoft’s exact format for this method, and a PowerShell script
        that creates the endpoint and one batch per file with the schedule’s start and completion
        times. The README explains each file.
      </p>
      {bundle.notes.length > 0 && (
        <ul className="notice exp-notes">
          {bundle.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {bundle.problems.length > 0 && (
        <ul className="notice notice-warn exp-notes">
          {bundle.problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
      <ScriptSettingsForm plan={plan} method={method} />
      <ul className="exp-files" aria-label="Files">
        {bundle.files.map((f) => (
          <li key={f.path}>
            <button
              type="button"
              className="btn btn-small"
              aria-label={`Download ${baseName(f.path)}`}
              onClick={() => downloadBlob(fileBlob(f), baseName(f.path))}
            >
              Download
            </button>
            <code>{f.path}</code>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn-primary"
        disabled={zipping}
        onClick={() => void downloadZip()}
      >
        {zipping ? 'Making the zip…' : 'Download everything (.zip)'}
      </button>
      <p className="field-hint">The zip holds these files, the PDF and the plan file.</p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
