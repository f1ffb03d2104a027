import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../../domain/inventory/mailbox.ts';
import { RESOLVE_STEP_ROWS } from '../../domain/inventory/resolve-permissions.ts';
import { mailbox } from '../../testing/schedule-test-data.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';
import {
  knownResolution,
  resolveInSlices,
  usePermissionResolution,
  type ResolutionState,
} from './permission-resolution.ts';

const inventory = (): StoredInventory => ({
  mailboxes: [mailbox(0), mailbox(1)],
  mailboxProblems: [],
  permissions: [
    { row: 2, owner: 'u0@x.test', grantee: 'u1', kind: 'full-access', rights: 'FullAccess' },
    { row: 3, owner: 'u0@x.test', grantee: 'CONTOSO\\gone', kind: 'send-as', rights: '' },
  ],
  permissionProblems: [],
});

/** Enough rows for many steps: every mailbox grants the next one Full Access. */
function large(n: number): StoredInventory {
  const mailboxes = Array.from({ length: n }, (_, i) => mailbox(i));
  const permissions: Permission[] = mailboxes.map((m, i) => ({
    row: i + 2,
    owner: m.email,
    grantee: `u${(i + 1) % n}`,
    kind: 'full-access',
    rights: '',
  }));
  return { mailboxes, mailboxProblems: [], permissions, permissionProblems: [] };
}

describe('resolveInSlices', () => {
  it('counts linked and unresolved permissions and keeps the warnings with their rows', async () => {
    const r = await resolveInSlices(inventory(), 'perm.csv');
    expect(r).toMatchObject({ linked: 1, unresolved: 1 });
    expect(r?.warnings).toEqual([
      expect.objectContaining({ file: 'perm.csv', row: 3, severity: 'warning' }),
    ]);
  });

  it('resolves an inventory once per file name, and a new inventory again', async () => {
    const inv = inventory();
    expect(knownResolution(inv, 'perm.csv')).toBeNull();
    const first = await resolveInSlices(inv, 'perm.csv');
    expect(knownResolution(inv, 'perm.csv')).toEqual({ status: 'ready', resolution: first });
    expect(await resolveInSlices(inv, 'perm.csv')).toBe(first);
    expect((await resolveInSlices(inv, 'other.csv'))?.warnings[0]?.file).toBe('other.csv');
    const next = { ...inv, permissions: inv.permissions.slice(0, 1) };
    expect(await resolveInSlices(next, 'perm.csv')).toMatchObject({ linked: 1, unresolved: 0 });
  });

  it('has nothing to match without permissions or without mailboxes', async () => {
    expect(await resolveInSlices({ ...inventory(), permissions: [] }, 'p.csv')).toBeNull();
    expect(knownResolution({ ...inventory(), mailboxes: [] }, 'p.csv')).toEqual({
      status: 'none',
    });
  });

  it('gives the page its thread back between slices, reporting progress, and stops on abort', async () => {
    const inv = large(20 * RESOLVE_STEP_ROWS);
    const seen: number[] = [];
    const abort = new AbortController();
    const slow = performance.now;
    // Every step seems to take 60 ms, so every step ends a slice and reports.
    let clock = 0;
    performance.now = () => (clock += 60);
    try {
      const run = resolveInSlices(
        inv,
        'p.csv',
        (p) => {
          seen.push(p.done);
          if (seen.length === 3) abort.abort();
        },
        abort.signal,
      );
      expect(await run).toBeNull();
    } finally {
      performance.now = slow;
    }
    expect(seen).toEqual([1, 2, 3].map((k) => k * RESOLVE_STEP_ROWS));
    expect(knownResolution(inv, 'p.csv')).toBeNull();
    expect(await resolveInSlices(inv, 'p.csv')).toMatchObject({
      linked: 20 * RESOLVE_STEP_ROWS,
      unresolved: 0,
    });
  });
});

describe('usePermissionResolution', () => {
  it('is running, then ready, and ready at once for an inventory it resolved', async () => {
    const inv = large(4 * RESOLVE_STEP_ROWS);
    const states: ResolutionState[] = [];
    const { result, unmount } = renderHook(() => {
      const s = usePermissionResolution(inv, 'p.csv');
      if (s) states.push(s);
      return s;
    });
    expect(states[0]?.status).toBe('running');
    await waitFor(() => expect(result.current?.status).toBe('ready'));
    unmount();
    const again = renderHook(() => usePermissionResolution(inv, 'p.csv'));
    expect(again.result.current?.status).toBe('ready');
    await act(async () => {});
    expect(renderHook(() => usePermissionResolution(undefined, 'p.csv')).result.current).toBe(null);
  });
});
