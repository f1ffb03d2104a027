/** Every way this planner knows to move mail into Exchange Online. */
export const METHODS = [
  'full-hybrid',
  'minimal-hybrid',
  'express-hybrid',
  'cutover',
  'staged',
  'imap',
  'google-workspace',
  'pst-import-network',
  'pst-import-drive',
  'outlook-pst',
] as const;

export type MigrationMethod = (typeof METHODS)[number];

export const METHOD_LABELS: Record<MigrationMethod, string> = {
  'full-hybrid': 'Full hybrid',
  'minimal-hybrid': 'Minimal hybrid',
  'express-hybrid': 'Express migration (express hybrid)',
  cutover: 'Cutover migration',
  staged: 'Staged migration',
  imap: 'IMAP migration',
  'google-workspace': 'Google Workspace migration',
  'pst-import-network': 'Microsoft 365 Import service: network upload',
  'pst-import-drive': 'Microsoft 365 Import service: drive shipping',
  'outlook-pst': 'PST import in Outlook',
};

export function isMigrationMethod(value: unknown): value is MigrationMethod {
  return typeof value === 'string' && (METHODS as readonly string[]).includes(value);
}
