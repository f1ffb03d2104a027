import { useEffect, useSyncExternalStore } from 'react';
import type { MigrationMethod } from '../domain/methods.ts';
import type {
  Schedule,
  ScheduleEdit,
  ScheduleProgress,
  ScheduleSettings,
} from '../domain/schedule/schedule-types.ts';
import type { StoredInventory } from './inventory-db.ts';
import type { BuildScheduleMessage } from '../workers/build-schedule.worker.ts';

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
  const worker = new Worker(new URL('../workers/build-schedule.worker.ts', import.meta.url), {
    type: 'module',
  });
  entries.set(planId, { inputs, key, state: { status: 'running', progress: null }, worker });
  notify();
  worker.addEventListener('message', (event: MessageEvent<BuildScheduleMessage>) => {
    const m = event.data;
    if (entries.get(planId)?.worker !== worker) return;
    if (m.type === 'progress') {
      setState(planId, {
        status: 'running',
        progress: { phase: m.phase, done: m.done, total: m.total },
      });
      return;
    }
    worker.terminate();
    const e = entries.get(planId);
    if (e) e.worker = null;
    setState(
      planId,
      m.type === 'done'
        ? { status: 'ready', schedule: m.schedule }
        : { status: 'error', message: m.message },
    );
  });
  worker.addEventListener('error', (event) => {
    setState(planId, {
      status: 'error',
      message: event.message || 'The scheduler stopped unexpectedly.',
    });
  });
  worker.postMessage({
    method: inputs.method,
    mailboxes: inputs.inventory.mailboxes,
    permissions: inputs.inventory.permissions,
    settings: inputs.settings,
    edits: inputs.edits as ScheduleEdit[],
  });
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
