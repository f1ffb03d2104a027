import type { Column, SortingState } from '@tanstack/react-table';

/** A column marked `meta: { numeric: true }`: right-aligned, and sorted largest first. */
export function isNumeric<T>(column: Column<T, unknown>): boolean {
  return (column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric === true;
}

/** Unsorted → first direction → the other → unsorted; numbers start with the largest. */
export function nextSorting<T>(
  column: Column<T, unknown>,
  sorted: false | 'asc' | 'desc',
): SortingState {
  const first = isNumeric(column) ? 'desc' : 'asc';
  if (sorted === false) return [{ id: column.id, desc: first === 'desc' }];
  if (sorted === first) return [{ id: column.id, desc: first !== 'desc' }];
  return [];
}
