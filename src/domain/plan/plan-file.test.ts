import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPlan } from './plan.ts';
import { PLAN_FILE_FORMAT, parsePlanFile, serializePlanFile } from './plan-file.ts';

const plan = {
  ...newPlan('p1', 'Contoso', '2026-11-01T09:00:00.000Z'),
  profile: { mailboxCount: 1200, source: { kind: 'exchange', version: '2019' } },
  choice: { method: 'minimal-hybrid' as const, reason: '' },
};
const inventory = {
  mailboxes: [
    {
      row: 2,
      displayName: 'Zoë Łukasiewicz',
      email: 'zoe@contoso.com',
      type: 'UserMailbox' as const,
      sizeBytes: 1024,
      itemCount: 3,
      archiveSizeBytes: null,
      department: 'IT',
      office: 'Berlin',
      database: 'DB01',
    },
  ],
  mailboxProblems: [],
  permissions: [],
  permissionProblems: [],
};

describe('plan file', () => {
  it('round-trips a plan with its inventory', () => {
    const text = serializePlanFile({ plan, inventory }, '2026-11-24T00:00:00.000Z');
    const back = parsePlanFile(text);
    expect(back).toEqual({ ok: true, value: { plan, inventory } });
  });

  it('migrates a version 0 file', () => {
    const text = JSON.stringify({
      format: PLAN_FILE_FORMAT,
      version: 0,
      plan: { id: 'old', title: 'Old plan', created: '2025-01-01', answers: { mailboxCount: 5 } },
    });
    const r = parsePlanFile(text);
    expect(r.ok && r.value.plan.name).toBe('Old plan');
    expect(r.ok && r.value.plan.profile).toEqual({ mailboxCount: 5 });
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['another JSON document', '{"name":"x"}', /not an Exchange Migration Planner plan file/],
    [
      'a newer version',
      JSON.stringify({ format: PLAN_FILE_FORMAT, version: 99, plan: {} }),
      /newer version/,
    ],
    [
      'a damaged plan',
      JSON.stringify({ format: PLAN_FILE_FORMAT, version: 1, plan: { id: 'x' } }),
      /damaged/,
    ],
    [
      'a damaged inventory',
      JSON.stringify({ format: PLAN_FILE_FORMAT, version: 1, plan, inventory: { mailboxes: 3 } }),
      /inventory/,
    ],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const r = parsePlanFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(message);
  });

  it('never throws on random JSON and accepts only complete plans', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify({ format: PLAN_FILE_FORMAT, version: 1, plan: value });
        const r = parsePlanFile(text);
        if (r.ok) expect(typeof r.value.plan.id).toBe('string');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parsePlanFile(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('plan file script settings', () => {
  it('round-trips the script settings and still opens plans without them', () => {
    const withScript = {
      ...plan,
      export: { ...plan.export, script: { tenant: 'contoso', remoteServer: 'mail.contoso.com' } },
    };
    const back = parsePlanFile(serializePlanFile({ plan: withScript, inventory: null }, 't'));
    expect(back.ok && back.value.plan.export.script).toEqual({
      tenant: 'contoso',
      remoteServer: 'mail.contoso.com',
    });
    const without = parsePlanFile(serializePlanFile({ plan, inventory: null }, 't'));
    expect(without.ok && without.value.plan.export.script).toBeUndefined();
  });
});
