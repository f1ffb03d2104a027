import { describe, expect, it } from 'vitest';
import { newPlan } from './plan.ts';
import { planProgress, planStatus, resumeSection, type ProgressFacts } from './plan-progress.ts';

const base = newPlan('p', 'P', '2026-12-07T10:00:00.000Z');
const none: ProgressFacts = {
  profileComplete: false,
  allStepsCommitted: false,
  choiceEligible: false,
  figuresDiffer: false,
  runbookItems: 10,
  runbookTicked: 0,
};
const ready = { ...none, profileComplete: true, allStepsCommitted: true };
const file = { name: 'a.csv', importedAt: 't', rows: 3, accepted: 3, errors: 0, warnings: 0 };
const withFile = { ...base, inventory: { ...base.inventory, mailboxFile: file } };
const state = (p: typeof base, d: ProgressFacts) =>
  Object.fromEntries(Object.entries(planProgress(p, d)).map(([k, v]) => [k, v.state]));

describe('planProgress', () => {
  it('starts with every section not started, each with its reason', () => {
    const progress = planProgress(base, none);
    expect(Object.values(progress).map((s) => s.state)).toEqual(Array(6).fill('not-started'));
    expect(progress.inventory.reason).toBe('No mailbox inventory imported');
  });

  it('shows a half-answered wizard as in progress, not as a problem', () => {
    const half = { ...base, wizard: { committedSteps: ['organisation'] } };
    expect(planProgress(half, none).wizard).toEqual({
      state: 'in-progress',
      reason: 'Some questions are still open',
    });
    expect(planProgress(half, { ...none, allStepsCommitted: true }).wizard.state).toBe('attention');
    expect(planProgress(half, ready).wizard.state).toBe('done');
    expect(planProgress(half, { ...ready, figuresDiffer: true }).wizard.reason).toMatch(
      /inventory differs/,
    );
  });

  it('asks to confirm the method without a red mark, and flags an ineligible choice', () => {
    expect(planProgress(base, ready).recommendation.state).toBe('in-progress');
    const chosen = { ...base, choice: { method: 'cutover' as const, reason: '' } };
    expect(planProgress(chosen, { ...ready, choiceEligible: true }).recommendation.state).toBe(
      'done',
    );
    expect(planProgress(chosen, ready).recommendation.state).toBe('attention');
  });

  it('flags an inventory with rejected rows', () => {
    const bad = { ...base, inventory: { ...base.inventory, mailboxFile: { ...file, errors: 1 } } };
    expect(planProgress(bad, none).inventory).toEqual({
      state: 'attention',
      reason: 'The last import rejected a row',
    });
    expect(planProgress(withFile, none).inventory.state).toBe('done');
  });

  it('shows a schedule drawn from defaults as in progress until saved', () => {
    expect(planProgress(withFile, none).schedule.state).toBe('not-started');
    expect(planProgress(withFile, ready).schedule.state).toBe('in-progress');
    const saved = { ...withFile, schedule: { settings: { concurrency: 20 }, edits: [] } };
    expect(planProgress(saved, ready).schedule.state).toBe('done');
  });

  it('counts the runbook done only when every current item is ticked', () => {
    expect(planProgress(base, { ...none, runbookTicked: 4 }).impact).toEqual({
      state: 'in-progress',
      reason: '4 of 10 runbook steps ticked',
    });
    expect(planProgress(base, { ...none, runbookTicked: 10 }).impact.state).toBe('done');
  });

  it('marks an export done until the plan changes after it', () => {
    const stamp = '2026-12-07T11:00:00.000Z';
    const exported = {
      ...base,
      updatedAt: stamp,
      export: { ...base.export, lastExportedAt: stamp },
    };
    expect(planProgress(exported, none).export.state).toBe('done');
    const changed = { ...exported, updatedAt: '2026-12-07T12:00:00.000Z' };
    expect(planProgress(changed, none).export.reason).toBe('Changed since the last export');
  });
});

describe('resumeSection and planStatus', () => {
  it('reopens a plan at its first open section, a finished one at its export', () => {
    const chosen = { ...withFile, choice: { method: 'cutover' as const, reason: '' } };
    const answered = { ...chosen, wizard: { committedSteps: ['organisation'] } };
    const d = { ...ready, choiceEligible: true };
    expect(resumeSection(planProgress(base, none))).toBe('wizard');
    expect(resumeSection(planProgress(answered, d))).toBe('schedule');
    expect(state(answered, d)).toMatchObject({ wizard: 'done', inventory: 'done' });
    const all = planProgress(answered, d);
    const finished = Object.fromEntries(
      Object.entries(all).map(([k, v]) => [k, { ...v, state: 'done' }]),
    ) as typeof all;
    expect(resumeSection(finished)).toBe('export');
    expect(planStatus(finished)).toEqual({ state: 'done', reason: 'Plan complete' });
  });

  it('reports a problem anywhere before the next step', () => {
    const chosen = { ...base, choice: { method: 'cutover' as const, reason: '' } };
    expect(planStatus(planProgress(chosen, ready)).reason).toMatch(/no longer possible/);
    expect(planStatus(planProgress(base, none)).reason).toBe('No question answered yet');
  });
});
