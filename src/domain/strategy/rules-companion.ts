import type { MigrationMethod } from '../methods/method-list.ts';
import { choosePstMethod } from './choose-pst-method.ts';
import { count, pstGB } from './profile-queries.ts';
import type { CompanionRule } from './rule.ts';

const PST_METHODS: readonly MigrationMethod[] = [
  'pst-import-network',
  'pst-import-drive',
  'outlook-pst',
];

export const COMPANION_RULES: readonly CompanionRule[] = [
  {
    id: 'companion-pst-calendar',
    decides: 'companion',
    source: 'pstMovesAll',
    when: (p, v) => v.method === 'imap' && p.needs.calendarAndContacts,
    // Calendars and contacts exported to PST are small, so only given PST sizes count here.
    method: (p, v) => choosePstMethod(pstGB(p), p.bandwidthMbps, v.possible),
    text: 'IMAP leaves calendars and contacts behind: export them to PST files and import those, which brings calendar and contacts too.',
  },
  {
    id: 'companion-pst-archives',
    decides: 'companion',
    source: 'pstMovesAll',
    when: (p, v) => !PST_METHODS.includes(v.method) && (p.pst?.files ?? 0) > 0,
    method: (p, v) => choosePstMethod(pstGB(p), p.bandwidthMbps, v.possible),
    text: (p) =>
      `The ${count(p.pst?.files ?? 0)} PST files (${count(pstGB(p))} GB) are not in any mailbox: import them alongside the mailbox move.`,
  },
];
