import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { get, keys, set } from 'idb-keyval';
import type { Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import { appDb } from './idb-storage.ts';
import {
  CHUNK_ROWS,
  EMPTY_INVENTORY,
  copyInventory,
  deleteInventory,
  loadInventory,
  loadInventoryDetails,
  saveInventory,
  saveInventoryParts,
} from './inventory-db.ts';

const mailbox = (i: number): Mailbox => ({
  row: i + 2,
  displayName: `User ${i}`,
  email: `u${i}@contoso.com`,
  type: 'UserMailbox',
  sizeBytes: i,
  itemCount: i,
  archiveSizeBytes: null,
  department: '',
  office: '',
  database: 'DB01',
});
const permission = (i: number): Permission => ({
  row: i + 2,
  owner: `u${i}@contoso.com`,
  grantee: `u${i + 1}@contoso.com`,
  kind: 'full-access',
  rights: 'FullAccess',
});
const mailboxes = (n: number) => Array.from({ length: n }, (_, i) => mailbox(i));

async function keysOf(planId: string): Promise<string[]> {
  const all = (await keys(appDb())) as string[];
  return all.filter(
    (k) => k === `emp.inventory.${planId}` || k.startsWith(`emp.inventory.${planId}.`),
  );
}

describe('inventory storage in chunks', () => {
  it('stores rows in records of CHUNK_ROWS and reads them back in order', async () => {
    const rows = mailboxes(2 * CHUNK_ROWS + 1);
    await saveInventory('a', { ...EMPTY_INVENTORY, mailboxes: rows });
    const chunkKeys = (await keysOf('a')).filter((k) => k.includes('.mailboxes.'));
    expect(chunkKeys).toHaveLength(3);
    for (const k of chunkKeys) {
      expect((await get<unknown[]>(k, appDb()))?.length).toBeLessThanOrEqual(CHUNK_ROWS);
    }
    const loaded = await loadInventory('a');
    expect(loaded.mailboxes).toEqual(rows);
    expect(loaded.permissions).toEqual([]);
  });

  it('replaces one part, keeps the others and deletes the replaced chunks', async () => {
    await saveInventory('b', {
      ...EMPTY_INVENTORY,
      mailboxes: mailboxes(CHUNK_ROWS + 10),
      permissions: [permission(1)],
    });
    const before = await keysOf('b');
    await saveInventoryParts('b', { mailboxes: mailboxes(3), mailboxProblems: [] });
    const loaded = await loadInventory('b');
    expect(loaded.mailboxes).toHaveLength(3);
    expect(loaded.permissions).toEqual([permission(1)]);
    const after = await keysOf('b');
    // Manifest + one mailbox chunk + one permission chunk; the old mailbox chunks are gone.
    expect(after).toHaveLength(3);
    expect(after.filter((k) => before.includes(k) && k.includes('.mailboxes.'))).toEqual([]);
  });

  it('keeps the previous inventory whole when a save is aborted half-way', async () => {
    await saveInventory('c', { ...EMPTY_INVENTORY, mailboxes: mailboxes(5) });
    const before = await keysOf('c');
    const controller = new AbortController();
    const big = mailboxes(3 * CHUNK_ROWS);
    const saving = saveInventoryParts('c', { mailboxes: big }, {}, controller.signal);
    controller.abort();
    await expect(saving).rejects.toMatchObject({ name: 'AbortError' });
    expect((await loadInventory('c')).mailboxes).toEqual(mailboxes(5));
    expect((await keysOf('c')).sort()).toEqual(before.sort());
  });

  it('lets two imports of one plan save at the same time without losing either', async () => {
    await Promise.all([
      saveInventoryParts('d', { mailboxes: mailboxes(7) }),
      saveInventoryParts('d', { permissions: [permission(2)] }),
    ]);
    const loaded = await loadInventory('d');
    expect(loaded.mailboxes).toHaveLength(7);
    expect(loaded.permissions).toEqual([permission(2)]);
  });

  it('reads an inventory stored as one record before chunking, and migrates it on save', async () => {
    const legacy = { ...EMPTY_INVENTORY, mailboxes: mailboxes(2), permissions: [permission(0)] };
    await set('emp.inventory.e', legacy, appDb());
    expect(await loadInventory('e')).toEqual(legacy);
    await saveInventoryParts('e', { mailboxes: mailboxes(4) });
    const loaded = await loadInventory('e');
    expect(loaded.mailboxes).toHaveLength(4);
    expect(loaded.permissions).toEqual([permission(0)]);
  });

  it('keeps the details of each import, copies them with the rows, and deletes everything', async () => {
    const summary = {
      rowsRead: 1,
      accepted: 0,
      skipped: 0,
      rejected: 1,
      byKind: {
        'calendar-delegate': 0,
        folder: 0,
        'send-as': 0,
        'send-on-behalf': 0,
        'full-access': 0,
      },
    };
    await saveInventoryParts(
      'f',
      { permissions: [permission(3)] },
      { permissions: { fileName: 'p.csv', encoding: 'utf-8', summary } },
    );
    await copyInventory('f', 'g');
    expect((await loadInventory('g')).permissions).toEqual([permission(3)]);
    expect((await loadInventoryDetails('g')).permissions?.fileName).toBe('p.csv');
    await deleteInventory('f');
    expect(await keysOf('f')).toEqual([]);
    expect(await loadInventory('f')).toEqual(EMPTY_INVENTORY);
    expect(await loadInventoryDetails('f')).toEqual({});
    // Copying a plan without an inventory writes nothing.
    await copyInventory('nothing', 'h');
    expect(await keysOf('h')).toEqual([]);
  });
});
