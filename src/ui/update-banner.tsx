import { useId } from 'react';

/**
 * Where this tab stands with the app's versions: `ready` means a new version is installed and
 * waits for this tab to start it; `active` means another tab started it, and this one still
 * runs the old code until it reloads.
 */
export type UpdateState = 'none' | 'ready' | 'active';

export type UpdateBannerView = {
  message: string;
  /** Why reloading is refused now, or null when it is allowed. */
  unsavedNote: string | null;
  action: string;
  canReload: boolean;
};

/** What the banner says and whether its button reloads, from the state and unsaved parts. */
export function updateBannerView(
  state: UpdateState,
  unsaved: readonly string[],
): UpdateBannerView | null {
  if (state === 'none') return null;
  const message =
    state === 'ready' ? 'A new version is ready.' : 'A new version is active: reload to use it.';
  if (unsaved.length === 0)
    return { message, unsavedNote: null, action: 'Reload', canReload: true };
  const [first = '', ...rest] = unsaved;
  // "The schedule settings and the cover details": every name after the first starts lower case.
  const names = [first, ...rest.map((w) => w.charAt(0).toLowerCase() + w.slice(1))];
  const list =
    names.length === 1 ? first : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return {
    message,
    unsavedNote: `${list} have changes that are not saved.`,
    action: 'Save or discard your changes first',
    canReload: false,
  };
}

/**
 * A polite banner offering the new version. The live region is always in the page (empty
 * when there is nothing to say), so screen readers announce it when text appears.
 */
export function UpdateBanner({
  state,
  unsaved,
  onReload,
}: {
  state: UpdateState;
  unsaved: readonly string[];
  onReload: () => void;
}) {
  const view = updateBannerView(state, unsaved);
  const noteId = useId();
  return (
    <div className="update-banner" role="status" aria-label="App update">
      {view && (
        <>
          <p>{view.message}</p>
          {view.unsavedNote && <p id={noteId}>{view.unsavedNote}</p>}
          <button
            type="button"
            className={view.canReload ? 'btn btn-primary' : 'btn update-banner-blocked'}
            // aria-disabled rather than disabled: the button stays reachable and says why.
            aria-disabled={view.canReload ? undefined : true}
            aria-describedby={view.unsavedNote ? noteId : undefined}
            onClick={() => {
              if (view.canReload) onReload();
            }}
          >
            {view.action}
          </button>
        </>
      )}
    </div>
  );
}
