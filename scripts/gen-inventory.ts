// Writes a fictional organisation's mailbox inventory and permission export, as PowerShell
// and Excel write them, for tests, benchmarks and trying the importer by hand.
// Run: npx tsx scripts/gen-inventory.ts N SEED DIR [--style ps5|ps5utf8|ps7|utf16|de|ex2007] [--archives SHARE]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GB, generateOrganisation } from './inventory-generator/organisation.ts';
import {
  STYLES,
  mailboxExport,
  permissionExport,
  type Style,
} from './inventory-generator/style-exports.ts';

const usage =
  'usage: gen-inventory.ts N SEED DIR [--style ps5|ps5utf8|ps7|utf16|de|ex2007] [--archives 0..1]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { style: { type: 'string', default: 'ps7' }, archives: { type: 'string' } },
});
const [n, seed, dir] = positionals;
const count = Number(n);
const seedNumber = Number(seed);
const style = values.style as Style;
const archiveShare = values.archives === undefined ? 0 : Number(values.archives);
if (
  !dir ||
  !Number.isInteger(count) ||
  count < 0 ||
  !Number.isInteger(seedNumber) ||
  !STYLES.includes(style) ||
  !(archiveShare >= 0 && archiveShare <= 1)
) {
  console.error(usage);
  process.exit(2);
}

const org = generateOrganisation(count, seedNumber, { archiveShare });
mkdirSync(dir, { recursive: true });
const mailboxes = mailboxExport(org, style);
const permissions = permissionExport(org);
const file = path.join(dir, mailboxes.name);
writeFileSync(file, mailboxes.bytes);
writeFileSync(path.join(dir, permissions.name), permissions.bytes);
const totalGB = org.mailboxes.reduce((s, m) => s + (m.sizeBytes ?? 0), 0) / GB;
console.log(
  `${file} ${org.mailboxes.length} mailboxes ${org.permissions.length} permission rows ${totalGB.toFixed(1)} GiB`,
);
