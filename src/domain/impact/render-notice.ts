import type { Notice } from './communications.ts';
import { renderMessage } from './render-message.ts';

export type Recipient = { name: string; email: string };
export type RenderedMessage = { subject: string; body: string };

/** One notice filled in for one person; `overrides` replaces batch-level fields (an edited whatToDo). */
export function renderNotice(
  notice: Notice,
  recipient: Recipient,
  overrides: Readonly<Record<string, string>> = {},
): RenderedMessage {
  const fields = { ...notice.fields, name: recipient.name, email: recipient.email, ...overrides };
  return {
    subject: renderMessage(notice.subject, fields),
    body: renderMessage(notice.body, fields),
  };
}
