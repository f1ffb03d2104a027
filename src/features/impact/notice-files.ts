import type { Notice } from '../../domain/impact/communications.ts';
import { renderNotice } from '../../domain/impact/render-notice.ts';
import { toEml } from '../../domain/impact/to-eml.ts';
import { safeFileName } from './safe-file-name.ts';
import { offsetLabel } from './labels.ts';

/**
 * A notice as a draft for the whole batch. It is addressed to the sender, not to the
 * batch: a To line with hundreds of colleagues invites reply-all storms, so the team adds
 * the batch as Bcc (or sends personal messages from the mail-merge CSV).
 */
export function noticeEml(notice: Notice, sender: string): string {
  return toEml(renderNotice(notice, { name: 'everyone', email: '' }), sender, sender);
}

export function noticeFileName(notice: Notice): string {
  return `${notice.sendDate}_${safeFileName(notice.batchName)}_${offsetLabel(notice.offsetDays)}.eml`;
}
