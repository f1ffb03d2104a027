import type { StoredInventory } from './inventory-db.ts';

/** How long a finished worker waits for the next run before it and its memory are let go. */
export const SPARE_WORKER_MS = 5 * 60_000;

type Spare = { worker: Worker; inventory: StoredInventory; timer: ReturnType<typeof setTimeout> };

/**
 * The one finished worker kept for the next run, with the inventory it holds. Why: an edit
 * or a change of settings reschedules the same inventory, and a fresh worker first had to
 * receive the whole inventory, resolve its permissions and grow its scratch memory, which at
 * 100,000 mailboxes took several times the scheduling itself. A worker still running is
 * never reused: inputs that changed stop it (terminate) and a new one starts.
 */
let spare: Spare | null = null;

/** A worker for the next run, and the inventory it already holds (null for a new one). */
export function takeScheduleWorker(): { worker: Worker; holds: StoredInventory | null } {
  if (spare) {
    const { worker, inventory, timer } = spare;
    clearTimeout(timer);
    spare = null;
    return { worker, holds: inventory };
  }
  const worker = new Worker(new URL('../workers/build-schedule.worker.ts', import.meta.url), {
    type: 'module',
  });
  return { worker, holds: null };
}

/** Keeps a worker that finished a run on `inventory`, in place of any kept before. */
export function keepScheduleWorker(worker: Worker, inventory: StoredInventory): void {
  if (spare) {
    clearTimeout(spare.timer);
    spare.worker.terminate();
  }
  const timer = setTimeout(() => {
    if (spare?.worker !== worker) return;
    worker.terminate();
    spare = null;
  }, SPARE_WORKER_MS);
  spare = { worker, inventory, timer };
}
