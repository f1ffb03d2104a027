import type { FactId } from '../facts.ts';
import { compareMethods } from '../methods/method-comparison.ts';
import { METHOD_LABELS, type MigrationMethod } from '../methods/method-list.ts';
import type { OrgProfile } from '../profile/profile.ts';

/** A stated need (a wizard answer) that a method leaves unmet. */
export type LostNeed = 'calendarAndContacts' | 'freeBusy' | 'singleGal';

/** What the client gives up by choosing a method: the need, in plain words, and the fact behind it. */
export type Loss = { need: LostNeed; text: string; source: FactId };

/**
 * The stated needs `method` does not meet for this organisation. A method with no loss meets
 * every need; one with losses works only if the client accepts them. A need the comparison
 * cannot confirm (no published figure) counts as unmet: a plan should not promise what no page
 * says.
 */
export function lossesOf(method: MigrationMethod, p: OrgProfile): Loss[] {
  const [row] = compareMethods([method]);
  if (!row) return [];
  const label = METHOD_LABELS[method];
  const losses: Loss[] = [];
  const { calendar, contacts } = row.migrates;
  if (p.needs.calendarAndContacts && (calendar.value !== true || contacts.value !== true)) {
    losses.push({
      need: 'calendarAndContacts',
      text: `No calendars or contacts: ${label} copies mail only, so they need a separate PST export and import.`,
      source: calendar.source ?? contacts.source ?? 'imapMailOnly',
    });
  }
  const { freeBusy, sharedGal } = row.coexistence;
  if (p.needs.freeBusy && freeBusy.value !== true) {
    losses.push({
      need: 'freeBusy',
      text: 'No free/busy between people already moved and people not yet moved, for as long as the move runs.',
      source: freeBusy.source ?? 'fullHybridFreeBusy',
    });
  }
  if (p.needs.singleGal === true && sharedGal.value !== true) {
    losses.push({
      need: 'singleGal',
      text: 'No single address list for both sides while the move runs: each side sees only its own people.',
      source: sharedGal.source ?? 'hybridNeedsDirSync',
    });
  }
  return losses;
}
