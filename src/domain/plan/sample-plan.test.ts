import { describe, expect, it } from 'vitest';
import { validateProfile } from '../profile/profile.ts';
import { WIZARD_STEPS } from '../profile/wizard-steps.ts';
import { recommend } from '../strategy/recommend.ts';
import type { ImportedFileMeta } from './plan.ts';
import { newPlan } from './plan.ts';
import { parsePlanFile, serializePlanFile } from './plan-file.ts';
import { planDecision } from './plan-decision.ts';
import { planProgress } from './plan-progress.ts';
import { validatePlanInputs } from './plan-schema.ts';
import { sampleKind } from './sample-data.ts';
import { samplePlan, sampleProfile } from './sample-plan.ts';

const meta = (name: string, patch: Partial<ImportedFileMeta> = {}): ImportedFileMeta => ({
  name,
  importedAt: '2026-12-07T10:00:00.000Z',
  rows: 1200,
  accepted: 1200,
  errors: 0,
  warnings: 0,
  sample: true,
  ...patch,
});

const files = {
  mailboxFile: meta('fabrikam-mailboxes.csv', { totalGB: 5679.5, largestGB: 118.5 }),
  permissionFile: meta('fabrikam-full-access.csv, fabrikam-send-as.csv', { rows: 3257 }),
};
const plan = samplePlan('sample-1', '2026-12-07T10:00:00.000Z', files);

describe('samplePlan', () => {
  it('is a complete, valid plan marked as the sample', () => {
    expect(validatePlanInputs(plan)).toEqual({ ok: true, value: plan });
    expect(plan.sample).toBe(true);
    expect(plan.name).toBe('Fabrikam (sample)');
    expect(plan.wizard.committedSteps).toEqual(WIZARD_STEPS.map((s) => s.id));
    expect(plan.inventory.mailboxFile).toEqual(files.mailboxFile);
    expect(plan.export.clientName).toBe('Fabrikam');
    expect(plan.export.script?.tenant).toBe('fabrikam.onmicrosoft.com');
  });

  it('answers from the inventory, and chooses the method the engine recommends', () => {
    const checked = validateProfile(plan.profile);
    if (!checked.ok) throw new Error(checked.problems[0]?.message);
    expect(checked.profile).toMatchObject({
      mailboxCount: 1200,
      totalDataGB: 5680,
      largestMailboxGB: 119,
      country: 'GB',
      source: { kind: 'exchange', version: '2016' },
    });
    expect(plan.choice).toEqual({ method: recommend(checked.profile).method, reason: '' });
    const decision = planDecision(plan);
    expect(decision.ready && decision.overridden).toBe(false);
  });

  it('saves schedule settings in the organisation’s zone, starting the day it is made', () => {
    expect(plan.schedule.settings).toMatchObject({
      startDate: '2026-12-07',
      timeZone: 'Europe/London',
      deadline: '2027-03-29',
      bandwidthMbps: 500,
    });
  });

  it('shows every step the sample fills as done', () => {
    const progress = planProgress(plan, {
      profileComplete: true,
      allStepsCommitted: true,
      choiceEligible: true,
      figuresDiffer: false,
      runbookItems: 10,
      runbookTicked: 0,
    });
    expect(progress).toMatchObject({
      wizard: { state: 'done' },
      recommendation: { state: 'done' },
      inventory: { state: 'done' },
      schedule: { state: 'done' },
    });
  });

  it('keeps its mark through a plan file', () => {
    const text = serializePlanFile({ plan, inventory: null }, '2026-12-07T11:00:00.000Z');
    const opened = parsePlanFile(text);
    expect(opened.ok && opened.value.plan.sample).toBe(true);
    expect(opened.ok && opened.value.plan.inventory.mailboxFile?.sample).toBe(true);
  });

  it('sampleProfile rounds sizes up, so the answers never understate the inventory', () => {
    expect(sampleProfile({ mailboxes: 3, totalGB: 10.1, largestGB: 4.2 })).toMatchObject({
      mailboxCount: 3,
      totalDataGB: 11,
      largestMailboxGB: 5,
    });
  });
});

describe('sampleKind', () => {
  const own = newPlan('p', 'Own', '2026-12-07T10:00:00.000Z');
  it('tells the sample plan, a plan holding sample files, and a plan of one’s own apart', () => {
    expect(sampleKind(plan)).toBe('plan');
    expect(sampleKind(own)).toBeNull();
    const withSample = {
      ...own,
      inventory: { ...own.inventory, permissionFile: meta('fabrikam-calendar.csv') },
    };
    expect(sampleKind(withSample)).toBe('permissions');
    const both = {
      ...withSample,
      inventory: { ...withSample.inventory, mailboxFile: meta('fabrikam-mailboxes.csv') },
    };
    expect(sampleKind(both)).toBe('inventory');
    expect(sampleKind({ ...both, inventory: { ...both.inventory, permissionFile: null } })).toBe(
      'mailboxes',
    );
    const replaced = {
      ...withSample,
      inventory: {
        ...withSample.inventory,
        permissionFile: meta('permissions.csv', { sample: undefined }),
      },
    };
    expect(sampleKind(replaced)).toBeNull();
  });
});
