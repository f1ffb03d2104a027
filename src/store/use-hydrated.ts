import { useSyncExternalStore } from 'react';
import { usePlanStore } from './plan-store.ts';

function subscribe(onChange: () => void): () => void {
  const offHydrate = usePlanStore.persist.onHydrate(onChange);
  const offFinish = usePlanStore.persist.onFinishHydration(onChange);
  return () => {
    offHydrate();
    offFinish();
  };
}

/** True once the plans have been read from IndexedDB: pages never show an empty plan before. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => usePlanStore.persist.hasHydrated());
}
