import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../profile/default-profile.ts';
import { newPlan } from './plan.ts';
import { planScheduleSettings } from './plan-schedule-settings.ts';

const plan = newPlan('p', 'P', '2026-03-02T08:00:00.000Z');
const profile = { ...defaultProfile(), deadlineWeeks: 8, bandwidthMbps: 250, country: 'DE' };

describe('planScheduleSettings', () => {
  it('derives defaults from the answers and the plan creation date', () => {
    const s = planScheduleSettings(plan, profile, 'Europe/Berlin');
    expect(s.startDate).toBe('2026-03-02');
    expect(s.deadline).toBe('2026-04-27');
    expect(s.bandwidthMbps).toBe(250);
    expect(s.timeZone).toBe('Europe/Berlin');
  });

  it('sets the site time zone from the organisation’s country, not the browser’s', () => {
    const germany = { ...profile, country: 'DE' };
    expect(planScheduleSettings(plan, germany, 'UTC').timeZone).toBe('Europe/Berlin');
    const draftOnly = { ...plan, profile: { country: 'DE' } };
    expect(planScheduleSettings(draftOnly, null, 'Europe/London').timeZone).toBe('Europe/Berlin');
    expect(
      planScheduleSettings(plan, { ...profile, country: 'US' }, 'America/Denver').timeZone,
    ).toBe('America/Denver');
  });

  it('turns the switch-over window answer into cut-over weekdays', () => {
    const weekends = { ...plan, profile: { timing: { window: 'weekends' } } };
    expect(planScheduleSettings(weekends, profile, 'UTC').windows.cutoverWeekdays).toEqual([6]);
  });

  it('prefers what the user saved', () => {
    const saved = {
      ...plan,
      schedule: { settings: { concurrency: 60, startDate: '2026-05-04' }, edits: [] },
    };
    const s = planScheduleSettings(saved, profile, 'UTC');
    expect(s.concurrency).toBe(60);
    expect(s.startDate).toBe('2026-05-04');
    expect(s.deadline).toBe('2026-04-27');
  });
});
