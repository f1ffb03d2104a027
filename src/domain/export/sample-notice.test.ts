import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-bundle.ts';
import { twoBatches } from '../../testing/export-test-data.ts';
import { sampleNotice } from './sample-notice.ts';

const bundle = (sample: 'plan' | 'inventory' | null) =>
  exportFiles({
    planName: 'Fabrikam (sample)',
    method: 'full-hybrid',
    generatedAt: '2026-12-07 10:00 UTC',
    schedule: twoBatches('full-hybrid'),
    sample,
  });
const content = (sample: 'plan' | 'inventory' | null, path: string) =>
  bundle(sample).files.find((f) => f.path === path)?.content ?? '';

describe('sample notice in the exported files', () => {
  it('heads the README and the script’s comments of a sample plan', () => {
    const readme = content('plan', 'README.txt');
    expect(readme.split('\r\n')[0]).toBe(sampleNotice('plan')?.toUpperCase());
    const script = content('plan', 'migration.ps1');
    expect(script).toContain(`# ${sampleNotice('plan')}`);
  });

  it('names a sample inventory in a plan of one’s own', () => {
    expect(content('inventory', 'README.txt')).toContain(
      'SAMPLE DATA: THE MAILBOXES AND PERMISSIONS ARE THE FICTIONAL FABRIKAM SAMPLE',
    );
  });

  it('says nothing for a plan of real data, and leaves the batch CSVs alone', () => {
    expect(content(null, 'README.txt')).not.toMatch(/fictional/i);
    expect(content(null, 'migration.ps1')).not.toMatch(/fictional/i);
    const csv = (s: 'plan' | null) =>
      bundle(s)
        .files.filter((f) => f.path.startsWith('batch-csv/'))
        .map((f) => f.content);
    expect(csv('plan')).toEqual(csv(null));
  });
});
