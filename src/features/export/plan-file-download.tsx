import { useState } from 'react';
import { fileSlug } from '../../domain/export/file-slug.ts';
import { serializePlanFile } from '../../domain/plan/plan-file.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { planExportRecorded } from '../../store/export-actions.ts';
import { loadInventory } from '../../store/inventory-db.ts';
import { useFormat } from '../../store/use-format.ts';
import { browserTimeZone } from '../../store/use-plan-schedule.ts';
import { downloadBlob, todayIso } from '../../ui/download-blob.ts';

/** Everything typed for the plan, with its inventory, as one JSON file to open elsewhere. */
export function PlanFileDownload({ plan }: { plan: PlanInputs }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const format = useFormat(plan);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const inventory = await loadInventory(plan.id);
      const hasRows = inventory.mailboxes.length > 0 || inventory.permissions.length > 0;
      const text = serializePlanFile(
        { plan, inventory: hasRows ? inventory : null },
        new Date().toISOString(),
      );
      downloadBlob(
        new Blob([text], { type: 'application/json' }),
        `${fileSlug(plan.name) || 'plan'}-${todayIso()}.plan.json`,
      );
      planExportRecorded(plan.id);
    } catch (e) {
      setError(`The plan file could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="exp-planfile-heading">
      <h2 id="exp-planfile-heading">Plan file</h2>
      <p>
        Every answer, choice and setting of this plan with its inventory, as one file. Open it on
        another machine with “Open a plan file” on the plans page to get the same plan.
      </p>
      <button type="button" className="btn" disabled={busy} onClick={() => void download()}>
        {busy ? 'Preparing the plan file…' : 'Download plan file'}
      </button>
      {plan.export.lastExportedAt && (
        <p className="field-hint">
          Last exported {format.dateTime(Date.parse(plan.export.lastExportedAt), browserTimeZone())}
          .
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
