// Prints the gzip size of the JavaScript a browser loads for `/` (the entry, its static
// imports and the plans page chunk), from Vite's manifest. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));

function closure(key, seen) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
}

const seen = new Set();
closure('index.html', seen);
closure('src/features/plans/plans-page.tsx', seen);
let total = 0;
const files = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(`dist/${file}`)).length;
  total += gz;
  files.push({ file, gzipKB: +(gz / 1024).toFixed(1) });
}
let all = 0;
for (const chunk of Object.values(manifest)) {
  if (chunk.file.endsWith('.js')) all += gzipSync(readFileSync(`dist/${chunk.file}`)).length;
}
const kb = +(total / 1024).toFixed(1);
console.log(
  JSON.stringify({
    bench: 'bundle-size',
    route: '/',
    gzipKB: kb,
    budgetKB: BUDGET_KB,
    allChunksGzipKB: +(all / 1024).toFixed(1),
    files,
  }),
);
if (kb > BUDGET_KB) {
  console.error(`JavaScript for / is ${kb} kB gzip, over the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
