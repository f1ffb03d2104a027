import { useState } from 'react';
import type { ExportFile } from '../../domain/export/export-file.ts';
import { fileSlug } from '../../domain/export/file-slug.ts';
import { serializePlanFile } from '../../domain/plan/plan-file.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { planExportRecorded } from '../../store/export-actions.ts';
import { loadInventory } from '../../store/inventory-db.ts';
import { downloadBlob, todayIso } from '../../ui/download-blob.ts';
import { planPdf, type ReadyDecision } from './plan-pdf.ts';

/** One zip of the migration files, the PDF and the plan file; fflate is fetched on first use. */
export function useExportZip({
  plan,
  decision,
  schedule,
  files,
}: {
  plan: PlanInputs;
  decision: ReadyDecision;
  schedule: Schedule;
  files: readonly ExportFile[];
}) {
  const [zipping, setZipping] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function downloadZip() {
    setZipping(true);
    setError(null);
    try {
      const slug = fileSlug(plan.name) || 'plan';
      const [{ zipSync, strToU8 }, inventory] = await Promise.all([
        import('fflate'),
        loadInventory(plan.id),
      ]);
      const entries: Record<string, Uint8Array> = {};
      for (const f of files) entries[f.path] = strToU8(f.content);
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

  return { zipping, error, downloadZip };
}
