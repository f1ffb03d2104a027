// Writes the newcomer's sample organisation to public/samples/, as Exchange's own commands
// write it. A unit test fails when the committed files differ from what this writes.
// Run: npx tsx scripts/make-samples.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleFiles } from './inventory-generator/sample-exports.ts';

const dir = path.resolve(import.meta.dirname, '../public/samples');
for (const f of sampleFiles()) {
  writeFileSync(path.join(dir, f.name), f.bytes);
  console.log(`${f.name}: ${f.bytes.length} bytes`);
}
