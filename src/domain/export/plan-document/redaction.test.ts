import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docInput, MAILBOXES, person } from '../../../testing/plan-document-test-data.ts';
import { link, testInput } from '../../../testing/schedule-test-data.ts';
import { buildSchedule } from '../../schedule/build-schedule.ts';
import { planDocument } from './index.ts';

describe('planDocument redacted', () => {
  it('redacts with stable pseudonyms, the same person the same everywhere', () => {
    const doc = planDocument(docInput({ redacted: true }));
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
    expect(planDocument(docInput({ redacted: true }))).toEqual(doc);
  });
});

const word = fc.stringMatching(/^[a-z]{3,8}$/);

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
            docInput({
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
