import { useSyncExternalStore } from 'react';

/**
 * Whether writes to IndexedDB are still under way. Shown in the top bar so a user knows
 * when it is safe to close the tab, and used by tests to wait for saves before a reload.
 */
let pending = 0;
const listeners = new Set<() => void>();

function notify() {
  for (const l of listeners) l();
}

export async function trackSave<T>(write: Promise<T>): Promise<T> {
  pending++;
  notify();
  try {
    return await write;
  } finally {
    pending--;
    notify();
  }
}

export function useSaving(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending > 0,
  );
}
