import { batchEmails } from '../../schedule/schedule-view.ts';
import { batchLabel, noScheduleText } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { PlanDocument } from './model.ts';
import { personEmail, personName } from './people.ts';

const TYPE_LABELS: Record<string, string> = {
  UserMailbox: 'User',
  SharedMailbox: 'Shared',
  RoomMailbox: 'Room',
  EquipmentMailbox: 'Equipment',
  LinkedMailbox: 'Linked',
  Other: 'Other',
};

/** Rows as a reader looks people up: by name ("User 2" before "User 10"), then address. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
function byNameThenAddress(x: string[], y: string[]): number {
  return collator.compare(x[0]!, y[0]!) || collator.compare(x[1]!, y[1]!);
}

/** Every mailbox, one group per batch (or one group while there are no batches). */
export function appendix(ctx: DocContext): PlanDocument['appendix'] {
  const { input, byEmail, f } = ctx;
  const columns = ['Name', 'Address', 'Type', 'Size (GB)', 'Department', 'Office'];
  const widths = [2.2, 3, 1.25, 0.9, 1.4, 1.25];
  const row = (email: string): string[] => {
    const m = byEmail.get(email);
    return [
      personName(ctx, email),
      personEmail(ctx, email),
      m ? (TYPE_LABELS[m.type] ?? m.type) : '',
      m?.sizeBytes == null ? '' : f.gb(m.sizeBytes),
      m?.department ?? '',
      m?.office ?? '',
    ];
  };
  const base = { id: 'appendix', title: 'Appendix: mailboxes by batch', columns, widths };
  if (input.mailboxes.length === 0) {
    return { ...base, intro: noScheduleText(input), groups: [] };
  }
  const s = input.schedule;
  if (!s || s.batches.length === 0) {
    return {
      ...base,
      intro: 'The schedule is not ready: mailboxes are listed without batches.',
      groups: [
        {
          title: 'All mailboxes',
          rows: input.mailboxes.map((m) => row(m.email)).sort(byNameThenAddress),
        },
      ],
    };
  }
  return {
    ...base,
    intro: `${f.plural(input.mailboxes.length, 'mailbox', 'mailboxes')} in ${f.plural(s.batches.length, 'batch', 'batches')}.`,
    groups: s.batches.map((b) => ({
      title: `${batchLabel(b)}: ${f.plural(b.memberIndexes.length, 'mailbox', 'mailboxes')}, switch-over ${b.cutoverDate}`,
      rows: batchEmails(s, b).map(row).sort(byNameThenAddress),
    })),
  };
}
