import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { markUnsaved } from './unsaved-edits.ts';

/**
 * Keeps typed but unsaved changes from vanishing: leaving for another page asks first, and
 * reloading or closing the tab gets the browser's own prompt, and the update banner will not
 * reload the app over them.
 */
export function UnsavedGuard({ dirty, what }: { dirty: boolean; what: string }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => (dirty ? markUnsaved(what) : undefined), [dirty, what]);
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    // Focus scrolls it into view: the prompt sits at the form, the link clicked may be far off.
    stay.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div
      className="notice notice-error unsaved-guard"
      role="alertdialog"
      aria-label="Unsaved changes"
    >
      <p>{what} have changes that are not saved. Leave this page and lose them?</p>
      <div className="button-row">
        <button
          ref={stay}
          type="button"
          className="btn btn-primary"
          onClick={() => blocker.reset()}
        >
          Stay
        </button>
        <button type="button" className="btn" onClick={() => blocker.proceed()}>
          Leave without saving
        </button>
      </div>
    </div>
  );
}
