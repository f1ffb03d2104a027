// Rewrites .oxlintrc.json from scripts/lint-config.ts. Run: npm run lint:config
import { writeFileSync } from 'node:fs';
import { lintConfigText } from './lint-config.ts';

writeFileSync('.oxlintrc.json', await lintConfigText());
console.log('.oxlintrc.json written');
