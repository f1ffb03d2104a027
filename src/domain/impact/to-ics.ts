import type { IsoDate } from '../calendar.ts';
import { addDays } from '../calendar.ts';

/** One all-day entry of the team calendar; batchId + offsetDays identify it within a plan. */
export type TeamEvent = {
  batchId: string;
  offsetDays: number;
  date: IsoDate;
  summary: string;
  description: string;
};

export type IcsOptions = {
  planId: string;
  /** When the file is produced, UTC: `2025-03-01T09:30:00Z` or `20250301T093000Z`. */
  dtstamp: string;
  calendarName?: string;
};

const utf8 = new TextEncoder();
const CRLF = '\r\n';

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1 folding: lines of at most 75 octets, continuation lines start with one
 * space (which counts), and a UTF-8 character is never cut in half.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function dtstamp(value: string): string {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?Z$/.exec(value);
  if (!m) throw new RangeError(`dtstamp must be a UTC date-time ending in Z, got: ${value}`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

/** Keeps ids readable (UUIDs pass as they are) but percent-encodes everything else, including the `.` separator, so ids can't collide. */
function uidToken(value: string): string {
  return [...utf8.encode(value)]
    .map((b) =>
      /[A-Za-z0-9_~-]/.test(String.fromCharCode(b)) && b < 128
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Deterministic: the same plan, batch and offset always give the same UID, so re-imports update. */
export function icsUid(planId: string, batchId: string, offsetDays: number): string {
  const offset = offsetDays < 0 ? `m${-offsetDays}` : `p${offsetDays}`;
  return `${uidToken(planId)}.${uidToken(batchId)}.${offset}@exchange-migration-planner`;
}

function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** An RFC 5545 calendar of the team's notice days, CRLF line ends, folded and escaped. */
export function toIcs(events: readonly TeamEvent[], opts: IcsOptions): string {
  const stamp = dtstamp(opts.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Exchange Migration Planner//Communications//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(opts.calendarName ? [`X-WR-CALNAME:${escapeIcsText(opts.calendarName)}`] : []),
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(icsUid(opts.planId, e.batchId, e.offsetDays))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      `DESCRIPTION:${escapeIcsText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
