/**
 * Which parts of the page hold typed but unsaved changes, so code outside the form (the
 * update banner) can refuse to reload over them. Each source says what it holds in words
 * ("The schedule settings"), which is what the user is told to save.
 */
const sources = new Map<symbol, string>();
const listeners = new Set<() => void>();
let snapshot: readonly string[] = [];

function changed(): void {
  snapshot = [...new Set(sources.values())];
  for (const listener of listeners) listener();
}

/** Records unsaved changes in `what`; the returned function clears them (saved or discarded). */
export function markUnsaved(what: string): () => void {
  const id = Symbol(what);
  sources.set(id, what);
  changed();
  return () => {
    if (sources.delete(id)) changed();
  };
}

/** What holds unsaved changes now, each named once; the same array until something changes. */
export function unsavedEdits(): readonly string[] {
  return snapshot;
}

export function hasUnsavedEdits(): boolean {
  return snapshot.length > 0;
}

export function subscribeUnsavedEdits(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
