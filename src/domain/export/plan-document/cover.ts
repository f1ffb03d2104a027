import { sampleNotice } from '../sample-notice.ts';
import { methodLabel } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { PlanDocument } from './model.ts';

/** The cover: who the plan is from and for, its date in the locale, and any note on its data. */
export function cover({ input, f }: DocContext, title: string): PlanDocument['cover'] {
  return {
    title,
    subtitle: `Migration to Exchange Online · ${methodLabel(input.method)}`,
    clientName: input.clientName.trim(),
    consultantName: input.consultantName.trim(),
    date: f.longDate(input.date),
    note:
      [
        sampleNotice(input.sample),
        input.redacted
          ? 'Redacted copy: people’s names and addresses are replaced by pseudonyms.'
          : null,
      ]
        .filter((n) => n !== null)
        .join(' ') || null,
  };
}
