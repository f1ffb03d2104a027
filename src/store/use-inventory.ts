import { useEffect, useSyncExternalStore } from 'react';
import {
  loadInventory,
  loadInventoryDetails,
  type InventoryDetails,
  type StoredInventory,
} from './inventory-db.ts';

/**
 * Inventory rows of a plan, read from IndexedDB once and shared by every page in memory.
 * Pages subscribe; an import replaces the cached value and notifies them.
 */
export type InventoryState =
  | { status: 'loading' }
  | { status: 'ready'; inventory: StoredInventory; details: InventoryDetails };

const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
const LOADING: InventoryState = { status: 'loading' };
const states = new Map<string, Extract<InventoryState, { status: 'ready' }>>();

function notify() {
  for (const l of listeners) l();
}

/** Puts rows in the shared cache (after an import, or after loading). */
export function setCachedInventory(
  planId: string,
  inventory: StoredInventory,
  details?: InventoryDetails,
): void {
  states.set(planId, {
    status: 'ready',
    inventory,
    details: details ?? states.get(planId)?.details ?? {},
  });
  notify();
}

/** The cached rows and details of a plan, if a page has loaded or imported them. */
export function peekCachedInventory(
  planId: string,
): { inventory: StoredInventory; details: InventoryDetails } | undefined {
  return states.get(planId);
}

export function forgetCachedInventory(planId: string): void {
  states.delete(planId);
  notify();
}

function ensureLoaded(planId: string): void {
  if (states.has(planId) || pending.has(planId)) return;
  const p = Promise.all([loadInventory(planId), loadInventoryDetails(planId)]).then(
    ([inventory, details]) => {
      pending.delete(planId);
      if (!states.has(planId)) setCachedInventory(planId, inventory, details);
    },
  );
  pending.set(planId, p);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useInventory(planId: string): InventoryState {
  useEffect(() => ensureLoaded(planId), [planId]);
  return useSyncExternalStore(subscribe, () => states.get(planId) ?? LOADING);
}
