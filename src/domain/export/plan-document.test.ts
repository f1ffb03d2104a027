import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureSchedule } from '../../testing/impact-test-data.ts';
import type { Mailbox } from '../inventory/mailbox.ts';
import { buildSchedule } from '../schedule/build-schedule.ts';
import { link, testInput } from '../../testing/schedule-test-data.ts';
import { recommend } from '../strategy/recommend.ts';
import { testProfile } from '../../testing/test-profiles.ts';
import { planDocument, type PlanDocumentInput } from './plan-document.ts';

function person(email: string, displayName: string): Mailbox {
  return {
    row: 2,
    displayName,
    email,
    type: 'UserMailbox',
    sizeBytes: 2 * 1024 ** 3,
    itemCount: 100,
    archiveSizeBytes: null,
    department: 'Finance',
    office: 'Berlin',
    database: 'DB01',
  };
}

const MAILBOXES = [
  person('alice@contoso.com', 'Alice Łukasiewicz'),
  person('bob@contoso.com', 'Bob Øster'),
  person('carol@contoso.com', 'Carol 李'),
  person('dave@contoso.com', 'Dave Müller'),
];

function input(patch: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    planName: 'Contoso move',
    consultantName: 'Jo Consultant',
    clientName: 'Contoso Ltd',
    date: '2026-03-02',
    recommendation: recommend(testProfile()),
    method: 'full-hybrid',
    overrideReason: null,
    schedule: fixtureSchedule,
    mailboxes: MAILBOXES,
    commOffsets: [-7, 0],
    redacted: false,
    ...patch,
  };
}

describe('planDocument of sample data', () => {
  it('marks the cover, the summary and every page of a sample plan', () => {
    const doc = planDocument(input({ sample: 'plan' }));
    expect(doc.cover.note).toMatch(/^Sample plan: Fabrikam is a fictional organisation/);
    expect(doc.marking).toBe('Sample · fictional data');
    expect(doc.sections[0]?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: doc.cover.note,
      tone: 'warning',
    });
  });

  it('keeps both notes when a sample is also redacted', () => {
    const doc = planDocument(input({ sample: 'inventory', redacted: true }));
    expect(doc.cover.note).toMatch(
      /^Sample data: the mailboxes and permissions .* Redacted copy: /,
    );
  });

  it('has no mark on a plan of real data', () => {
    const doc = planDocument(input());
    expect(doc.marking).toBeNull();
    expect(doc.cover.note).toBeNull();
    expect(doc.sections[0]?.blocks[0]).toEqual({ kind: 'heading', text: 'Method and why' });
  });
});

describe('planDocument', () => {
  it('has every section in reading order, with the appendix by batch', () => {
    const doc = planDocument(input());
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
      date: '2026-03-02',
    });
    expect(doc.appendix.groups.map((g) => g.rows.length)).toEqual([2, 2]);
    expect(doc.appendix.groups[0]?.rows[0]?.[0]).toBe('Alice Łukasiewicz');
    const timeline = doc.sections[2]?.blocks.find((b) => b.kind === 'timeline');
    expect(timeline).toMatchObject({ timeline: { from: '2025-03-03', to: '2025-04-01' } });
  });

  it('summarises method, timeline and risks', () => {
    const text = JSON.stringify(planDocument(input()).sections[0]);
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
    const doc = planDocument(input({ schedule: late }));
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
      input({ method: other, overrideReason: 'Client already has licences' }),
    );
    expect(JSON.stringify(doc.sections[0])).toContain('because: Client already has licences');
  });

  it('says what is missing without an inventory', () => {
    const doc = planDocument(input({ schedule: null, mailboxes: [] }));
    expect(doc.appendix.groups).toEqual([]);
    expect(doc.appendix.intro).toMatch(/No mailbox inventory/);
    expect(JSON.stringify(doc.sections)).not.toContain('"kind":"timeline"');
  });

  it('redacts with stable pseudonyms, the same person the same everywhere', () => {
    const doc = planDocument(input({ redacted: true }));
    const text = JSON.stringify(doc);
    for (const m of MAILBOXES) {
      expect(text).not.toContain(m.email);
      expect(text).not.toContain(m.displayName);
    }
    expect(text).not.toContain('contoso.com');
    // Sorted addresses: alice = 0001 in the appendix and in the split-pair table.
    expect(doc.appendix.groups[0]?.rows[0]?.slice(0, 2)).toEqual([
      'User 0001',
      'user0001@redacted.invalid',
    ]);
    const impact = JSON.stringify(doc.sections.find((s) => s.id === 'impact'));
    expect(impact).toContain('User 0001');
    expect(impact).toContain('User 0003');
    expect(planDocument(input({ redacted: true }))).toEqual(doc);
  });
});

