import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schedule, ScheduleSettings } from '../domain/schedule/schedule-types.ts';
import { defaultScheduleSettings } from '../domain/schedule/default-schedule-settings.ts';
import { mailbox } from '../testing/schedule-test-data.ts';
import {
  PART_ROWS,
  type BuildScheduleMessage,
  type BuildScheduleRequest,
  type InventoryPart,
  type ScheduleWorkerRequest,
} from '../workers/build-schedule-messages.ts';
import type { StoredInventory } from './inventory-db.ts';

/** Stands in for the schedule worker: records what it is sent and answers on demand. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  sent: ScheduleWorkerRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: ScheduleWorkerRequest) {
    this.sent.push(request);
  }
  /** The schedule requests sent, without the inventory parts. */
  get requests(): BuildScheduleRequest[] {
    return this.sent.filter((m) => m.type === 'schedule');
  }
  /** The mailboxes sent in parts, joined. */
  get partMailboxes(): StoredInventory['mailboxes'] {
    return this.sent
      .filter((m): m is InventoryPart => m.type === 'inventory-part')
      .flatMap((m) => m.mailboxes);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: BuildScheduleMessage) {
    act(() => void this.dispatchEvent(new MessageEvent('message', { data: message })));
  }
}

const inventory = (n: number): StoredInventory => ({
  mailboxes: Array.from({ length: n }, (_, i) => mailbox(i)),
  mailboxProblems: [],
  permissions: [],
  permissionProblems: [],
});
const settings: ScheduleSettings = defaultScheduleSettings('2026-03-02', 'UTC');
const done = { type: 'done', schedule: { batches: [] } as unknown as Schedule } as const;

async function load() {
  vi.resetModules();
  const { useSchedule } = await import('./use-schedule.ts');
  const { SPARE_WORKER_MS } = await import('./schedule-worker.ts');
  const inv = inventory(3);
  const hook = renderHook(
    (p: { inventory: StoredInventory; edits: unknown[] }) =>
      useSchedule('plan-1', { method: 'full-hybrid', settings, ...p }),
    { initialProps: { inventory: inv, edits: [] as unknown[] } },
  );
  return { hook, inv, spareMs: SPARE_WORKER_MS };
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useSchedule and its worker', () => {
  it('keeps a finished worker: the next run of the same inventory sends none', async () => {
    const { hook, inv } = await load();
    const [worker] = FakeWorker.made;
    expect(worker!.requests[0]!.inventory).toBe('parts');
    expect(worker!.partMailboxes).toEqual(inv.mailboxes);
    worker!.answer(done);
    expect(hook.result.current.status).toBe('ready');

    hook.rerender({ inventory: inv, edits: [{ type: 'unlock', batchId: 'batch-001' }] });
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker!.terminated).toBe(false);
    expect(worker!.sent).toHaveLength(3);
    expect(worker!.requests[1]).toMatchObject({ inventory: null, edits: [{ type: 'unlock' }] });
    expect(hook.result.current.status).toBe('running');
    worker!.answer(done);
    expect(hook.result.current.status).toBe('ready');
  });

  it('sends a new inventory to the kept worker', async () => {
    const { hook } = await load();
    FakeWorker.made[0]!.answer(done);
    const other = inventory(5);
    hook.rerender({ inventory: other, edits: [] });
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0]!;
    expect(worker.requests[1]!.inventory).toBe('parts');
    expect(worker.sent[2]).toMatchObject({ type: 'inventory-part', first: true });
    expect(worker.sent.slice(2).flatMap((m) => (m.type === 'schedule' ? [] : m.mailboxes))).toEqual(
      other.mailboxes,
    );
  });

  it('stops a run whose inputs changed and starts a new worker with the inventory', async () => {
    const { hook, inv } = await load();
    const [first] = FakeWorker.made;
    hook.rerender({ inventory: inv, edits: [{ type: 'unlock', batchId: 'batch-001' }] });
    expect(first!.terminated).toBe(true);
    const second = FakeWorker.made[1]!;
    expect(second.partMailboxes).toEqual(inv.mailboxes);
    expect(second.requests[0]!.inventory).toBe('parts');
    // A late answer of the stopped run changes nothing.
    first!.answer(done);
    expect(hook.result.current.status).toBe('running');
    second.answer(done);
    expect(hook.result.current.status).toBe('ready');
  });

  it('lets a worker go after an error, so the next run sends the inventory again', async () => {
    const { hook, inv } = await load();
    const [first] = FakeWorker.made;
    first!.answer({ type: 'error', message: 'bad settings' });
    expect(hook.result.current).toEqual({ status: 'error', message: 'bad settings' });
    expect(first!.terminated).toBe(true);
    hook.rerender({ inventory: inv, edits: [] });
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.requests[0]!.inventory).toBe('parts');
  });

  it('lets a kept worker go, with its memory, after a while unused', async () => {
    vi.useFakeTimers();
    const { hook, inv, spareMs } = await load();
    const [worker] = FakeWorker.made;
    worker!.answer(done);
    act(() => void vi.advanceTimersByTime(spareMs - 1));
    expect(worker!.terminated).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(worker!.terminated).toBe(true);
    hook.rerender({ inventory: inv, edits: [] });
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('sends a large inventory in parts, letting the page work between them', async () => {
    const { hook } = await load();
    FakeWorker.made[0]!.answer(done);
    const big = inventory(2 * PART_ROWS + 1);
    hook.rerender({ inventory: big, edits: [] });
    const worker = FakeWorker.made[0]!;
    // The first part goes at once, the rest after the page has had its turn.
    expect(worker.sent.slice(2).map((m) => m.type)).toEqual(['inventory-part']);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(worker.sent.slice(2).map((m) => m.type)).toEqual([
      'inventory-part',
      'inventory-part',
      'inventory-part',
      'schedule',
    ]);
    expect(worker.sent.slice(2).flatMap((m) => (m.type === 'schedule' ? [] : m.mailboxes))).toEqual(
      big.mailboxes,
    );
  });

  it('stops sending the parts of a run whose inputs changed', async () => {
    const { hook } = await load();
    FakeWorker.made[0]!.answer(done);
    const big = inventory(3 * PART_ROWS);
    hook.rerender({ inventory: big, edits: [] });
    const [worker] = FakeWorker.made;
    hook.rerender({ inventory: big, edits: [{ type: 'unlock', batchId: 'batch-001' }] });
    expect(worker!.terminated).toBe(true);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(worker!.sent.slice(2).map((m) => m.type)).toEqual(['inventory-part']);
    const next = FakeWorker.made[1]!;
    expect(next.requests).toHaveLength(1);
    expect(next.partMailboxes).toEqual(big.mailboxes);
  });
});
