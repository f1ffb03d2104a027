// Benchmark: decode + parse + validate of a 100,000-mailbox inventory and 150,000 permission
// rows, against a bare `Papa.parse(text, { header: true })` of the same bytes in the same run.
// Run: npx tsx scripts/bench-parse.ts   (prints JSON lines; target ratio ≤ 2)
import Papa from 'papaparse';
import { parseImportFile } from '../src/domain/inventory/parse-import-file.ts';

const MAILBOXES = 100_000;
const PERMISSIONS = 150_000;
const RUNS = 5;

/** Deterministic PRNG (mulberry32) so every run measures the same bytes. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Anna',
  'Ben',
  'Chen',
  'Zoë',
  'Jürgen',
  'Łukasz',
  'Søren',
  'Мария',
  'François',
  'Priya',
];
const LAST = ['Smith', 'Müller', 'García', "O'Brien", 'van der Berg', 'Öztürk', 'Tanaka', 'Okafor'];
const DEPTS = ['Finance', 'Sales', 'Engineering', 'HR', 'Legal', 'IT', 'Support', 'Executive'];
const OFFICES = ['London', 'Berlin', 'New York', 'São Paulo', 'Sydney', 'Paris, 8th floor'];
const TYPES = ['UserMailbox', 'UserMailbox', 'UserMailbox', 'SharedMailbox', 'RoomMailbox'];

function sizeText(bytes: number): string {
  const units: [string, number][] = [
    ['TB', 2 ** 40],
    ['GB', 2 ** 30],
    ['MB', 2 ** 20],
    ['KB', 2 ** 10],
  ];
  const [unit, factor] = units.find(([, f]) => bytes >= f) ?? ['B', 1];
  const value = unit === 'B' ? String(bytes) : (bytes / factor).toFixed(3);
  return `${value} ${unit} (${bytes.toLocaleString('en-US')} bytes)`;
}

const q = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;

/** Shaped like Windows PowerShell 5.1 Export-Csv: #TYPE line, every field quoted, CRLF. */
function inventoryCsv(n: number): { text: string; emails: string[] } {
  const rnd = prng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const lines = [
    '#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics',
    'DisplayName,PrimarySmtpAddress,RecipientTypeDetails,TotalItemSize,ItemCount,Department,Office,Database'
      .split(',')
      .map(q)
      .join(','),
  ];
  const emails: string[] = [];
  for (let i = 0; i < n; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const email = `user${i}.${last.toLowerCase().replace(/[^a-z]/g, '')}@contoso.com`;
    emails.push(email);
    const size = Math.floor(Math.exp(Math.log(2.5 * 2 ** 30) + (rnd() - 0.5) * 3));
    const name = rnd() < 0.3 ? `${last}, ${first}` : `${first} ${last}`;
    const row = [name, email, pick(TYPES), sizeText(size), Math.floor(size / 80_000), pick(DEPTS)];
    row.push(pick(OFFICES), `DB0${1 + Math.floor(rnd() * 6)}`);
    lines.push(row.map(q).join(','));
  }
  return { text: lines.join('\r\n') + '\r\n', emails };
}

function permissionsCsv(n: number, emails: readonly string[]): string {
  const rnd = prng(11);
  const pick = () => emails[Math.floor(rnd() * emails.length)] ?? '';
  const lines = ['Identity,User,AccessRights'];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.6) lines.push(`${pick()},${pick()},FullAccess`);
    else if (r < 0.8) lines.push(`${pick()}:\\Calendar,${pick()},Editor`);
    else lines.push(`${pick()},NT AUTHORITY\\SELF,"FullAccess, ReadPermission"`);
  }
  return lines.join('\r\n') + '\r\n';
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function bench(name: string, kind: 'mailboxes' | 'permissions', text: string, rows: number): void {
  const bytes = new TextEncoder().encode(text);
  const ours: number[] = [];
  const bare: number[] = [];
  let accepted = 0;
  for (let run = 0; run <= RUNS; run++) {
    let t = performance.now();
    const r = parseImportFile(kind, bytes, { fileName: `${name}.csv` });
    const oursMs = performance.now() - t;
    t = performance.now();
    Papa.parse(new TextDecoder().decode(bytes), { header: true });
    const bareMs = performance.now() - t;
    accepted = r.kind === 'mailboxes' ? r.result.summary.accepted : r.result.summary.accepted;
    if (run > 0) {
      // Run 0 warms the JIT.
      ours.push(oursMs);
      bare.push(bareMs);
    }
  }
  const ms = median(ours);
  const bareMs = median(bare);
  console.log(
    JSON.stringify({
      bench: name,
      rows,
      accepted,
      mb: +(bytes.length / 1e6).toFixed(1),
      ms: Math.round(ms),
      bareMs: Math.round(bareMs),
      ratio: +(ms / bareMs).toFixed(2),
      runs: RUNS,
    }),
  );
}

const inventory = inventoryCsv(MAILBOXES);
bench('parse-inventory', 'mailboxes', inventory.text, MAILBOXES);
bench(
  'parse-permissions',
  'permissions',
  permissionsCsv(PERMISSIONS, inventory.emails),
  PERMISSIONS,
);
