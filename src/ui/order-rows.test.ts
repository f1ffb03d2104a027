import { describe, expect, it } from 'vitest';
import { orderRows } from './order-rows.ts';

type Row = { name: string; size: number | null };

const readers = [
  { id: 'name', accessorFn: (r: Row) => r.name },
  { id: 'size', accessorFn: (r: Row) => r.size },
];
const rows: Row[] = [
  { name: 'bob', size: 3 },
  { name: 'Alice', size: null },
  { name: 'carol', size: 10 },
  { name: 'alice', size: 3 },
];

describe('orderRows', () => {
  it('keeps the data order without filter or sort', () => {
    expect(Array.from(orderRows(rows, readers, '', []))).toEqual([0, 1, 2, 3]);
  });

  it('sorts text case-insensitively and stably, numbers by value, empty values last', () => {
    expect(Array.from(orderRows(rows, readers, '', [{ id: 'name', desc: false }]))).toEqual([
      1, 3, 0, 2,
    ]);
    expect(Array.from(orderRows(rows, readers, '', [{ id: 'name', desc: true }]))).toEqual([
      2, 0, 1, 3,
    ]);
    expect(Array.from(orderRows(rows, readers, '', [{ id: 'size', desc: true }]))).toEqual([
      2, 0, 3, 1,
    ]);
    expect(Array.from(orderRows(rows, readers, '', [{ id: 'size', desc: false }]))).toEqual([
      0, 3, 2, 1,
    ]);
  });

  it('filters on any column, case-insensitively, and sorts what is left', () => {
    expect(Array.from(orderRows(rows, readers, ' ALI', []))).toEqual([1, 3]);
    expect(Array.from(orderRows(rows, readers, '10', []))).toEqual([2]);
    expect(Array.from(orderRows(rows, readers, 'o', [{ id: 'size', desc: true }]))).toEqual([2, 0]);
    expect(orderRows(rows, readers, 'nobody', [])).toHaveLength(0);
  });
});
