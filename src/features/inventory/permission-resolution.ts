import type { ImportProblem } from '../../domain/inventory/mailbox.ts';
import { resolvePermissions } from '../../domain/inventory/resolve-permissions.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';

export type PermissionResolution = {
  linked: number;
  unresolved: number;
  /** Problems with a row: identities that match no mailbox, or several. */
  warnings: ImportProblem[];
  problems: ImportProblem[];
};

/**
 * Resolutions already made, per inventory object and permission file name. Resolving
 * 150,000 permissions against 100,000 mailboxes takes 0.4-0.8 s on the page's thread;
 * an inventory object is never changed (an import makes a new one), so coming back to the
 * page must not pay it again.
 */
const made = new WeakMap<StoredInventory, Map<string, PermissionResolution>>();

/** How the inventory's permissions match its mailboxes; null when either list is empty. */
export function permissionResolution(
  inventory: StoredInventory,
  fileName: string,
): PermissionResolution | null {
  if (inventory.permissions.length === 0 || inventory.mailboxes.length === 0) return null;
  let byFile = made.get(inventory);
  if (!byFile) made.set(inventory, (byFile = new Map()));
  let resolution = byFile.get(fileName);
  if (!resolution) {
    const r = resolvePermissions(inventory.permissions, inventory.mailboxes, { fileName });
    resolution = {
      linked: r.permissions.length,
      unresolved: r.unresolved.length,
      warnings: r.problems.filter((p) => p.row > 0),
      problems: r.problems,
    };
    byFile.set(fileName, resolution);
  }
  return resolution;
}
