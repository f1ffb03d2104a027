import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../domain/inventory/mailbox.ts';
import { PAGE_SIZE, ProblemList } from './problem-list.tsx';

const problem = (
  row: number,
  severity: ImportProblem['severity'],
  file = 'm.csv',
): ImportProblem => ({
  file,
  row,
  column: 'PrimarySmtpAddress',
  reason: `${severity} on row ${row}`,
  severity,
});

describe('ProblemList', () => {
  const many = [
    ...Array.from({ length: 70 }, (_, i) => problem(i + 2, 'warning')),
    ...Array.from({ length: 5 }, (_, i) => problem(i + 200, 'error')),
  ];

  it('shows a page of problems with file, row, column and reason, errors first', () => {
    render(<ProblemList problems={many} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(PAGE_SIZE);
    expect(rows[0]?.textContent).toBe('Errorm.csv200PrimarySmtpAddresserror on row 200');
    expect(screen.getByText('Problems 1–50 of 75')).toBeTruthy();
  });

  it('pages and filters by severity', async () => {
    const user = userEvent.setup();
    render(<ProblemList problems={many} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Problems 51–75 of 75')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('radio', { name: 'Errors (5)' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(screen.queryByRole('navigation', { name: 'Problem pages' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Warnings (70)' }));
    expect(screen.getByText('Problems 1–50 of 70')).toBeTruthy();
  });

  it('says so when there is nothing to report', () => {
    render(<ProblemList problems={[]} />);
    expect(screen.getByText('No problems: every row was read.')).toBeTruthy();
  });
});
