import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../domain/inventory/column-mapping.ts';
import { ColumnMappingForm } from './column-mapping-form.tsx';

const columns = ['Login', 'DisplayName', 'Name', 'TotalItemSize'];

function setup(props: Partial<Parameters<typeof ColumnMappingForm>[0]> = {}) {
  const onApply = vi.fn<(override: ColumnMapping) => void>();
  const onReset = vi.fn<() => void>();
  render(
    <ColumnMappingForm
      columns={columns}
      used={{ displayName: 'DisplayName', sizeBytes: 'TotalItemSize' }}
      override={{}}
      canReread
      busy={false}
      onApply={onApply}
      onReset={onReset}
      {...props}
    />,
  );
  return { onApply, onReset, user: userEvent.setup() };
}

describe('ColumnMappingForm', () => {
  it('shows for each field the column used and whether it was recognised', () => {
    setup();
    expect(screen.getByLabelText('Display name')).toHaveProperty('value', 'DisplayName');
    expect(screen.getByLabelText(/E-mail address/)).toHaveProperty('value', '');
    const emailRow = screen.getByRole('row', { name: /E-mail address/ });
    expect(within(emailRow).getByText('Not found: required')).toBeTruthy();
    const nameRow = screen.getByRole('row', { name: /Display name/ });
    expect(within(nameRow).getByText('Recognised')).toBeTruthy();
    // Every header of the file can be chosen, or none.
    const options = within(screen.getByLabelText('Office')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['(none)', ...columns]);
  });

  it('refuses to apply without an e-mail column and moves focus to it', async () => {
    const { onApply, user } = setup();
    await user.click(
      screen.getByRole('button', { name: 'Read the file again with these columns' }),
    );
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/e-mail address/);
    expect(document.activeElement).toBe(screen.getByLabelText(/E-mail address/));
    expect(screen.getByLabelText(/E-mail address/).getAttribute('aria-invalid')).toBe('true');
  });

  it('applies only the fields changed by hand, on top of earlier choices', async () => {
    const { onApply, user } = setup({ override: { database: 'Name' } });
    await user.selectOptions(screen.getByLabelText(/E-mail address/), 'Login');
    await user.selectOptions(screen.getByLabelText('Mailbox size'), '');
    await user.click(
      screen.getByRole('button', { name: 'Read the file again with these columns' }),
    );
    expect(onApply).toHaveBeenCalledWith({ database: 'Name', email: 'Login', sizeBytes: '' });
  });

  it('says the choices are kept for the next import when the file is gone, and can forget them', async () => {
    const { onReset, user } = setup({
      canReread: false,
      override: { email: 'Login' },
      used: { email: 'Login' },
    });
    expect(screen.getByText(/choose the file again above/)).toBeTruthy();
    const row = screen.getByRole('row', { name: /E-mail address/ });
    expect(within(row).getByText('Chosen by hand')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Forget hand-made choices' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Remember these columns' })).toBeTruthy();
  });
});
