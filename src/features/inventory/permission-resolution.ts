import { useEffect, useState } from 'react';
import { resolvePermissionSteps } from '../../domain/inventory/resolve-permissions.ts';
import {
  summarizeResolution,
  type PermissionResolution,
} from '../../domain/inventory/summarize-resolution.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';

export type { PermissionResolution };

export type ResolutionState =
  /** Either list is empty: nothing to match. */
  | { status: 'none' }
  | { status: 'running'; done: number; total: number }
  | { status: 'ready'; resolution: PermissionResolution }
  | { status: 'error'; message: string };

/**
 * Resolutions already made, per inventory object and permission file name. An inventory
 * object is never changed (an import makes a new one), so coming back to the page must not
 * pay for it again.
 */
const made = new WeakMap<StoredInventory, Map<string, PermissionResolution>>();

/**
 * Work per slice before the page gets its thread back. Resolving 150,000 permissions against
 * 100,000 mailboxes takes 0.4-0.8 s in all; the inventory is the page's own data (copying it
 * to a worker took longer than resolving it), so it is resolved here in slices.
 */
const SLICE_MS = 12;
const PROGRESS_MS = 100;

/** What is known without work: nothing to match, or a resolution made before. */
export function knownResolution(
  inventory: StoredInventory,
  fileName: string,
): ResolutionState | null {
  if (inventory.permissions.length === 0 || inventory.mailboxes.length === 0) {
    return { status: 'none' };
  }
  const resolution = made.get(inventory)?.get(fileName);
  return resolution ? { status: 'ready', resolution } : null;
}

/**
 * How the inventory's permissions match its mailboxes, worked out in slices between which
 * the page keeps responding. Null when either list is empty, or when `signal` aborts first.
 */
export async function resolveInSlices(
  inventory: StoredInventory,
  fileName: string,
  onProgress: (p: { done: number; total: number }) => void = () => {},
  signal?: AbortSignal,
): Promise<PermissionResolution | null> {
  const known = knownResolution(inventory, fileName);
  if (known?.status === 'none') return null;
  if (known?.status === 'ready') return known.resolution;
  const steps = resolvePermissionSteps(inventory.permissions, inventory.mailboxes, { fileName });
  // Progress re-renders the page, so it is told a few times a second, not after every slice.
  let told = performance.now();
  for (;;) {
    const start = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const resolution = summarizeResolution(step.value);
        let byFile = made.get(inventory);
        if (!byFile) made.set(inventory, (byFile = new Map()));
        byFile.set(fileName, resolution);
        return resolution;
      }
      const now = performance.now();
      if (now - start > SLICE_MS) {
        if (now - told >= PROGRESS_MS) {
          onProgress(step.value);
          told = now;
        }
        break;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) return null;
  }
}

/** The resolution for the page: made once per inventory and file, with progress meanwhile. */
export function usePermissionResolution(
  inventory: StoredInventory | undefined,
  fileName: string,
): ResolutionState | null {
  const [progress, setProgress] = useState<{
    inventory: StoredInventory;
    fileName: string;
    state: ResolutionState;
  } | null>(null);
  useEffect(() => {
    if (!inventory || knownResolution(inventory, fileName)) return;
    const abort = new AbortController();
    const report = (state: ResolutionState) => {
      if (!abort.signal.aborted) setProgress({ inventory, fileName, state });
    };
    void resolveInSlices(
      inventory,
      fileName,
      (p) => report({ status: 'running', ...p }),
      abort.signal,
    ).then(
      (resolution) => resolution && report({ status: 'ready', resolution }),
      (error: unknown) =>
        report({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => abort.abort();
  }, [inventory, fileName]);

  if (!inventory) return null;
  const known = knownResolution(inventory, fileName);
  if (known) return known;
  if (progress?.inventory === inventory && progress.fileName === fileName) return progress.state;
  return { status: 'running', done: 0, total: 1 };
}
