import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { migratePlanState } from '../domain/plan/plan-migrations.ts';
import { CURRENT_PLAN_VERSION, type PlanStateV1 } from '../domain/plan/plan-versions.ts';
import { planStateStorage } from './idb-storage.ts';

export type PlanState = PlanStateV1;

export const PLAN_STORE_KEY = 'emp.plans';

export const initialPlanState: PlanState = { plans: {}, order: [] };

/**
 * The one persisted store. It holds data only (user inputs of every plan); actions are
 * module functions in *-actions.ts, and results are derived by selectors.
 */
export const usePlanStore = create<PlanState>()(
  persist(() => initialPlanState, {
    name: PLAN_STORE_KEY,
    version: CURRENT_PLAN_VERSION,
    storage: planStateStorage,
    migrate: (persisted, version) => {
      const migrated = migratePlanState(persisted, version);
      // A state that cannot be read is not worth crashing the app over: start empty,
      // the damaged value stays in IndexedDB until the next write replaces it.
      return migrated.ok ? migrated.value : initialPlanState;
    },
  }),
);
