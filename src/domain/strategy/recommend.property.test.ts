import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS } from '../methods/method-list.ts';
import { EXCHANGE_VERSIONS, validateProfile, type OrgProfile } from '../profile/profile.ts';
import { lossesOf } from './losses.ts';
import { recommend } from './recommend.ts';
import type { Recommendation } from './recommendation.ts';

const source: fc.Arbitrary<OrgProfile['source']> = fc.oneof(
  fc.constantFrom(...EXCHANGE_VERSIONS).map((version) => ({ kind: 'exchange' as const, version })),
  fc.constant({ kind: 'imap' as const }),
  fc.constant({ kind: 'google-workspace' as const }),
  fc.constant({ kind: 'pst-only' as const }),
);

// Counts cluster around the rule thresholds so boundaries are hit often, not only by luck.
const mailboxCount = fc.oneof(
  fc.constantFrom(0, 1, 10, 11, 149, 150, 151, 499, 500, 1999, 2000, 2001, 4999, 5000),
  fc.integer({ min: 0, max: 100_000 }),
);
const gb = fc.oneof(
  fc.constantFrom(0, 20, 100, 10_584, 50_000),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);

const profile: fc.Arbitrary<OrgProfile> = fc
  .record(
    {
      organisation: fc.record({ name: fc.string({ maxLength: 10 }) }),
      source,
      mailboxCount,
      totalDataGB: gb,
      largestFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      itemsOver150MB: fc.option(fc.boolean(), { nil: undefined }),
      deadlineWeeks: fc.oneof(
        fc.constantFrom(1, 2, 3, 9, 10),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
      ),
      needs: fc.record(
        { freeBusy: fc.boolean(), calendarAndContacts: fc.boolean(), singleGal: fc.boolean() },
        { requiredKeys: ['freeBusy', 'calendarAndContacts'] },
      ),
      directorySync: fc.constantFrom('keep' as const, 'one-time' as const, 'none' as const),
      pst: fc.option(fc.record({ files: fc.integer({ min: 0, max: 2000 }), totalGB: gb }), {
        nil: undefined,
      }),
      bandwidthMbps: fc.oneof(
        fc.constantFrom(1, 100, 1000),
        fc.double({ min: 0.1, max: 10_000, noNaN: true }),
      ),
      enterpriseAgreement: fc.boolean(),
      country: fc.constantFrom('DE', 'CH', 'US', 'GB', 'FR', 'JP'),
    },
    { requiredKeys: [] },
  )
  .map((r) => {
    const p: OrgProfile = {
      organisation: r.organisation ?? { name: '' },
      source: r.source ?? { kind: 'imap' },
      mailboxCount: r.mailboxCount ?? 0,
      totalDataGB: r.totalDataGB ?? 0,
      deadlineWeeks: r.deadlineWeeks ?? 4,
      needs: r.needs ?? { freeBusy: false, calendarAndContacts: false },
      directorySync: r.directorySync ?? 'none',
      bandwidthMbps: r.bandwidthMbps ?? 100,
      enterpriseAgreement: r.enterpriseAgreement ?? false,
      country: r.country ?? 'US',
    };
    if (r.largestFraction !== undefined) p.largestMailboxGB = p.totalDataGB * r.largestFraction;
    if (r.itemsOver150MB !== undefined) p.itemsOver150MB = r.itemsOver150MB;
    if (r.pst !== undefined || p.source.kind === 'pst-only')
      p.pst = r.pst ?? { files: 1, totalGB: 1 };
    return p;
  });

/** The same data with every object's keys in a different order. */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, seed));
  if (typeof value !== 'object' || value === null) return value;
  const keyed = Object.keys(value).map((k) => ({ k, h: hash(k, seed) }));
  keyed.sort((a, b) => a.h - b.h);
  return Object.fromEntries(
    keyed.map(({ k }) => [k, reorder((value as Record<string, unknown>)[k], seed)]),
  );
}

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function allReasons(r: Recommendation) {
  return [
    r.because,
    r.warnings,
    ...[...r.alternatives, ...r.withLoss, ...r.ruledOut, ...r.companions].map((m) => m.because),
    [...r.losses, ...r.withLoss.flatMap((m) => m.losses)],
  ].flat();
}

/** Plain checks: expect() in a 10,000-run loop costs more than the engine itself. */
function check(ok: boolean, what: string, r: Recommendation): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(r)}`);
}

describe('recommend: properties over 10,000 random valid profiles', () => {
  it('answers consistently for every profile', () => {
    const methods = JSON.stringify([...METHODS].toSorted());
    const run = () =>
      fc.assert(
        fc.property(profile, fc.integer(), (p, seed) => {
          const r = recommend(p);
          check(validateProfile(p).ok, 'generated profile is valid', r);

          const listed = [
            r.method,
            ...r.alternatives.map((a) => a.method),
            ...r.withLoss.map((a) => a.method),
            ...r.ruledOut.map((o) => o.method),
          ];
          check(JSON.stringify(listed.toSorted()) === methods, 'every method exactly once', r);
          check(!r.ruledOut.some((o) => o.method === r.method), 'method not ruled out', r);

          check(r.because.length > 0, 'the method has reasons', r);
          for (const m of [...r.alternatives, ...r.withLoss, ...r.ruledOut, ...r.companions]) {
            check(m.because.length > 0, `${m.method} has reasons`, r);
          }
          for (const m of r.withLoss) check(m.losses.length > 0, `${m.method} names its loss`, r);
          for (const m of r.alternatives)
            check(lossesOf(m.method, p).length === 0, `${m.method} meets every need`, r);
          for (const reason of allReasons(r))
            check(isFactId(reason.source), `fact ${reason.source} exists`, r);

          for (const c of r.companions) {
            check(c.method !== r.method, 'companion is not the method', r);
            const verdicts = [...r.alternatives, ...r.withLoss, ...r.ruledOut].filter(
              (m) => m.method === c.method,
            );
            check(verdicts.length === 1, 'companion keeps one verdict', r);
          }
          for (const f of r.flips) check(f.method !== r.method, 'a flip changes the method', r);

          const text = JSON.stringify(r);
          check(JSON.stringify(recommend(structuredClone(p))) === text, 'deterministic', r);
          check(
            JSON.stringify(recommend(reorder(p, seed) as OrgProfile)) === text,
            'property order does not matter',
            r,
          );
        }),
        { numRuns: 10_000 },
      );
    expect(run).not.toThrow();
  }, 60_000);
});
