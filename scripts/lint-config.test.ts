import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_FLOORS, lintConfigText } from './lint-config.ts';

describe('the lint configuration', () => {
  it('is what scripts/lint-config.ts writes (run npm run lint:config after changing it)', async () => {
    const committed = readFileSync(new URL('../.oxlintrc.json', import.meta.url), 'utf8');
    expect(committed).toBe(await lintConfigText());
  });

  it('names every folder of src/domain/ as a floor or the ground', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(new URL('../src/domain/', import.meta.url), {
      withFileTypes: true,
    })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const known = new Set<string>([...DOMAIN_FLOORS, 'methods']);
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
  });
});
