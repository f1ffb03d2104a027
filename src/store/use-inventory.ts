import { useEffect, useSyncExternalStore } from 'react';
import { loadInventory, type StoredInventory } from './inventory-db.ts';

/**
 * Inventory rows of a plan, read from IndexedDB once and shared by every page in memory.
 * Pages subscribe; an import replaces the cached value and notifies them.
 */
export type InventoryState =
  { status: 'loading' } | { status: 'ready'; inventory: StoredInventory };

const cache = new Map<string, StoredInventory>();
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
const LOADING: InventoryState = { status: 'loading' };
const states = new Map<string, InventoryState>();

function notify() {
  for (const l of listeners) l();
}

/** Puts rows in the shared cache (after an import, or after loading). */
export function setCachedInventory(planId: string, inventory: StoredInventory): void {
  cache.set(planId, inventory);
  states.set(planId, { status: 'ready', inventory });
  notify();
}

export function forgetCachedInventory(planId: string): void {
  cache.delete(planId);
  states.delete(planId);
  notify();
}

function ensureLoaded(planId: string): void {
  if (cache.has(planId) || pending.has(planId)) return;
  const p = loadInventory(planId).then((inv) => {
    pending.delete(planId);
    if (!cache.has(planId)) setCachedInventory(planId, inv);
  });
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
