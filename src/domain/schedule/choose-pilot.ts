import type { ArrayAlloc } from './array-arena.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import { findAddress } from './mailbox-index.ts';
import type { PilotSetting } from './schedule-types.ts';

const IT_DEPARTMENT = /\bIT\b|\bICT\b|information (technology|systems)/i;

export function isItDepartment(department: string): boolean {
  return IT_DEPARTMENT.test(department);
}

/** The pilot's mailboxes, and how many chosen or automatic candidates were found. */
export type PilotChoice = {
  /** A mark per canonical index. */
  taken: Uint8Array;
  /** Listed or volunteering mailboxes of the inventory, and IT users looked at. */
  candidates: number;
};

/**
 * Mailboxes of the pilot batch. A chosen mailbox brings its whole unit (people it shares
 * mailboxes with) when that still fits; an explicit choice that does not fit goes alone, an
 * automatic candidate that does not fit is skipped (so candidates can leave it empty). An
 * automatic candidate is skipped too when its unit holds a mailbox over `largeBytes`: a
 * pilot should finish in days, and the batches after it wait for its switch-over.
 */
export function choosePilot(
  mem: ArrayAlloc,
  index: MailboxIndex,
  unitOf: Int32Array,
  unitMembers: (root: number) => ArrayLike<number>,
  pilot: PilotSetting,
  limit: number,
  largeBytes: number,
): PilotChoice {
  const n = index.emails.length;
  const taken = mem.uint8(n);
  if (pilot.mode === 'none') return { taken, candidates: 0 };
  let count = 0;
  const takeUnit = (i: number, cap: number, aloneIfTooBig: boolean): void => {
    if (taken[i]) return;
    const unit = unitMembers(unitOf[i]!);
    if (!aloneIfTooBig) {
      for (let k = 0; k < unit.length; k++) if (index.sizes[unit[k]!]! > largeBytes) return;
    }
    if (count + unit.length <= cap) {
      for (let k = 0; k < unit.length; k++) taken[unit[k]!] = 1;
      count += unit.length;
    } else if (aloneIfTooBig && count < cap) {
      taken[i] = 1;
      count++;
    }
  };
  const known = (emails: readonly string[]) =>
    [...new Set(emails.map((e) => findAddress(index, e)).filter((i) => i >= 0))].sort(
      (x, y) => x - y,
    );

  if (pilot.mode === 'list') {
    const listed = known(pilot.emails);
    for (const i of listed) takeUnit(i, limit, true);
    return { taken, candidates: listed.length };
  }
  const size = Math.max(1, Math.min(limit, Math.floor(pilot.size) || 1));
  const volunteers = known(pilot.volunteers);
  let candidates = volunteers.length;
  for (const i of volunteers) if (count < size) takeUnit(i, size, false);
  if (count >= size) return { taken, candidates };
  const candidate = itUsers(mem, index);
  for (let i = 0; i < n; i++) {
    if (count >= size) break;
    if (candidate[i]) {
      candidates++;
      takeUnit(i, size, false);
    }
  }
  return { taken, candidates };
}

/**
 * User mailboxes of an IT department, as a mark per canonical index. Read in input order
 * (where the rows lie in memory), testing each distinct department name once.
 */
function itUsers(mem: ArrayAlloc, index: MailboxIndex): Uint8Array {
  const marks = mem.uint8(index.emails.length);
  const known = new Map<string, boolean>();
  let last: string | null = null;
  let lastIsIt = false;
  for (let k = 0; k < index.input.length; k++) {
    const c = index.canonOf[k]!;
    const m = index.input[k]!;
    if (c < 0 || m.type !== 'UserMailbox') continue;
    const d = m.department;
    if (d !== last) {
      let it = known.get(d);
      if (it === undefined) known.set(d, (it = isItDepartment(d)));
      last = d;
      lastIsIt = it;
    }
    if (lastIsIt) marks[c] = 1;
  }
  return marks;
}
