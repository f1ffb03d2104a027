import { useSyncExternalStore } from 'react';
import { hasUnsavedEdits, subscribeUnsavedEdits, unsavedEdits } from '../../ui/unsaved-edits.ts';
import { UpdateBanner } from '../../ui/update-banner.tsx';
import type { UpdateWatcher } from './service-worker-updates.ts';

/** The update banner, fed by the service worker's state and the page's unsaved changes. */
export function UpdatePrompt({ watcher }: { watcher: UpdateWatcher }) {
  const state = useSyncExternalStore(watcher.subscribe, watcher.state);
  const unsaved = useSyncExternalStore(subscribeUnsavedEdits, unsavedEdits);
  return (
    <UpdateBanner
      state={state}
      unsaved={unsaved}
      onReload={() => {
        // Asked again at the click: a change typed since the last render still counts.
        if (!hasUnsavedEdits()) watcher.apply();
      }}
    />
  );
}
