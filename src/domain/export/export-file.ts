/** One file of an export: a relative path (forward slashes, safe on Windows) and its text. */
export type ExportFile = { path: string; content: string };
