import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { Schedule, SplitPair } from '../schedule/schedule-types.ts';
import { splitPairList } from '../schedule/schedule-view.ts';
import type { ImpactNote } from './impact-note.ts';
import { methodTraits } from '../methods/method-traits.ts';

/** Split pairs as delegates (executive, calendar delegate or folder links) and the others. */
export type SplitCounts = { delegates: number; others: number };

export function splitCounts(pairs: readonly SplitPair[]): SplitCounts {
  const delegates = pairs.filter((p) => p.strength === 'executive' || p.strength === 'hard').length;
  return { delegates, others: pairs.length - delegates };
}

/** "3 delegate pairs and 5 more linked by …", or "5 pairs linked only by …". */
export function splitPhrase({ delegates, others }: SplitCounts): string {
  const count = (n: number, what: string) =>
    `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
  const weaker = 'Send As, Send on Behalf or Full Access';
  if (delegates === 0) return `${count(others, 'pair')} linked only by ${weaker}`;
  return others === 0
    ? count(delegates, 'delegate pair')
    : `${count(delegates, 'delegate pair')} and ${others.toLocaleString('en-GB')} more linked by ${weaker}`;
}

function executiveNote(method: MigrationMethod, split: SplitCounts | null): ImpactNote {
  const t = methodTraits[method];
  const together =
    split === null
      ? ''
      : split.delegates + split.others === 0
        ? ' The schedule keeps every delegate pair in the same batch.'
        : split.delegates === 0
          ? ` The schedule keeps every delegate pair in the same batch, but splits ${splitPhrase(split)}: see below.`
          : ` The schedule splits ${splitPhrase(split)}: see below.`;
  const base = { id: 'delegates', audience: 'executives' as const };
  if (t.family === 'cutover') {
    return {
      ...base,
      title: 'Executives and delegates switch together',
      text:
        'Everyone moves in one batch, so managers and their delegates switch on the same day. ' +
        'A delegate can open the manager’s mailbox again once both have signed in with the new account and new Outlook profile.',
      severity: 'info',
      factIds: ['cutoverOneBatch', 'cutoverNewIdentity'],
    };
  }
  if (t.family === 'pst-service' || t.family === 'outlook-pst') {
    return {
      ...base,
      title: 'Delegate permissions are not in a PST file',
      text:
        'A PST file carries mail, calendar, contacts and tasks but not who may open the mailbox: ' +
        'set delegate and shared-calendar permissions again in Outlook after the import.',
      severity: 'warning',
      factIds: ['pstMovesAll'],
    };
  }
  if (t.coexistence.kind === 'full') {
    return {
      ...base,
      title: 'Move executives and their delegates in the same batch',
      text:
        'Free/busy works between on-premises and Exchange Online, but delegate access across the two is limited: ' +
        'shared mailboxes only open automatically in Outlook when both are in the same place, and Send As is not fully supported.' +
        together,
      severity: 'warning',
      factIds: ['delegatesSameBatch', 'fullHybridFreeBusy'],
    };
  }
  const facts: FactId[] = ['delegatesSameBatch'];
  let extra = '';
  if (t.coexistence.kind === 'limited') {
    facts.push('fullHybridFreeBusy');
    extra =
      ' This hybrid flavour has no cross-premises free/busy, so calendars are not visible across the two either.';
  } else if (t.family === 'imap') {
    facts.push('imapMailOnly');
    extra =
      ' IMAP copies email only: delegate and calendar permissions must be set again in Outlook.';
  } else if (t.family === 'google') {
    facts.push('googleMovesAll');
    extra = ' Google shared calendars are not migrated: share them again from Outlook.';
  }
  return {
    ...base,
    title: 'Move executives and their delegates in the same batch',
    text:
      'Until both have moved, a manager and a delegate on different systems cannot open each other’s mailbox or calendar.' +
      extra +
      together,
    severity: 'warning',
    factIds: facts,
  };
}

function splitNote(method: MigrationMethod, schedule: Schedule, pair: SplitPair): ImpactNote {
  const batchA = schedule.batches.find((b) => b.id === pair.batchA);
  const batchB = schedule.batches.find((b) => b.id === pair.batchB);
  const coexistence = methodTraits[method].coexistence.kind;
  let window = `${pair.daysApart} days apart`;
  if (batchA && batchB) {
    const [first, second] =
      batchA.cutoverDate <= batchB.cutoverDate ? [batchA, batchB] : [batchB, batchA];
    window =
      `${first.name} switches on ${first.cutoverDate} and ${second.name} on ${second.cutoverDate}, ` +
      `${pair.daysApart} days apart; the gap runs from ${first.cutoverDate} to ${second.cutoverDate}`;
  }
  const loss =
    coexistence === 'full'
      ? 'Full Access still works from Outlook, but the mailbox does not open automatically and Send As may fail; restart Outlook if the delegate list shows None.'
      : coexistence === 'limited'
        ? 'Neither can open the other’s mailbox, and free/busy is not shared across premises.'
        : 'Neither can open the other’s mailbox or calendar.';
  return {
    id: `split:${pair.a}:${pair.b}`,
    audience: 'split-delegates',
    title: `${pair.a} and ${pair.b} move in different batches`,
    text: `${pair.a} and ${pair.b} (${pair.kind}) are in different batches: ${window}. During that time: ${loss}`,
    severity: coexistence === 'full' ? 'warning' : 'critical',
    factIds:
      coexistence === 'full'
        ? ['delegatesSameBatch']
        : ['delegatesSameBatch', 'fullHybridFreeBusy'],
  };
}

/**
 * The executives' note, plus one note per delegate pair the schedule puts in different
 * batches (of the pairs `keep` picks by position, all by default).
 */
export function delegateNotes(
  method: MigrationMethod,
  schedule?: Schedule,
  keep: (pair: number) => boolean = () => true,
): ImpactNote[] {
  const across = (i: number) => schedule!.splits.batchA[i] !== schedule!.splits.batchB[i];
  const splits = schedule ? splitPairList(schedule, (i) => across(i) && keep(i)) : null;
  const notes = [executiveNote(method, splits ? splitCounts(splits) : null)];
  if (schedule && splits) notes.push(...splits.map((p) => splitNote(method, schedule, p)));
  return notes;
}
