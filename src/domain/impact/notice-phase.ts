/** Which kind of notice goes out, from its distance to the batch's switch-over date. */
export type NoticePhase = 'announce' | 'prepare' | 'reminder' | 'today' | 'follow-up';

/**
 * Offsets are editable, so the phase comes from ranges rather than exact values: the
 * default -14/-7/-2/0/+1 land on one phase each.
 */
export function noticePhase(offsetDays: number): NoticePhase {
  if (offsetDays <= -10) return 'announce';
  if (offsetDays <= -3) return 'prepare';
  if (offsetDays < 0) return 'reminder';
  if (offsetDays === 0) return 'today';
  return 'follow-up';
}
