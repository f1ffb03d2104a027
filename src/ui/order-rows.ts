import type { Column, SortingState } from '@tanstack/react-table';

type Reader<T> = Pick<Column<T, unknown>, 'id' | 'accessorFn'>;

// Lower-cased text of each row's cells, built on the first filter and kept per data array.
const searchTexts = new WeakMap<object, { columns: object; texts: string[] }>();

/**
 * Indexes into `rows`, filtered by `filter` (case-insensitive, any cell containing it) and
 * sorted stably by `sorting`. Empty values sort last in either direction.
 */
export function orderRows<T>(
  rows: readonly T[],
  columns: readonly Reader<T>[],
  filter: string,
  sorting: SortingState,
): Int32Array {
  const readable = columns.filter((c) => c.accessorFn !== undefined);
  const order = filterRows(rows, columns, readable, filter.trim().toLowerCase());
  const [sort] = sorting;
  const column = sort && readable.find((c) => c.id === sort.id);
  if (!sort || !column?.accessorFn) return order;
  return sortRows(rows, order, column, sort.desc);
}

/** Every index when there is no needle, else those whose cells contain it. */
function filterRows<T>(
  rows: readonly T[],
  columns: readonly Reader<T>[],
  readable: readonly Reader<T>[],
  needle: string,
): Int32Array {
  const n = rows.length;
  if (needle === '') {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  let cached = searchTexts.get(rows);
  if (cached?.columns !== columns) {
    const texts = Array.from<string>({ length: n });
    for (let i = 0; i < n; i++) {
      let text = '';
      for (const c of readable) text += `${String(c.accessorFn?.(rows[i] as T, i) ?? '')}\u0000`;
      texts[i] = text.toLowerCase();
    }
    cached = { columns, texts };
    searchTexts.set(rows, cached);
  }
  const hits: number[] = [];
  for (let i = 0; i < n; i++) if ((cached.texts[i] as string).includes(needle)) hits.push(i);
  return Int32Array.from(hits);
}

/** `order` sorted stably by one column, its empty values last. */
function sortRows<T>(
  rows: readonly T[],
  order: Int32Array,
  column: Reader<T>,
  desc: boolean,
): Int32Array {
  const read = column.accessorFn!;
  // Keys are read once per row, and numbers and text sorted apart with a comparator of one
  // kind: a comparator that lower-cases or checks types would run ~17 times per row.
  const present: number[] = [];
  const empty: number[] = [];
  const numbers = new Float64Array(rows.length);
  const texts: string[] = [];
  let numeric = true;
  for (const i of order) {
    const v = read(rows[i] as T, i);
    if (v === null || v === undefined || v === '') empty.push(i);
    else {
      present.push(i);
      if (typeof v === 'number') numbers[i] = v;
      else numeric = false;
      texts[i] = typeof v === 'string' ? v.toLowerCase() : String(v);
    }
  }
  const sign = desc ? -1 : 1;
  let sorted: ArrayLike<number>;
  if (numeric) {
    sorted = Int32Array.from(present).sort((a, b) => (numbers[a]! - numbers[b]!) * sign || a - b);
  } else {
    sorted = present.sort((a, b) => {
      const x = texts[a]!;
      const y = texts[b]!;
      return x < y ? -sign : x > y ? sign : a - b;
    });
  }
  const result = new Int32Array(order.length);
  result.set(sorted);
  result.set(empty, sorted.length);
  return result;
}
