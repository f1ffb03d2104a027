import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migratePlanState } from '../domain/plan/plan-migrations.ts';
import { CURRENT_PLAN_VERSION, type PlanStateV1 } from '../domain/plan/plan-versions.ts';
import { trackSave } from './save-status.ts';

let db: UseStore | undefined;
/** One IndexedDB database for the app; opened lazily so importing this file touches nothing. */
export function appDb(): UseStore {
  db ??= createStore('exchange-migration-planner', 'kv');
  return db;
}

/**
 * zustand persist storage over IndexedDB. Values are stored as structured clones, not JSON
 * strings. State of the current version is validated on read, because persist itself
 * checks nothing; older versions go through the store's `migrate`, which validates too.
 */
export const planStateStorage: PersistStorage<PlanStateV1> = {
  async getItem(name) {
    const stored = await get<StorageValue<unknown>>(name, appDb());
    if (!stored || typeof stored !== 'object') return null;
    if (stored.version !== CURRENT_PLAN_VERSION) return stored as StorageValue<PlanStateV1>;
    const checked = migratePlanState(stored.state, CURRENT_PLAN_VERSION);
    if (!checked.ok) return null;
    return { state: checked.value, version: CURRENT_PLAN_VERSION };
  },
  async setItem(name, value) {
    await trackSave(set(name, value, appDb()));
  },
  async removeItem(name) {
    await del(name, appDb());
  },
};
