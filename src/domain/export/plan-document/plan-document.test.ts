import { describe, expect, it } from 'vitest';
import { fixtureSchedule } from '../../../testing/impact-test-data.ts';
import { docInput, MAILBOXES } from '../../../testing/plan-document-test-data.ts';
import { link, testInput } from '../../../testing/schedule-test-data.ts';
import { formatFor } from '../../format.ts';
import { GB } from '../../units.ts';
import { buildSchedule } from '../../schedule/build-schedule.ts';
import { recommend } from '../../strategy/recommend.ts';
import { testProfile } from '../../../testing/test-profiles.ts';
import { planDocument } from './index.ts';

describe('planDocument of sample data', () => {
  it('marks the cover, the summary and every page of a sample plan', () => {
    const doc = planDocument(docInput({ sample: 'plan' }));
    expect(doc.cover.note).toMatch(/^Sample plan: Fabrikam is a fictional organisation/);
    expect(doc.marking).toBe('Sample · fictional data');
    expect(doc.sections[0]?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: doc.cover.note,
      tone: 'warning',
    });
  });

  it('keeps both notes when a sample is also redacted', () => {
    const doc = planDocument(docInput({ sample: 'inventory', redacted: true }));
    expect(doc.cover.note).toMatch(
      /^Sample data: the mailboxes and permissions .* Redacted copy: /,
    );
  });

  it('has no mark on a plan of real data', () => {
    const doc = planDocument(docInput());
    expect(doc.marking).toBeNull();
    expect(doc.cover.note).toBeNull();
    expect(doc.sections[0]?.blocks[0]).toEqual({ kind: 'heading', text: 'Method and why' });
  });
});

describe('planDocument', () => {
  it('has every section in reading order, with the appendix by batch', () => {
    const doc = planDocument(docInput());
    expect(doc.sections.map((s) => s.id)).toEqual([
      'summary',
      'recommendation',
      'timeline',
      'batches',
      'impact',
      'communications',
      'runbook',
      'rollback',
    ]);
    expect(doc.cover).toMatchObject({
      title: 'Contoso move',
      clientName: 'Contoso Ltd',
      date: '2 March 2026',
    });
    expect(doc.appendix.groups.map((g) => g.rows.length)).toEqual([2, 2]);
    expect(doc.appendix.groups[0]?.rows[0]?.[0]).toBe('Alice Łukasiewicz');
    const timeline = doc.sections[2]?.blocks.find((b) => b.kind === 'timeline');
    expect(timeline).toMatchObject({ timeline: { from: '2025-03-03', to: '2025-04-01' } });
  });

  it('summarises method, timeline and risks', () => {
    const text = JSON.stringify(planDocument(docInput()).sections[0]);
    expect(text).toContain('Full hybrid');
    expect(text).toContain('Last switch-over');
    expect(text).toContain('2025-04-01');
    expect(text).toContain('delegate pair');
  });

  it('names a binding limit in words, with its fix, in the risks and the batches section', () => {
    const late = {
      ...fixtureSchedule,
      meetsDeadline: false,
      binding: [
        {
          limit: 'largest-mailbox' as const,
          explanation: 'The plan ends late: bob@contoso.com (95 GB) takes up to 30 days.',
          fix: 'move bob@contoso.com (95 GB) to a PST/archive pre-stage',
        },
      ],
    };
    const doc = planDocument(docInput({ schedule: late }));
    const summary = JSON.stringify(doc.sections[0]);
    expect(summary).toContain(
      'Largest mailbox: The plan ends late: bob@contoso.com (95 GB) takes up to 30 days. Fix: move bob@contoso.com (95 GB) to a PST/archive pre-stage.',
    );
    const table = doc.sections[3]?.blocks.find(
      (b) => b.kind === 'table' && b.columns[0] === 'Limit',
    );
    expect(table).toMatchObject({
      rows: [['Largest mailbox', expect.any(String), expect.any(String)]],
    });
  });

  it('says why when the plan overrides the recommendation', () => {
    const rec = recommend(testProfile());
    const other = rec.alternatives[0]?.method;
    if (!other) return;
    const doc = planDocument(
      docInput({ method: other, overrideReason: 'Client already has licences' }),
    );
    expect(JSON.stringify(doc.sections[0])).toContain('because: Client already has licences');
  });

  it('says what is missing without an inventory', () => {
    const doc = planDocument(docInput({ schedule: null, mailboxes: [] }));
    expect(doc.appendix.groups).toEqual([]);
    expect(doc.appendix.intro).toMatch(/No mailbox inventory/);
    expect(JSON.stringify(doc.sections)).not.toContain('"kind":"timeline"');
  });
});

describe('planDocument: split pairs', () => {
  const headings = (doc: ReturnType<typeof planDocument>) =>
    doc.sections
      .find((s) => s.id === 'impact')!
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => (b as { text: string }).text);

  it('calls the split pairs delegates only when every one of them is', () => {
    expect(headings(planDocument(docInput()))).toContain('Delegates in different batches');
    const mixed = buildSchedule(
      testInput(8, [link(0, 1, 'full-access'), link(2, 3, 'folder')], { batchSize: 1 }),
    );
    const doc = planDocument(docInput({ schedule: mixed, mailboxes: [] }));
    expect(headings(doc)).toContain('People who share mailboxes, in different batches');
    expect(headings(doc)).not.toContain('Delegates in different batches');
  });
});

describe('planDocument in the plan’s locale', () => {
  const big = [{ ...MAILBOXES[0]!, sizeBytes: 1790 * GB }, ...MAILBOXES.slice(1)];
  const aliceSize = (locale: string) =>
    planDocument(docInput({ locale, mailboxes: big })).appendix.groups[0]?.rows[0]?.[3];

  it('writes numbers, the cover date and the timeline’s months in en-GB', () => {
    expect(aliceSize('en-GB')).toBe('1,790.0');
    const doc = planDocument(docInput());
    expect(doc.cover.date).toBe('2 March 2026');
    const timeline = doc.sections[2]?.blocks.find((b) => b.kind === 'timeline');
    expect(timeline).toMatchObject({ timeline: { monthNames: formatFor('en-GB').months } });
  });

  it('writes a de-DE plan’s numbers and dates the German way', () => {
    expect(aliceSize('de-DE')).toBe('1.790,0');
    const doc = planDocument(docInput({ locale: 'de-DE' }));
    expect(doc.cover.date).toBe('2. März 2026');
    const timeline = doc.sections[2]?.blocks.find((b) => b.kind === 'timeline');
    expect(timeline).toMatchObject({ timeline: { monthNames: formatFor('de-DE').months } });
  });
});
