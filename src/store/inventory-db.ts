import { del, get, set } from 'idb-keyval';
import type { ImportProblem, Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import { appDb } from './idb-storage.ts';

/**
 * The bulky rows of a plan's inventory, kept beside the persisted store and written once
 * per import: persist rewrites the whole store on every change, which 100k rows must not ride.
 */
export type StoredInventory = {
  mailboxes: Mailbox[];
  mailboxProblems: ImportProblem[];
  permissions: Permission[];
  permissionProblems: ImportProblem[];
};

export const EMPTY_INVENTORY: StoredInventory = {
  mailboxes: [],
  mailboxProblems: [],
  permissions: [],
  permissionProblems: [],
};

const key = (planId: string) => `emp.inventory.${planId}`;

export async function loadInventory(planId: string): Promise<StoredInventory> {
  return (await get<StoredInventory>(key(planId), appDb())) ?? EMPTY_INVENTORY;
}

export async function saveInventory(planId: string, inventory: StoredInventory): Promise<void> {
  await set(key(planId), inventory, appDb());
}

export async function deleteInventory(planId: string): Promise<void> {
  await del(key(planId), appDb());
}

export async function copyInventory(fromPlanId: string, toPlanId: string): Promise<void> {
  const rows = await get<StoredInventory>(key(fromPlanId), appDb());
  if (rows) await set(key(toPlanId), rows, appDb());
}