const word = fc.stringMatching(/^[a-z]{3,8}$/);

describe('planDocument: split pairs', () => {
  const headings = (doc: ReturnType<typeof planDocument>) =>
    doc.sections
      .find((s) => s.id === 'impact')!
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => (b as { text: string }).text);

  it('calls the split pairs delegates only when every one of them is', () => {
    expect(headings(planDocument(input()))).toContain('Delegates in different batches');
    const mixed = buildSchedule(
      testInput(8, [link(0, 1, 'full-access'), link(2, 3, 'folder')], { batchSize: 1 }),
    );
    const doc = planDocument(input({ schedule: mixed, mailboxes: [] }));
    expect(headings(doc)).toContain('People who share mailboxes, in different batches');
    expect(headings(doc)).not.toContain('Delegates in different batches');
  });
});

describe('planDocument: appendix', () => {
  it('lists each batch by name, numbers in order, then by address', () => {
    const schedule = buildSchedule(testInput(12, [], { batchSize: 12 }));
    const mailboxes = Array.from({ length: 12 }, (_, i) =>
      person(`u${i}@x.test`, i === 5 ? 'user 10' : `User ${i % 11}`),
    );
    const doc = planDocument(input({ schedule, mailboxes }));
    expect(doc.appendix.groups[0]!.rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'User 0 u0@x.test',
      'User 0 u11@x.test',
      'User 1 u1@x.test',
      'User 2 u2@x.test',
      'User 3 u3@x.test',
      'User 4 u4@x.test',
      'User 6 u6@x.test',
      'User 7 u7@x.test',
      'User 8 u8@x.test',
      'User 9 u9@x.test',
      'user 10 u5@x.test',
      'User 10 u10@x.test',
    ]);
  });
});

describe('redaction (property)', () => {
  it('leaves no original address, name or domain anywhere in the model', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, word, fc.constantFrom('Ł', 'ü', 'Ø', '李', 'Я', '')), {
          minLength: 1,
          maxLength: 12,
          selector: ([a, b]) => `${a}.${b}`,
        }),
        word,
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 8 }),
        fc.array(fc.constantFrom(1, 120, 250), { maxLength: 12 }),
        (names, domainWord, links, sizes) => {
          const domain = `qz${domainWord}.example`;
          const mailboxes = names.map(([first, last, accent], i) => ({
            ...person(`${first}.${last}@${domain}`, `Qx${first} ${accent}${last}Zq`),
            sizeBytes: (sizes[i] ?? 1) * 1024 ** 3,
          }));
          const base = testInput(mailboxes.length);
          const permissions = links
            .filter(([a, b]) => a < mailboxes.length && b < mailboxes.length && a !== b)
            .map(([a, b]) => ({
              ...link(a, b, 'calendar-delegate'),
              owner: mailboxes[a]?.email ?? '',
              grantee: mailboxes[b]?.email ?? '',
            }));
          const schedule = buildSchedule({
            ...base,
            mailboxes,
            permissions,
            settings: { ...base.settings, batchSize: 2 },
          });
          const doc = planDocument(
            input({
              planName: `Move of ${mailboxes[0]?.displayName} at ${domain}`,
              overrideReason: `asked by ${mailboxes[0]?.email}`,
              schedule,
              mailboxes,
              redacted: true,
            }),
          );
          const text = JSON.stringify(doc);
          expect(text).not.toContain(domain);
          for (const m of mailboxes) {
            expect(text).not.toContain(m.email);
            expect(text).not.toContain(m.displayName);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
