import type { PlanDocument } from '../../../domain/export/plan-document/model.ts';
import type { ContentsEntry } from './contents.ts';
import { ACCENT, MUTED } from './page-layout.ts';
import type { Pen } from './pen.ts';
import { drawTable } from './tables.ts';
import { drawSectionTitle } from './text-blocks.ts';

/** Appendix rows per autoTable call: one call is one slice of work between yields. */
export const APPENDIX_CHUNK = 250;

/** Slices of work the appendix takes, for the progress bar. */
export function appendixChunks(model: PlanDocument): number {
  return model.appendix.groups.reduce(
    (n, g) => n + Math.max(1, Math.ceil(g.rows.length / APPENDIX_CHUNK)),
    0,
  );
}

/**
 * The appendix on a new page: one table per batch, long batches in slices with `step`
 * between them. Returns its contents entries (batches too, unless there are very many).
 */
export async function drawAppendix(
  pen: Pen,
  appendix: PlanDocument['appendix'],
  step: (label: string) => Promise<void>,
): Promise<ContentsEntry[]> {
  pen.newPage();
  const entries: ContentsEntry[] = [{ title: appendix.title, page: pen.currentPage(), level: 0 }];
  drawSectionTitle(pen, appendix.title);
  pen.write(appendix.intro, 10, { color: MUTED, after: 3 });
  const listGroups = appendix.groups.length <= 40;
  for (const group of appendix.groups) {
    pen.y += 2;
    pen.write(group.title, 11, { style: 'bold', color: ACCENT, after: 1, keepWithNext: 14 });
    if (listGroups) {
      const title = group.title.split(':')[0] ?? group.title;
      entries.push({ title, page: pen.currentPage(), level: 1 });
    }
    for (let i = 0; i < group.rows.length; i += APPENDIX_CHUNK) {
      const rows = group.rows.slice(i, i + APPENDIX_CHUNK);
      drawTable(pen, appendix.columns, rows, appendix.widths, i === 0);
      // Slices of one batch continue the same table.
      if (i + APPENDIX_CHUNK < group.rows.length) pen.y -= 5;
      await step(`Appendix: ${group.title}`);
    }
  }
  return entries;
}
