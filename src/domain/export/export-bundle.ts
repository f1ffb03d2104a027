import type { MigrationMethod } from '../methods/method-list.ts';
import type { Problem } from '../result.ts';
import type { Schedule } from '../schedule/schedule-types.ts';
import { batchEmails, mailboxCount, scheduledEmails } from '../schedule/schedule-view.ts';
import { batchCsv, type BatchCsvOptions } from './batch-csv.ts';
import type { ExportFile } from './export-file.ts';
import { batchFileBase } from './file-slug.ts';
import { powerShellScript, type ScriptBatch } from './powershell.ts';
import type { ScriptSettings } from './powershell-source.ts';
import { readableUtc } from './ps-quote.ts';
import { defaultPstEntries, pstMappingCsv, type PstMappingEntry } from './pst-mapping-csv.ts';
import { readmeText, scriptAbout } from './readme-text.ts';
import { sampleNotice, type SampleKind } from './sample-notice.ts';

export type ExportInput = {
  planName: string;
  method: MigrationMethod;
  /** When the export was made, formatted by the caller (the domain reads no clock). */
  generatedAt: string;
  schedule: Schedule;
  batchOptions?: BatchCsvOptions;
  script?: ScriptSettings;
  /** Import service methods: the user's PST list; without one, `<alias>.pst` per scheduled mailbox. */
  pstEntries?: readonly PstMappingEntry[];
  sample?: SampleKind;
};

export type ExportBundle = { files: ExportFile[]; problems: Problem[]; notes: string[] };

const SCRIPT_PATH = 'migration.ps1';
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function pstFiles(input: ExportInput) {
  if (input.pstEntries !== undefined) {
    const { files, problems } = pstMappingCsv(input.pstEntries);
    return { files, problems };
  }
  // Names are derived from every mailbox at once so they stay unique across the batches' jobs.
  const all = defaultPstEntries(scheduledEmails(input.schedule));
  const byMailbox = new Map(all.map((e) => [e.mailbox, e]));
  const total = input.schedule.batches.length;
  const out = input.schedule.batches.map((b, i) => {
    const base = batchFileBase(i, total, b.name);
    const r = pstMappingCsv(
      batchEmails(input.schedule, b).map((m) => byMailbox.get(m)!),
      base,
    );
    return {
      files: r.files,
      problems: r.problems.map((p) => ({ ...p, path: `${base}.${p.path}` })),
    };
  });
  return { files: out.flatMap((o) => o.files), problems: out.flatMap((o) => o.problems) };
}

/**
 * Every file the admin needs for Microsoft's tools, as text, for the page to zip: batch CSVs
 * (or PST mapping files), one PowerShell script and a README.txt explaining them.
 */
export function exportFiles(input: ExportInput): ExportBundle {
  const { method, schedule } = input;
  const files: ExportFile[] = [];
  const about: { path: string; about: string }[] = [];
  const problems: Problem[] = [];
  const notes: string[] = [];
  const scriptBatches: ScriptBatch[] = [];
  let pstRefs: { path: string; rows: number }[] = [];

  if (method === 'pst-import-network' || method === 'pst-import-drive') {
    const pst = pstFiles(input);
    problems.push(...pst.problems);
    pstRefs = pst.files.map((f) => ({ path: `pst-mapping/${f.name}`, rows: f.rows }));
    for (const f of pst.files) {
      files.push({ path: `pst-mapping/${f.name}`, content: f.content });
      about.push({
        path: `pst-mapping/${f.name}`,
        about: `PST Import mapping file for one import job: ${count(f.rows, 'row', 'rows')}.`,
      });
    }
    if (input.pstEntries === undefined) {
      notes.push(
        'The mapping files expect one PST per mailbox named after its alias (alias.pst): name the exported files that way, or edit the Name column.',
      );
    }
  } else {
    const csv = batchCsv(method, schedule, input.batchOptions);
    if (csv.kind === 'none') {
      notes.push(csv.explanation);
      const first = schedule.batches[0];
      if (method === 'cutover' && first !== undefined) {
        const last = schedule.batches.at(-1)!;
        scriptBatches.push({
          batchName: 'CutoverBatch',
          csvFile: null,
          rows: mailboxCount(schedule),
          startAfterUtc: first.startAfterUtc,
          completeAfterUtc: last.completeAfterUtc,
        });
      }
    } else {
      notes.push(...csv.notes);
      problems.push(...csv.problems);
      const names = new Map(schedule.batches.map((b) => [b.id, b.name]));
      for (const f of csv.files) {
        files.push({ path: `batch-csv/${f.name}`, content: f.content });
        const part = f.parts > 1 ? ` (part ${f.part} of ${f.parts})` : '';
        about.push({
          path: `batch-csv/${f.name}`,
          about: `Batch "${names.get(f.batchId) ?? f.batchId}"${part}: ${count(f.rows, 'mailbox', 'mailboxes')}, copy starts after ${readableUtc(f.startAfterUtc)}.`,
        });
        const { batchName, rows, startAfterUtc, completeAfterUtc } = f;
        scriptBatches.push({ batchName, csvFile: f.name, rows, startAfterUtc, completeAfterUtc });
      }
    }
  }

  files.push({
    path: SCRIPT_PATH,
    content: powerShellScript({
      planName: input.planName,
      method,
      generatedAt: input.generatedAt,
      batches: scriptBatches,
      pstMappingFiles: pstRefs,
      settings: input.script,
      notice: sampleNotice(input.sample),
    }),
  });
  about.unshift({ path: SCRIPT_PATH, about: scriptAbout(method) });
  const readme = readmeText({
    ...input,
    files: about,
    notes,
    problems,
    notice: sampleNotice(input.sample),
  });
  return { files: [{ path: 'README.txt', content: readme }, ...files], problems, notes };
}
