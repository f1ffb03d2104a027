import type { Notice } from './communications.ts';
import { renderMessage } from './render-message.ts';

export type MailMergeRow = Record<string, string>;

/**
 * One row per notice and recipient for a mail merge (Word/Outlook). The subject is filled
 * in; the body stays with the merge tool, which reads WhatToDo and the dates from columns.
 */
export function mailMergeRows(
  notices: readonly Notice[],
  nameOf: (email: string) => string,
): MailMergeRow[] {
  return notices.flatMap((n) =>
    n.recipients.map((email) => {
      const name = nameOf(email);
      return {
        Email: email,
        Name: name,
        Batch: n.batchName,
        BatchDate: n.batchDate,
        SendDate: n.sendDate,
        Offset: n.offsetDays > 0 ? `+${n.offsetDays}` : String(n.offsetDays),
        Subject: renderMessage(n.subject, { ...n.fields, name, email }),
        WhatToDo: n.fields.whatToDo,
      };
    }),
  );
}
