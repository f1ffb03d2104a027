import type { ImportProblem } from './mailbox.ts';

/** Which problems a list shows: all, or one severity. */
export type ProblemFilter = 'all' | ImportProblem['severity'];

/** Errors before warnings; within each, file by file (in the order given) and by row. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  const rank = (p: ImportProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.row - b.row,
  );
}

/** How many problems each filter shows. */
export function countProblems(problems: readonly ImportProblem[]): Record<ProblemFilter, number> {
  let error = 0;
  for (const p of problems) if (p.severity === 'error') error++;
  return { all: problems.length, error, warning: problems.length - error };
}

export type ProblemPage = {
  rows: ImportProblem[];
  /** Index of the first row among the problems shown. */
  from: number;
  /** The page shown (0-based), kept within the pages there are. */
  current: number;
  /** Pages there are; at least 1, even for no problems. */
  pages: number;
  /** Problems the filter shows, on all pages. */
  shown: number;
};

/** The page asked for of the problems one filter shows, the last one if it asks beyond. */
export function problemPage(
  sorted: readonly ImportProblem[],
  filter: ProblemFilter,
  page: number,
  pageSize: number,
): ProblemPage {
  const shown = filter === 'all' ? sorted : sorted.filter((p) => p.severity === filter);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const from = current * pageSize;
  return { rows: shown.slice(from, from + pageSize), from, current, pages, shown: shown.length };
}
