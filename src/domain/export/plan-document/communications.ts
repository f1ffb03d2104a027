import { communicationsCalendar } from '../../impact/communications.ts';
import { emptySection, para } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { DocSection } from './model.ts';

const offsetLabel = (d: number) => (d === 0 ? 'Switch-over day' : d < 0 ? `T${d}` : `T+${d}`);
const fill = (template: string, fields: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => fields[k] ?? m);

/** Every message to send, by day: one per batch per offset from its switch-over. */
export function communicationsSection({ input, f }: DocContext): DocSection {
  const s = input.schedule;
  if (!s || s.batches.length === 0) {
    return emptySection('communications', 'Communications calendar', input);
  }
  const notices = communicationsCalendar(input.method, s, input.commOffsets);
  return {
    id: 'communications',
    title: 'Communications calendar',
    blocks: [
      para(
        'One message per batch on each of these days, counted from the batch’s switch-over. The wording per message is in the planner’s mail-merge export.',
        'muted',
      ),
      {
        kind: 'table',
        columns: ['Send on', 'Batch', 'When', 'Subject', 'Recipients'],
        widths: [1.2, 1.8, 1.3, 3.6, 1],
        rows: notices.map((n) => [
          n.sendDate,
          n.batchName,
          offsetLabel(n.offsetDays),
          fill(n.subject, { batchName: n.fields.batchName, batchDate: n.fields.batchDate }),
          f.count(n.recipients.length),
        ]),
      },
    ],
  };
}
