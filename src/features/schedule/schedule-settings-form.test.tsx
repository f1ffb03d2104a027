import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defaultScheduleSettings } from '../../domain/schedule/default-schedule-settings.ts';
import type { ScheduleSettings } from '../../domain/schedule/schedule-types.ts';
import { ScheduleSettingsForm } from './schedule-settings-form.tsx';

const settings = defaultScheduleSettings('2026-03-02', 'Europe/London');

/** The text screen readers announce as the field's description (hint and error). */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function setup() {
  const onSave = vi.fn<(s: ScheduleSettings) => void>();
  const onReset = vi.fn<() => void>();
  // In a data router, as in the app: the form guards unsaved changes when leaving the page.
  const router = createMemoryRouter(
    [
      {
        path: '/schedule',
        element: (
          <ScheduleSettingsForm settings={settings} saved onSave={onSave} onReset={onReset} />
        ),
      },
      { path: '/impact', element: <h1>Impact</h1> },
    ],
    { initialEntries: ['/schedule'] },
  );
  render(<RouterProvider router={router} />);
  return { onSave, onReset, router, user: userEvent.setup() };
}

describe('ScheduleSettingsForm', () => {
  it('shows errors next to the fields and does not save', async () => {
    const { onSave, user } = setup();
    const concurrency = screen.getByLabelText('Concurrent migrations');
    await user.clear(concurrency);
    await user.type(concurrency, '500');
    const zone = screen.getByLabelText('Site time zone');
    await user.clear(zone);
    await user.type(zone, 'Europe/Atlantis');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch('2 settings need a fix');
    expect(concurrency.getAttribute('aria-invalid')).toBe('true');
    expect(description(concurrency)).toMatch(/whole number from 1 to 300/);
    expect(description(zone)).toMatch(/IANA time zone/);
    // The first field in error takes focus so a keyboard user lands on it.
    expect(document.activeElement).toBe(zone);
  });

  it('asks for a pilot address list when the pilot is a list', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'These addresses' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(description(screen.getByLabelText('Pilot addresses'))).toMatch(
      /List at least one address/,
    );
  });

  it('checks a blackout before adding it, then saves it', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Blackout from'), '2026-04-10');
    await user.type(screen.getByLabelText('Blackout to'), '2026-04-08');
    await user.click(screen.getByRole('button', { name: 'Add blackout' }));
    expect(description(screen.getByLabelText('Blackout from'))).toMatch(
      'The last blackout date is before the first.',
    );

    await user.clear(screen.getByLabelText('Blackout to'));
    await user.type(screen.getByLabelText('Blackout to'), '2026-04-13');
    await user.click(screen.getByRole('button', { name: 'Add blackout' }));
    screen.getByRole('button', { name: 'Remove blackout 2026-04-10 to 2026-04-13' });

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({
      ...settings,
      blackoutDates: [{ from: '2026-04-10', to: '2026-04-13' }],
    });
  });

  it('overrides a published duration table, and says which line is wrong', async () => {
    const { onSave, user } = setup();
    const p90 = screen.getByLabelText('Days to copy a mailbox, 90th percentile');
    expect(description(p90)).toMatch(/Default: 1, 7 · 10, 7/);
    await user.type(p90, '1, 4{Enter}ten, 6');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(description(p90)).toMatch('Line 2: write “up to GB, days”');
    expect(document.activeElement).toBe(p90);

    await user.clear(p90);
    await user.type(p90, '1, 4{Enter}10, 6');
    await user.type(screen.getByLabelText('Usable share of the bandwidth (0 to 1)'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({
      ...settings,
      overrides: {
        networkEfficiency: 0.5,
        durationP90Days: [
          [1, 4],
          [10, 6],
        ],
      },
    });
  });

  it('asks before leaving the page with unsaved changes, and lets the user stay', async () => {
    const { router, user } = setup();
    // Nothing typed: leaving is not held up.
    await act(() => router.navigate('/impact'));
    expect(router.state.location.pathname).toBe('/impact');
    await act(() => router.navigate('/schedule'));

    const concurrency = screen.getByLabelText('Concurrent migrations');
    await user.clear(concurrency);
    await user.type(concurrency, '50');
    await act(() => router.navigate('/impact'));
    expect(router.state.location.pathname).toBe('/schedule');
    const dialog = screen.getByRole('alertdialog', { name: 'Unsaved changes' });
    expect(dialog.textContent).toMatch(/not saved/);
    await user.click(screen.getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/schedule');
    expect(screen.getByLabelText('Concurrent migrations')).toHaveProperty('value', '50');

    await act(() => router.navigate('/impact'));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(router.state.location.pathname).toBe('/impact');
  });
});
