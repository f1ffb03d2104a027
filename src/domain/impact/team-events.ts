import type { Notice } from './communications.ts';
import { renderMessage } from './render-message.ts';
import type { TeamEvent } from './to-ics.ts';

function offsetLabel(days: number): string {
  return days === 0 ? 'T-0' : days > 0 ? `T+${days}` : `T${days}`;
}

/** The team's calendar: one entry per notice, on the day it goes out. */
export function teamEvents(notices: readonly Notice[]): TeamEvent[] {
  return notices.map((n) => {
    const subject = renderMessage(n.subject, n.fields);
    const people = `${n.recipients.length} ${n.recipients.length === 1 ? 'person' : 'people'}`;
    return {
      batchId: n.batchId,
      offsetDays: n.offsetDays,
      date: n.sendDate,
      summary: `Send ${offsetLabel(n.offsetDays)} notice to ${n.batchName} (${people})`,
      description: `Subject: ${subject}\nSwitch-over: ${n.batchDate}\n\nWhat to do:\n${n.fields.whatToDo}`,
    };
  });
}
