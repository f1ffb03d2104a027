import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { ColumnMapping } from '../../domain/inventory/column-mapping.ts';
import type { ImportKind } from '../../domain/inventory/parse-import-file.ts';
import { summarizeInventory } from '../../domain/inventory/summarize-inventory.ts';
import { columnMappingChanged } from '../../store/inventory-actions.ts';
import { usePlan } from '../../store/selectors.ts';
import { useFormat } from '../../store/use-format.ts';
import { useInventory } from '../../store/use-inventory.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ColumnsSection } from './columns-section.tsx';
import { ImportCard } from './import-card.tsx';
import { MailboxSummary } from './mailbox-summary.tsx';
import { MailboxTable } from './mailbox-table.tsx';
import { usePermissionResolution } from './permission-resolution.ts';
import { PermissionSummary } from './permission-summary.tsx';
import { permissionSummaryOf } from '../../domain/inventory/permission-summary-of.ts';
import { MAILBOX_COMMANDS, PERMISSION_COMMANDS } from './powershell-commands.ts';
import { ProblemList } from './problem-list.tsx';
import { SampleOffer } from './sample-offer.tsx';
import { useImport } from './use-import.ts';

export function InventoryPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const state = useInventory(planId);
  const format = useFormat(plan);
  const mailboxImport = useImport(planId, 'mailboxes');
  const permissionImport = useImport(planId, 'permissions');
  const [pending, setPending] = useState<{ kind: ImportKind; files: File[] } | null>(null);
  const [sampleRunning, setSampleRunning] = useState(false);

  const ready = state.status === 'ready' ? state : null;
  const inventory = ready?.inventory;
  const details = ready?.details;
  const mailboxFile = plan?.inventory.mailboxFile ?? null;
  const permissionFile = plan?.inventory.permissionFile ?? null;
  const override = (plan?.inventory.mapping ?? {}) as ColumnMapping;

  const mailboxSummary = useMemo(() => {
    if (!inventory || (inventory.mailboxes.length === 0 && !mailboxFile)) return null;
    return (
      details?.mailboxes?.summary ??
      summarizeInventory(inventory.mailboxes, mailboxFile?.rows ?? inventory.mailboxes.length)
    );
  }, [inventory, details, mailboxFile]);

  const resolutionState = usePermissionResolution(inventory, permissionFile?.name ?? 'permissions');
  const resolution = resolutionState?.status === 'ready' ? resolutionState.resolution : null;

  const problems = useMemo(
    () =>
      inventory
        ? [
            ...inventory.mailboxProblems,
            ...inventory.permissionProblems,
            ...(resolution?.problems ?? []),
          ]
        : [],
    [inventory, resolution],
  );

  if (!plan) return null;

  function begin(kind: ImportKind, files: File[]) {
    if (kind === 'mailboxes') void mailboxImport.start(files, override);
    else void permissionImport.start(files);
  }
  function choose(kind: ImportKind, files: File[]) {
    const existing = kind === 'mailboxes' ? mailboxFile : permissionFile;
    if (existing) setPending({ kind, files });
    else begin(kind, files);
  }
  function applyMapping(next: ColumnMapping) {
    columnMappingChanged(planId, next);
    if (mailboxImport.lastFiles.length > 0) void mailboxImport.start(mailboxImport.lastFiles, next);
  }

  // A file that gave nothing shows its columns, to pick the missing one by hand; one with no
  // columns at all (not a CSV) has nothing to pick, so the kept file's columns stay.
  const attempt =
    mailboxImport.status.state === 'nothing-imported' &&
    mailboxImport.status.parsed.kind === 'mailboxes' &&
    mailboxImport.status.parsed.result.columns.some((c) => c !== '')
      ? mailboxImport.status.parsed.result
      : null;
  const columns = attempt ?? details?.mailboxes;
  const columnsFileName =
    attempt && mailboxImport.status.state === 'nothing-imported'
      ? mailboxImport.status.fileName
      : (details?.mailboxes?.fileName ?? '');
  const pendingExisting = pending?.kind === 'mailboxes' ? mailboxFile : permissionFile;
  const nothingYet =
    ready !== null &&
    !mailboxFile &&
    !permissionFile &&
    ready.inventory.mailboxes.length === 0 &&
    ready.inventory.permissions.length === 0;
  const permissionSummary =
    inventory && (permissionFile || inventory.permissions.length > 0)
      ? (details?.permissions?.summary ??
        permissionSummaryOf(inventory.permissions, permissionFile))
      : null;

  return (
    <>
      <PageTitle>Inventory</PageTitle>
      <p className="lead">
        Import the mailbox inventory and the permission exports of the source organisation. The
        files are read in this browser and stay in it: nothing is uploaded.
      </p>
      <div className="card-row inv-imports">
        <ImportCard
          title="Mailbox inventory"
          inputLabel="Mailbox inventory file (.csv)"
          accepts={
            <p>
              A CSV from Export-Csv in Windows PowerShell 5.1 or PowerShell 7, or saved again by
              Excel: comma or semicolon, UTF-8, UTF-16 or ASCII, with or without the #TYPE line.
              Sizes as Exchange prints them, in any language, or in bytes (Exchange 2007).
            </p>
          }
          commands={MAILBOX_COMMANDS}
          meta={mailboxFile}
          status={mailboxImport.status}
          onFiles={(files) => choose('mailboxes', files)}
          onCancel={mailboxImport.cancel}
          blocked={sampleRunning}
        />
        <ImportCard
          title="Permissions"
          inputLabel="Permission export files (.csv)"
          accepts={
            <p>
              Exports of Get-MailboxPermission (Full Access), Get-RecipientPermission or
              Get-ADPermission (Send As), Get-MailboxFolderPermission (calendar delegates), or any
              Identity,User,AccessRights file. Choose several files at once to import them together;
              they replace the permissions imported before.
            </p>
          }
          commands={PERMISSION_COMMANDS}
          multiple
          meta={permissionFile}
          status={permissionImport.status}
          onFiles={(files) => choose('permissions', files)}
          onCancel={permissionImport.cancel}
          blocked={sampleRunning}
        />
      </div>

      <SampleOffer
        planId={planId}
        busy={
          mailboxImport.status.state === 'running' || permissionImport.status.state === 'running'
        }
        replaces={
          [mailboxFile, permissionFile]
            .filter((f) => f !== null)
            .map((f) => f.name)
            .join(' and ') || null
        }
        onRunning={setSampleRunning}
      />

      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'mailboxes'
            ? 'Replace the mailbox inventory?'
            : 'Replace the permissions?'
        }
        confirmLabel="Replace"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) begin(pending.kind, pending.files);
          setPending(null);
        }}
      >
        <p>
          This plan holds {format.count(pendingExisting?.accepted ?? 0)}{' '}
          {pending?.kind === 'mailboxes' ? 'mailboxes' : 'permission rows'} from{' '}
          <strong>{pendingExisting?.name}</strong>. Importing{' '}
          <strong>{pending?.files.map((f) => f.name).join(', ')}</strong> replaces them. If nothing
          in the new file can be imported, the current ones are kept.
        </p>
      </ConfirmDialog>

      {columns && (
        <ColumnsSection
          key={`${attempt ? 'attempt' : 'stored'}-${JSON.stringify(columns.mapping)}`}
          fileName={columnsFileName}
          columns={columns.columns}
          used={columns.mapping}
          override={override}
          canReread={mailboxImport.lastFiles.length > 0}
          busy={mailboxImport.status.state === 'running'}
          onApply={applyMapping}
        />
      )}

      {state.status === 'loading' && <p role="status">Loading the imported inventory…</p>}
      {nothingYet && (
        <div className="empty inv-empty">
          <p>
            <strong>No inventory yet.</strong> Import the mailbox inventory above, or use the
            sample, to see its totals, every mailbox and every row that could not be read.
            Permissions are optional: with them, people who share mailboxes or calendars are moved
            together.
          </p>
        </div>
      )}
      {(mailboxSummary || permissionSummary) && (
        <div className="inv-summaries">
          {mailboxSummary && <MailboxSummary summary={mailboxSummary} />}
          {permissionSummary && (
            <PermissionSummary summary={permissionSummary} resolution={resolutionState} />
          )}
        </div>
      )}
      {inventory && !nothingYet && <ProblemList problems={problems} />}
      {inventory && inventory.mailboxes.length > 0 && (
        <MailboxTable mailboxes={inventory.mailboxes} />
      )}
    </>
  );
}
