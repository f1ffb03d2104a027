import { facts } from '../facts.ts';
import type { Problem } from '../result.ts';
import { isFormulaLike, toCsv } from '../csv-cell.ts';
import { localPart } from './imap-user-name.ts';

/** Exactly Microsoft's header, SharePoint columns included though unused (reference §3.6). */
export const PST_MAPPING_HEADER = [
  'Workload',
  'FilePath',
  'Name',
  'Mailbox',
  'IsArchive',
  'TargetRootFolder',
  'ContentCodePage',
  'SPFileContainer',
  'SPManifestContainer',
  'SPSiteUrl',
] as const;

export type PstMappingEntry = {
  /** Target mailbox: SMTP address (or mailbox GUID). */
  mailbox: string;
  /** PST file name as uploaded: case-sensitive, unique within an import job. */
  pstName: string;
  /** Import into the archive mailbox (it must be enabled). */
  isArchive?: boolean;
  /** Blank: a new folder "Imported"; `/`: merge into existing folders; `/<name>`: into that folder. */
  targetRootFolder?: string;
  /** Blank when uploaded to the container root; else the subfolder used in the SAS URL. */
  filePath?: string;
  /** Code page of an ANSI PST, e.g. 932 for Japanese. */
  contentCodePage?: number;
};

export type PstMappingFile = { name: string; content: string; rows: number };

// oxlint-disable-next-line no-control-regex -- Windows forbids control characters in file names
const WINDOWS_UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/**
 * One `<alias>.pst` per mailbox for when the user has no list yet: the export page tells them
 * to name the PST files this way. Names stay unique even ignoring case (Windows folders do),
 * by adding the domain, then a number, to a repeated alias.
 */
export function defaultPstEntries(mailboxes: readonly string[]): PstMappingEntry[] {
  const used = new Set<string>();
  return mailboxes.map((mailbox) => {
    const alias = localPart(mailbox).replaceAll(WINDOWS_UNSAFE, '_');
    const domain = mailbox.slice(mailbox.lastIndexOf('@') + 1).replaceAll(WINDOWS_UNSAFE, '_');
    const candidates = [alias, `${alias}_${domain}`];
    let name = candidates.find((c) => !used.has(c.toLowerCase()));
    for (let n = 2; name === undefined; n++) {
      const c = `${alias}_${domain}_${n}`;
      if (!used.has(c.toLowerCase())) name = c;
    }
    used.add(name.toLowerCase());
    return { mailbox, pstName: `${name}.pst` };
  });
}

function entryProblems(entries: readonly PstMappingEntry[]): Problem[] {
  const problems: Problem[] = [];
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  entries.forEach((e, i) => {
    const path = `pst[${i}]`;
    if (e.mailbox.trim() === '')
      problems.push({ path: `${path}.mailbox`, message: 'The target mailbox is empty.' });
    if (e.pstName.trim() === '')
      problems.push({ path: `${path}.pstName`, message: 'The PST file name is empty.' });
    if (/ingestiondata/i.test(e.filePath ?? '')) {
      problems.push({
        path: `${path}.filePath`,
        message:
          'FilePath must not include "ingestiondata": give only the subfolder inside the SAS URL.',
      });
    }
    // Keyed on the name alone: Microsoft says unique "within the job", not within a folder.
    const key = e.pstName;
    const first = exact.get(key);
    const firstFolded = folded.get(key.toLowerCase());
    if (first !== undefined) {
      problems.push({
        path: `${path}.pstName`,
        message: `"${e.pstName}" is listed twice (rows ${first + 1} and ${i + 1}): PST names must be unique within an import job.`,
      });
    } else if (firstFolded !== undefined) {
      problems.push({
        path: `${path}.pstName`,
        message: `"${e.pstName}" differs from "${entries[firstFolded]!.pstName}" only in case: names are case-sensitive for Microsoft, but one Windows folder cannot hold both files.`,
      });
    }
    exact.set(key, exact.get(key) ?? i);
    folded.set(key.toLowerCase(), folded.get(key.toLowerCase()) ?? i);
  });
  return problems;
}

function row(e: PstMappingEntry): string[] {
  return [
    'Exchange',
    e.filePath ?? '',
    e.pstName,
    e.mailbox,
    e.isArchive === true ? 'TRUE' : 'FALSE',
    e.targetRootFolder ?? '',
    e.contentCodePage === undefined ? '' : String(e.contentCodePage),
    '',
    '',
    '',
  ];
}

/**
 * PST Import mapping files, at most 500 rows each (one import job per file):
 * `<baseName>.csv`, or `<baseName>-part-<n>.csv` when the list is longer.
 */
export function pstMappingCsv(
  entries: readonly PstMappingEntry[],
  baseName = 'pst-mapping',
): { files: PstMappingFile[]; problems: Problem[] } {
  const problems = entryProblems(entries);
  const rows = entries.map(row);
  rows.forEach((cells, i) => {
    for (const cell of cells.filter(isFormulaLike)) {
      problems.push({
        path: `pst[${i}]`,
        message: `"${cell}" starts with a character spreadsheets run as a formula, so the file has it as "'${cell}": remove the apostrophe in a text editor before uploading.`,
      });
    }
  });
  const max = facts.pstMaxRowsPerMapping.value;
  const parts = Math.ceil(rows.length / max);
  const files = Array.from({ length: parts }, (_, p) => {
    const partRows = rows.slice(p * max, (p + 1) * max);
    return {
      name: parts === 1 ? `${baseName}.csv` : `${baseName}-part-${p + 1}.csv`,
      content: toCsv(PST_MAPPING_HEADER, partRows),
      rows: partRows.length,
    };
  });
  return { files, problems };
}
