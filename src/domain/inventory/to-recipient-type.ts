import type { RecipientType } from './mailbox.ts';

const KNOWN: ReadonlyMap<string, RecipientType> = new Map([
  ['usermailbox', 'UserMailbox'],
  ['sharedmailbox', 'SharedMailbox'],
  ['roommailbox', 'RoomMailbox'],
  ['equipmentmailbox', 'EquipmentMailbox'],
  ['linkedmailbox', 'LinkedMailbox'],
]);

// Real RecipientTypeDetails values that the planner groups as Other without a warning.
const KNOWN_OTHER = new Set([
  'discoverymailbox',
  'teammailbox',
  'groupmailbox',
  'schedulingmailbox',
  'linkedroommailbox',
  'legacymailbox',
  'arbitrationmailbox',
  'auditlogmailbox',
  'auxauditlogmailbox',
  'monitoringmailbox',
  'remoteusermailbox',
  'remotesharedmailbox',
  'remoteroommailbox',
  'remoteequipmentmailbox',
  'mailuser',
  'publicfoldermailbox',
]);

/**
 * Maps a RecipientTypeDetails value. `known` is false for text Exchange does not print, so the
 * importer can say so instead of silently counting it as Other.
 */
export function toRecipientType(raw: string): { type: RecipientType; known: boolean } {
  const key = raw.trim().toLowerCase();
  const type = KNOWN.get(key);
  if (type !== undefined) return { type, known: true };
  return { type: 'Other', known: KNOWN_OTHER.has(key) };
}
