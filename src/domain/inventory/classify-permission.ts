import type { PermissionKind } from './mailbox.ts';

export type PermissionRow = {
  owner: string;
  rights: string;
  /** FolderName column, or '' when absent. */
  folder: string;
  /** SharingPermissionFlags, or null when the export has no such column. */
  flags: string | null;
};

export type Classified = { kind: PermissionKind; owner: string; rights: string } | { skip: string };

const BRACES = /[{}]/g;
const SEPARATORS = /[\s,;]+/;
const MULTIPLE = /[\s,;]/;
// Calendar folder names in the languages Exchange most often runs in; `:\Calendar` is English.
const CALENDARS = new Set([
  'calendar',
  'kalender',
  'calendrier',
  'calendario',
  'agenda',
  'kalenteri',
]);

/**
 * Which link between two mailboxes a permission row makes, or why it makes none. Folder rows
 * (`boss@x.com:\Calendar`) are folder permissions; mailbox rows count for FullAccess and SendAs.
 */
export function classifyPermission(row: PermissionRow): Classified {
  const rights = (row.rights.includes('{') ? row.rights.replace(BRACES, '') : row.rights).trim();
  const lower = rights.toLowerCase();
  const tokens = MULTIPLE.test(lower) ? lower.split(SEPARATORS) : [lower];
  const split = row.owner.indexOf(':\\');
  if (split >= 0 || row.folder !== '') {
    const owner = split >= 0 ? row.owner.slice(0, split).trim() : row.owner.trim();
    const folder = split >= 0 ? row.owner.slice(split + 2) : row.folder;
    if (tokens.length === 1 && (tokens[0] === 'none' || tokens[0] === '')) {
      return { skip: 'folder rights “None” grant nothing' };
    }
    const isCalendar = CALENDARS.has(folderLeaf(folder));
    const delegate =
      row.flags === null
        ? // Without SharingPermissionFlags, Editor on the calendar is what Outlook gives a delegate.
          isCalendar && tokens.includes('editor')
        : isCalendar && row.flags.toLowerCase().includes('delegate');
    return { kind: delegate ? 'calendar-delegate' : 'folder', owner, rights };
  }
  if (tokens.includes('fullaccess')) return { kind: 'full-access', owner: row.owner, rights };
  if (tokens.includes('sendas') || tokens.includes('send-as')) {
    return { kind: 'send-as', owner: row.owner, rights };
  }
  return { skip: `rights “${rights || '(none)'}” do not link mailboxes for batching` };
}

/** `\Calendar`, `Calendar`, `\Top of Information Store\Calendar` → `calendar`. */
function folderLeaf(folder: string): string {
  const parts = folder.split('\\');
  return (parts[parts.length - 1] ?? '').trim().toLowerCase();
}
