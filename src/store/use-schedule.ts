import { useEffect, useSyncExternalStore } from 'react';
import type { MigrationMethod } from '../domain/methods/method-list.ts';
import type {
  Schedule,
  ScheduleEdit,
  ScheduleProgress,
  ScheduleSettings,
} from '../domain/schedule/schedule-types.ts';
import type { StoredInventory } from './inventory-db.ts';
import {
  inventoryParts,
  type BuildScheduleMessage,
  type BuildScheduleRequest,
  type InventoryPart,
} from '../workers/build-schedule-messages.ts';
import { keepScheduleWorker, takeScheduleWorker } from './schedule-worker.ts';

export type ScheduleState =
  | { status: 'idle' }
  | { status: 'running'; progress: ScheduleProgress | null }
  | { status: 'ready'; schedule: Schedule }
  | { status: 'error'; message: string };

type Inputs = {
  method: MigrationMethod;
  inventory: StoredInventory;
  settings: ScheduleSettings;
  edits: unknown[];
};

type Entry = { inputs: Inputs; key: string; state: ScheduleState; worker: Worker | null };

/**
 * Schedules are derived, never stored: they are computed in a worker from the plan's
 * inputs and kept in memory per plan, so every page (schedule, impact, export) shares one
 * result and a change of inputs recomputes it once.
 */
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const IDLE: ScheduleState = { status: 'idle' };

function notify() {
  for (const l of listeners) l();
}

function sameInputs(a: Inputs, b: Inputs, keyA: string, keyB: string): boolean {
  return (
    a.method === b.method && a.inventory === b.inventory && a.edits === b.edits && keyA === keyB
  );
}

function setState(planId: string, state: ScheduleState) {
  const e = entries.get(planId);
  if (!e) return;
  e.state = state;
  notify();
}

/** Starts (or reuses) the computation of a plan's schedule for these inputs. */
export function requestSchedule(planId: string, inputs: Inputs): void {
  // Settings objects are rebuilt on each render; compare them by value.
  const key = JSON.stringify(inputs.settings);
  const existing = entries.get(planId);
  if (existing && sameInputs(existing.inputs, inputs, existing.key, key)) return;
  existing?.worker?.terminate();
  if (inputs.inventory.mailboxes.length === 0) {
    entries.set(planId, { inputs, key, state: IDLE, worker: null });
    notify();
    return;
  }
  const { worker, holds } = takeScheduleWorker();
  entries.set(planId, { inputs, key, state: { status: 'running', progress: null }, worker });
  notify();
  // This run's listeners go when it ends, so a kept worker's next run starts with none.
  const run = new AbortController();
  const onMessage = (event: MessageEvent<BuildScheduleMessage>) => {
    const m = event.data;
    const e = entries.get(planId);
    if (e?.worker !== worker) return;
    if (m.type === 'progress') {
      setState(planId, {
        status: 'running',
        progress: { phase: m.phase, done: m.done, total: m.total },
      });
      return;
    }
    e.worker = null;
    run.abort();
    // After an error, what the worker holds is not known: it is not kept.
    if (m.type === 'done') keepScheduleWorker(worker, inputs.inventory);
    else worker.terminate();
    setState(
      planId,
      m.type === 'done'
        ? { status: 'ready', schedule: m.schedule }
        : { status: 'error', message: m.message },
    );
  };
  const onError = (event: ErrorEvent) => {
    const e = entries.get(planId);
    if (e?.worker !== worker) return;
    e.worker = null;
    run.abort();
    worker.terminate();
    setState(planId, {
      status: 'error',
      message: event.message || 'The scheduler stopped unexpectedly.',
    });
  };
  worker.addEventListener('message', onMessage, { signal: run.signal });
  worker.addEventListener('error', onError, { signal: run.signal });
  const request: BuildScheduleRequest = {
    type: 'schedule',
    method: inputs.method,
    inventory: holds === inputs.inventory ? null : 'parts',
    settings: inputs.settings,
    edits: inputs.edits as ScheduleEdit[],
  };
  const parts = holds === inputs.inventory ? [] : inventoryParts(inputs.inventory);
  void sendInParts(worker, parts, request, () => entries.get(planId)?.worker !== worker);
}

/**
 * Posts the inventory's parts, letting the page work between them, then the request; stops
 * when the run is no longer wanted. A small inventory (one part) goes at once.
 */
async function sendInParts(
  worker: Worker,
  parts: InventoryPart[],
  request: BuildScheduleRequest,
  stopped: () => boolean,
): Promise<void> {
  for (const [k, part] of parts.entries()) {
    if (k > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stopped()) return;
    }
    worker.postMessage(part);
  }
  worker.postMessage(request);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The schedule for these inputs (null inputs = not ready to schedule yet). */
export function useSchedule(planId: string, inputs: Inputs | null): ScheduleState {
  useEffect(() => {
    if (inputs) requestSchedule(planId, inputs);
  });
  return useSyncExternalStore(subscribe, () =>
    inputs ? (entries.get(planId)?.state ?? IDLE) : IDLE,
  );
}
