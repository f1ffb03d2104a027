import { describe, expect, it } from 'vitest';
import { newPlan } from './plan.ts';
import { planProgress } from './plan-progress.ts';

const base = newPlan('p', 'P', 't');
const none = { profileComplete: false, choiceEligible: false, runbookItems: 10, runbookTicked: 0 };

describe('planProgress', () => {
  it('starts with every section not started', () => {
    expect(Object.values(planProgress(base, none))).toEqual(Array(6).fill('not-started'));
  });

  it('marks a half-answered wizard as needing attention and a complete one as done', () => {
    const half = { ...base, wizard: { committedSteps: ['organisation'] } };
    expect(planProgress(half, none).wizard).toBe('attention');
    expect(planProgress(half, { ...none, profileComplete: true }).wizard).toBe('done');
  });

  it('asks for a choice once the recommendation exists, and flags an ineligible choice', () => {
    const ready = { ...none, profileComplete: true };
    expect(planProgress(base, ready).recommendation).toBe('attention');
    const chosen = { ...base, choice: { method: 'cutover' as const, reason: '' } };
    expect(planProgress(chosen, { ...ready, choiceEligible: true }).recommendation).toBe('done');
    expect(planProgress(chosen, ready).recommendation).toBe('attention');
  });

  it('flags an inventory with rejected rows', () => {
    const file = { name: 'a.csv', importedAt: 't', rows: 3, accepted: 2, errors: 1, warnings: 0 };
    const p = { ...base, inventory: { ...base.inventory, mailboxFile: file } };
    expect(planProgress(p, none).inventory).toBe('attention');
    const clean = { ...p, inventory: { ...p.inventory, mailboxFile: { ...file, errors: 0 } } };
    expect(planProgress(clean, none).inventory).toBe('done');
  });

  it('asks to review a schedule drawn from defaults, and marks saved settings done', () => {
    const file = { name: 'a.csv', importedAt: 't', rows: 3, accepted: 3, errors: 0, warnings: 0 };
    const p = { ...base, inventory: { ...base.inventory, mailboxFile: file } };
    expect(planProgress(p, none).schedule).toBe('not-started');
    expect(planProgress(p, { ...none, profileComplete: true }).schedule).toBe('attention');
    const saved = { ...p, schedule: { settings: { concurrency: 20 }, edits: [] } };
    expect(planProgress(saved, { ...none, profileComplete: true }).schedule).toBe('done');
  });

  it('counts the runbook done only when every current item is ticked', () => {
    expect(planProgress(base, { ...none, runbookTicked: 4 }).impact).toBe('attention');
    expect(planProgress(base, { ...none, runbookTicked: 10 }).impact).toBe('done');
  });
});
