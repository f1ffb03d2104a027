import { useMemo, useState } from 'react';
import { exportFiles, type ExportBundle } from '../../domain/export/export-bundle.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { sampleKind } from '../../domain/plan/sample-data.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { MigrationFileList } from './migration-file-list.tsx';
import type { ReadyDecision } from './plan-pdf.ts';
import { ScriptSettingsForm } from './script-settings-form.tsx';
import { useExportZip } from './use-export-zip.ts';

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
  const bundle = useMigrationBundle(plan, method, schedule);
  const { zipping, error, downloadZip } = useExportZip({
    plan,
    decision,
    schedule,
    files: bundle.files,
  });
  return (
    <section className="card" aria-labelledby="exp-files-heading">
      <h2 id="exp-files-heading">Files for Microsoft’s tools</h2>
      <p>
        Migration batch files in Microsoft’s exact format for this method, and a PowerShell script
        that creates the endpoint and one batch per file with the schedule’s start and completion
        times. The README explains each file.
      </p>
      <BundleNotes bundle={bundle} />
      <ScriptSettingsForm plan={plan} method={method} />
      <MigrationFileList files={bundle.files} />
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

/** The plan's migration files, made again when the plan, method or schedule change. */
function useMigrationBundle(
  plan: PlanInputs,
  method: MigrationMethod,
  schedule: Schedule,
): ExportBundle {
  // When the page opened: the script's header says when it was generated.
  const [generatedAt] = useState(
    () => `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  const sample = sampleKind(plan);
  return useMemo(
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
}

/** What the files leave to the user (notes) and what stops one being made (problems). */
function BundleNotes({ bundle }: { bundle: ExportBundle }) {
  return (
    <>
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
    </>
  );
}
