import { fireEvent, render, screen, within } from '@testing-library/react';
import { createColumnHelper } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { VirtualTable } from './virtual-table.tsx';
import { withScrollBoxHeight } from '../testing/scroll-box-height.ts';

type Row = { name: string; size: number | null };
const col = createColumnHelper<Row>();
const columns = [
  col.accessor('name', { header: 'Name' }),
  col.accessor('size', { header: 'Size', meta: { numeric: true } }),
];

describe('VirtualTable', () => {
  withScrollBoxHeight(340);

  const many: Row[] = Array.from({ length: 10_000 }, (_, i) => ({ name: `user ${i}`, size: i }));

  it('renders only a window of 10,000 rows and says how many there are', () => {
    render(<VirtualTable label="Users" data={many} columns={columns} getRowId={(r) => r.name} />);
    const table = screen.getByRole('table', { name: 'Users' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row').slice(1);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('sorts by a column from its header button, largest number first', () => {
    render(<VirtualTable label="Users" data={many} columns={columns} getRowId={(r) => r.name} />);
    const table = screen.getByRole('table', { name: 'Users' });
    fireEvent.click(within(table).getByRole('button', { name: 'Size' }));
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('user 99999999');
    expect(
      within(table).getByRole('columnheader', { name: 'Size' }).getAttribute('aria-sort'),
    ).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: 'Size' }));
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('user 00');
    fireEvent.click(within(table).getByRole('button', { name: 'Size' }));
    expect(
      within(table).getByRole('columnheader', { name: 'Size' }).getAttribute('aria-sort'),
    ).toBe('none');
  });

  it('filters, reports the count, and shows the empty text when nothing matches', () => {
    const counts: number[] = [];
    const { rerender } = render(
      <VirtualTable
        label="Users"
        data={many}
        columns={columns}
        getRowId={(r) => r.name}
        filter="user 999"
        onRowCount={(n) => counts.push(n)}
      />,
    );
    expect(counts.at(-1)).toBe(11);
    rerender(
      <VirtualTable
        label="Users"
        data={many}
        columns={columns}
        getRowId={(r) => r.name}
        filter="nobody"
        emptyText="No user matches."
        onRowCount={(n) => counts.push(n)}
      />,
    );
    expect(counts.at(-1)).toBe(0);
    expect(screen.getByText('No user matches.')).toBeTruthy();
  });
});
