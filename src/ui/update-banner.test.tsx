import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateBanner, updateBannerView } from './update-banner.tsx';

describe('updateBannerView', () => {
  it('says nothing while there is no new version', () => {
    expect(updateBannerView('none', [])).toBeNull();
    expect(updateBannerView('none', ['The schedule settings'])).toBeNull();
  });

  it('offers a reload when nothing is unsaved', () => {
    expect(updateBannerView('ready', [])).toEqual({
      message: 'A new version is ready.',
      unsavedNote: null,
      action: 'Reload',
      canReload: true,
    });
    expect(updateBannerView('active', [])?.message).toBe(
      'A new version is active: reload to use it.',
    );
  });

  it('refuses to reload over unsaved changes and names where they are', () => {
    expect(updateBannerView('ready', ['The schedule settings'])).toEqual({
      message: 'A new version is ready.',
      unsavedNote: 'The schedule settings have changes that are not saved.',
      action: 'Save or discard your changes first',
      canReload: false,
    });
    expect(
      updateBannerView('active', ['The schedule settings', 'The cover details', 'The logo'])
        ?.unsavedNote,
    ).toBe(
      'The schedule settings, the cover details and the logo have changes that are not saved.',
    );
  });
});

describe('UpdateBanner', () => {
  it('keeps an empty live region in the page while there is nothing to say', () => {
    render(<UpdateBanner state="none" unsaved={[]} onReload={() => {}} />);
    expect(screen.getByRole('status', { name: 'App update' }).childElementCount).toBe(0);
  });

  it('reloads from the button, by keyboard too', async () => {
    const onReload = vi.fn<() => void>();
    render(<UpdateBanner state="ready" unsaved={[]} onReload={onReload} />);
    expect(screen.getByRole('status').textContent).toContain('A new version is ready.');
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reload' }));
    await userEvent.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('does not reload while something is unsaved, and does once it is saved', async () => {
    const onReload = vi.fn<() => void>();
    const { rerender } = render(
      <UpdateBanner state="ready" unsaved={['The schedule settings']} onReload={onReload} />,
    );
    const blocked = screen.getByRole('button', { name: 'Save or discard your changes first' });
    expect(blocked.getAttribute('aria-disabled')).toBe('true');
    const note = document.getElementById(blocked.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe('The schedule settings have changes that are not saved.');
    await userEvent.click(blocked);
    expect(onReload).not.toHaveBeenCalled();

    rerender(<UpdateBanner state="ready" unsaved={[]} onReload={onReload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
