import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { markUnsaved } from '../../ui/unsaved-edits.ts';
import type { UpdateWatcher } from './service-worker-updates.ts';
import { UpdatePrompt } from './update-prompt.tsx';

function fakeWatcher(): UpdateWatcher {
  return { state: () => 'ready', subscribe: () => () => {}, apply: vi.fn<() => void>() };
}

describe('UpdatePrompt', () => {
  it('turns back into a reload button once the unsaved changes are saved', async () => {
    const watcher = fakeWatcher();
    const clear = markUnsaved('The schedule settings');
    render(<UpdatePrompt watcher={watcher} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Save or discard your changes first' }),
    );
    expect(watcher.apply).not.toHaveBeenCalled();

    act(clear);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(watcher.apply).toHaveBeenCalledOnce();
  });
});
