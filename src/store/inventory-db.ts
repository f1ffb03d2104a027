import { del, delMany, get, set } from 'idb-keyval';
import type { ColumnMapping } from '../domain/inventory/column-mapping.ts';
import type { TextEncodingName } from '../domain/inventory/decode-bytes.ts';
import type { ImportProblem, Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import type { PermissionsSummary } from '../domain/inventory/parse-permissions.ts';
import type { InventorySummary } from '../domain/inventory/summarize-inventory.ts';
import { appDb } from './idb-storage.ts';
import { trackSave } from './save-status.ts';

/**
 * The bulky rows of a plan's inventory, kept beside the persisted store and written once
 * per import: persist rewrites the whole store on every change, which 100k rows must not ride.
 */
export type StoredInventory = {
  mailboxes: Mailbox[];
  mailboxProblems: ImportProblem[];
  permissions: Permission[];
  permissionProblems: ImportProblem[];
};

/** What the last import of each file found beyond its rows: headers, mapping, totals. */
export type InventoryDetails = {
  mailboxes?: {
    fileName: string;
    encoding: TextEncodingName;
    columns: string[];
    mapping: ColumnMapping;
    summary: InventorySummary;
  };
  permissions?: { fileName: string; encoding: TextEncodingName; summary: PermissionsSummary };
};

export const EMPTY_INVENTORY: StoredInventory = {
  mailboxes: [],
  mailboxProblems: [],
  permissions: [],
  permissionProblems: [],
};

type Part = keyof StoredInventory;
const PARTS: readonly Part[] = [
  'mailboxes',
  'mailboxProblems',
  'permissions',
  'permissionProblems',
];

/**
 * Rows per IndexedDB record. Structured cloning runs on the main thread inside put() and
 * when a get() succeeds; one record of 100,000 mailboxes blocks it for hundreds of ms,
 * 5,000 rows take a few ms and leave the page responsive between records.
 */
export const CHUNK_ROWS = 5000;

/** The record under the plan's key: where each part's chunks are, plus the import details. */
type Manifest = {
  format: 'chunked-1';
  parts: Partial<Record<Part, { gen: string; chunks: number }>>;
  details: InventoryDetails;
};

const key = (planId: string) => `emp.inventory.${planId}`;
const chunkKey = (planId: string, part: Part, gen: string, i: number) =>
  `emp.inventory.${planId}.${part}.${gen}.${i}`;

function isManifest(value: unknown): value is Manifest {
  return typeof value === 'object' && value !== null && 'format' in value;
}

/** Before chunking, the whole inventory was one record under the plan's key. */
function isLegacy(value: unknown): value is StoredInventory {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { mailboxes?: unknown }).mailboxes)
  );
}

// Writes of one plan run one after another, so two imports never race on its manifest.
const queues = new Map<string, Promise<unknown>>();
function serialized<T>(planId: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(planId) ?? Promise.resolve();
  const next = previous.then(job, job);
  const settled = next.catch(() => undefined);
  queues.set(planId, settled);
  void settled.then(() => {
    if (queues.get(planId) === settled) queues.delete(planId);
  });
  return next;
}

async function readManifest(planId: string): Promise<Manifest | StoredInventory | undefined> {
  const value = await get<unknown>(key(planId), appDb());
  if (isManifest(value) || isLegacy(value)) return value;
  return undefined;
}

export async function loadInventory(planId: string): Promise<StoredInventory> {
  const stored = await readManifest(planId);
  if (stored === undefined) return EMPTY_INVENTORY;
  if (!isManifest(stored)) return { ...EMPTY_INVENTORY, ...stored };
  const inventory: StoredInventory = {
    mailboxes: [],
    mailboxProblems: [],
    permissions: [],
    permissionProblems: [],
  };
  for (const part of PARTS) {
    const where = stored.parts[part];
    if (!where) continue;
    const rows: unknown[] = inventory[part];
    // One get per chunk: each result is cloned in its own task.
    for (let i = 0; i < where.chunks; i++) {
      const chunk = await get<unknown[]>(chunkKey(planId, part, where.gen, i), appDb());
      if (chunk) for (const row of chunk) rows.push(row);
    }
  }
  return inventory;
}

export async function loadInventoryDetails(planId: string): Promise<InventoryDetails> {
  const stored = await readManifest(planId);
  return stored !== undefined && isManifest(stored) ? stored.details : {};
}

/**
 * Replaces some parts of a plan's inventory (and their details). New chunks are written
 * first and the manifest switched to them last, so an abort or a crash half-way leaves the
 * previous inventory whole. Throws an AbortError when `signal` aborts before the switch.
 */
export function saveInventoryParts(
  planId: string,
  parts: Partial<StoredInventory>,
  details: InventoryDetails = {},
  signal?: AbortSignal,
): Promise<void> {
  // The top bar's "Saving…" covers inventory writes too: closing the tab now would lose them.
  return trackSave(
    serialized(planId, async () => {
      const before = await readManifest(planId);
      const gen = crypto.randomUUID().slice(0, 8);
      const written: string[] = [];
      const next: Manifest = isManifest(before)
        ? { ...before, parts: { ...before.parts }, details: { ...before.details, ...details } }
        : { format: 'chunked-1', parts: {}, details };
      const legacy = before !== undefined && !isManifest(before) ? before : undefined;
      const toWrite: Partial<StoredInventory> = { ...legacy, ...parts };
      try {
        for (const part of PARTS) {
          const rows = toWrite[part];
          if (rows === undefined) continue;
          const chunks = Math.ceil(rows.length / CHUNK_ROWS);
          for (let i = 0; i < chunks; i++) {
            signal?.throwIfAborted();
            const k = chunkKey(planId, part, gen, i);
            written.push(k);
            await set(k, rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS), appDb());
          }
          next.parts[part] = { gen, chunks };
        }
        signal?.throwIfAborted();
      } catch (error) {
        await delMany(written, appDb());
        throw error;
      }
      await set(key(planId), next, appDb());
      if (isManifest(before)) await delMany(replacedKeys(planId, before, parts), appDb());
    }),
  );
}

function replacedKeys(planId: string, before: Manifest, parts: Partial<StoredInventory>): string[] {
  const keys: string[] = [];
  for (const part of PARTS) {
    const where = before.parts[part];
    if (parts[part] === undefined || !where) continue;
    for (let i = 0; i < where.chunks; i++) keys.push(chunkKey(planId, part, where.gen, i));
  }
  return keys;
}

export async function saveInventory(planId: string, inventory: StoredInventory): Promise<void> {
  await saveInventoryParts(planId, inventory);
}

export function deleteInventory(planId: string): Promise<void> {
  return serialized(planId, async () => {
    const before = await readManifest(planId);
    if (isManifest(before)) await delMany(replacedKeys(planId, before, EMPTY_INVENTORY), appDb());
    await del(key(planId), appDb());
  });
}

export async function copyInventory(fromPlanId: string, toPlanId: string): Promise<void> {
  const stored = await readManifest(fromPlanId);
  if (stored === undefined) return;
  const inventory = await loadInventory(fromPlanId);
  await saveInventoryParts(toPlanId, inventory, isManifest(stored) ? stored.details : {});
}
