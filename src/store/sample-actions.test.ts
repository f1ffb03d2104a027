// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { keys } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_FILES, sampleKind } from '../domain/plan/sample-data.ts';
import { inlineWorker } from '../testing/inline-import-worker.ts';
import { appDb } from './idb-storage.ts';
import { loadInventory } from './inventory-db.ts';
import { planCreated } from './plan-actions.ts';
import { initialPlanState, usePlanStore } from './plan-store.ts';
import {
  sampleInventoryImported,
  samplePlanCreated,
  type SampleSources,
} from './sample-actions.ts';

const file = (name: string) =>
  new File([readFileSync(new URL(`../../public/samples/${name}`, import.meta.url))], name);

/** The committed sample files, read by the real parser behind a Worker-shaped object. */
function sources(patch: Partial<SampleSources> = {}): SampleSources {
  return {
    fetchFiles: () =>
      Promise.resolve({
        mailboxes: file(SAMPLE_FILES.mailboxes.name),
        permissions: SAMPLE_FILES.permissions.map((f) => file(f.name)),
      }),
    createWorker: () => inlineWorker(),
    ...patch,
  };
}

const inventoryKeys = async () =>
  (await keys(appDb())).filter((k) => String(k).startsWith('emp.inventory.'));

beforeEach(() => {
  usePlanStore.setState(initialPlanState);
});

describe('samplePlanCreated', () => {
  it('adds one complete sample plan with its rows, both files marked as the sample', async () => {
    const steps: string[] = [];
    const id = await samplePlanCreated((s) => steps.push(s.phase), undefined, sources());
    const plan = usePlanStore.getState().plans[id];
    expect(plan && sampleKind(plan)).toBe('plan');
    expect(plan?.inventory.mailboxFile).toMatchObject({ accepted: 1200, sample: true });
    expect(plan?.inventory.permissionFile).toMatchObject({ sample: true });
    const stored = await loadInventory(id);
    expect(stored.mailboxes).toHaveLength(1200);
    expect(stored.permissions.length).toBeGreaterThan(800);
    expect(steps).toEqual(['loading', 'reading', 'reading', 'reading', 'reading', 'saving']);
  });

  it('leaves nothing behind when it is cancelled while reading', async () => {
    const before = await inventoryKeys();
    const controller = new AbortController();
    const run = samplePlanCreated(
      (s) => {
        if (s.phase === 'reading' && s.n === 2) controller.abort();
      },
      controller.signal,
      sources(),
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(usePlanStore.getState().order).toEqual([]);
    expect(await inventoryKeys()).toEqual(before);
  });

  it('leaves nothing behind when a file cannot be loaded', async () => {
    const run = samplePlanCreated(
      () => {},
      undefined,
      sources({ fetchFiles: () => Promise.reject(new Error('fabrikam-mailboxes.csv: HTTP 404')) }),
    );
    await expect(run).rejects.toThrow('HTTP 404');
    expect(usePlanStore.getState().order).toEqual([]);
  });
});

describe('sampleInventoryImported', () => {
  it('replaces the mailboxes and permissions of a plan at once', async () => {
    const id = planCreated('Own plan');
    await sampleInventoryImported(id, () => {}, undefined, sources());
    const plan = usePlanStore.getState().plans[id];
    expect(plan && sampleKind(plan)).toBe('inventory');
    expect((await loadInventory(id)).mailboxes).toHaveLength(1200);
  });

  it('keeps what the plan had when it is cancelled before the switch-over', async () => {
    const id = planCreated('Own plan');
    const controller = new AbortController();
    const run = sampleInventoryImported(
      id,
      (s) => {
        if (s.phase === 'saving') controller.abort();
      },
      controller.signal,
      sources(),
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const plan = usePlanStore.getState().plans[id];
    expect(plan?.inventory.mailboxFile).toBeNull();
    expect((await loadInventory(id)).mailboxes).toEqual([]);
  });
});
