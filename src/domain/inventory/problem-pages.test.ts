import { describe, expect, it } from 'vitest';
import type { ImportProblem } from './mailbox.ts';
import { countProblems, problemPage, sortProblems } from './problem-pages.ts';

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

describe('sortProblems', () => {
  it('puts errors first, then orders file by file and by row', () => {
    const sorted = sortProblems([
      problem(9, 'warning'),
      problem(7, 'error', 'p.csv'),
      problem(3, 'error'),
      problem(0, 'warning'),
    ]);
    expect(sorted.map((p) => [p.severity, p.file, p.row])).toEqual([
      ['error', 'm.csv', 3],
      ['error', 'p.csv', 7],
      ['warning', 'm.csv', 0],
      ['warning', 'm.csv', 9],
    ]);
  });
});

describe('countProblems', () => {
  it('counts all, errors and warnings', () => {
    const counts = countProblems([problem(1, 'error'), problem(2, 'warning'), problem(3, 'error')]);
    expect(counts).toEqual({ all: 3, error: 2, warning: 1 });
  });
});

describe('problemPage', () => {
  const sorted = sortProblems([
    ...Array.from({ length: 7 }, (_, i) => problem(i + 2, 'warning')),
    ...Array.from({ length: 2 }, (_, i) => problem(i + 20, 'error')),
  ]);

  it('gives one page of the problems the filter shows', () => {
    const page = problemPage(sorted, 'warning', 1, 5);
    expect(page).toMatchObject({ from: 5, current: 1, pages: 2, shown: 7 });
    expect(page.rows.map((p) => p.row)).toEqual([7, 8]);
  });

  it('keeps the page within the pages there are, and has one page for none', () => {
    expect(problemPage(sorted, 'error', 3, 5)).toMatchObject({ current: 0, pages: 1, shown: 2 });
    expect(problemPage([], 'all', 0, 5)).toMatchObject({ rows: [], from: 0, pages: 1, shown: 0 });
  });
});
