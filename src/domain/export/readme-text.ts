import { METHOD_LABELS, type MigrationMethod } from '../methods/method-list.ts';
import type { Problem } from '../result.ts';

export type ReadmeInput = {
  planName: string;
  method: MigrationMethod;
  generatedAt: string;
  /** Path and what it is, in the order the files should be used. */
  files: readonly { path: string; about: string }[];
  notes: readonly string[];
  problems: readonly Problem[];
  /** A line above everything else, e.g. that the plan is the fictional sample. */
  notice?: string | null;
};

const SCRIPT_ABOUT: Record<'batch' | 'pst', string> = {
  batch:
    'Creates the migration endpoint and one migration batch per CSV, after checking the connection to the source. Fill in the settings at its top, read it, then run it as .\\migration.ps1 from this folder. It asks for credentials; it stores none.',
  pst: 'Prints the steps of the Microsoft 365 Import service, which cannot be driven by PowerShell.',
};

export function scriptAbout(method: MigrationMethod): string {
  return method.startsWith('pst-') || method === 'outlook-pst'
    ? SCRIPT_ABOUT.pst
    : SCRIPT_ABOUT.batch;
}

/** README.txt of the export zip: what each file is for, what to do before upload, what to fix. */
export function readmeText(input: ReadmeInput): string {
  const lines = [
    ...(input.notice ? [input.notice.toUpperCase(), ''] : []),
    'Exchange Migration Planner export',
    `Plan: ${input.planName}`,
    `Method: ${METHOD_LABELS[input.method]}`,
    `Generated: ${input.generatedAt}`,
    '',
    'FILES',
    ...input.files.flatMap((f) => [`${f.path}`, `    ${f.about}`]),
    '',
    'BEFORE YOU UPLOAD',
    '- Open CSV files in a text editor, not Excel: Excel can change addresses and drop leading characters.',
    '- A cell that starts with =, +, -, @ or a tab has a leading apostrophe so spreadsheets do not run it as a formula; such cells are listed under PROBLEMS.',
    ...input.notes.map((n) => `- ${n}`),
  ];
  if (input.problems.length > 0) {
    lines.push('', 'PROBLEMS TO FIX', ...input.problems.map((p) => `- ${p.message} (${p.path})`));
  }
  return `${lines.join('\r\n')}\r\n`;
}
