import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hasUnsavedEdits,
  markUnsaved,
  subscribeUnsavedEdits,
  unsavedEdits,
} from './unsaved-edits.ts';

const clears: (() => void)[] = [];
const mark = (what: string) => {
  const clear = markUnsaved(what);
  clears.push(clear);
  return clear;
};
afterEach(() => {
  for (const clear of clears.splice(0)) clear();
});

describe('unsaved edits', () => {
  it('starts empty', () => {
    expect(hasUnsavedEdits()).toBe(false);
    expect(unsavedEdits()).toEqual([]);
  });

  it('lists each part with unsaved changes once, until every source clears it', () => {
    const a = mark('The schedule settings');
    const b = mark('The schedule settings');
    mark('The cover details');
    expect(unsavedEdits()).toEqual(['The schedule settings', 'The cover details']);
    a();
    expect(unsavedEdits()).toEqual(['The schedule settings', 'The cover details']);
    b();
    expect(unsavedEdits()).toEqual(['The cover details']);
    expect(hasUnsavedEdits()).toBe(true);
  });

  it('tells subscribers of each change, not of a clear repeated', () => {
    const listener = vi.fn<() => void>();
    const unsubscribe = subscribeUnsavedEdits(listener);
    const clear = mark('The schedule settings');
    clear();
    clear();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    mark('The cover details');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the same list object while nothing changes (as useSyncExternalStore needs)', () => {
    mark('The schedule settings');
    expect(unsavedEdits()).toBe(unsavedEdits());
  });
});
