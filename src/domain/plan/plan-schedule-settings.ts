import { defaultScheduleSettings } from '../schedule/default-schedule-settings.ts';
import { addDays } from '../calendar.ts';
import { siteTimeZone } from '../country-time-zones.ts';
import type { ScheduleSettings, ScheduleWindows } from '../schedule/schedule-types.ts';
import type { OrgProfile } from '../profile/profile.ts';
import type { PlanInputs } from './plan.ts';

/** Switch-over windows for the wizard's "When may switch-overs happen?" answer. */
const WINDOWS: Record<string, Partial<ScheduleWindows>> = {
  'evenings-weekends': { cutoverWeekdays: [1, 2, 3, 4, 5, 6], cutoverTime: '19:00' },
  weekends: { cutoverWeekdays: [6], cutoverTime: '10:00' },
  'business-hours': { cutoverWeekdays: [1, 2, 3, 4, 5], cutoverTime: '10:00' },
};

/**
 * The schedule settings a plan uses: what the user saved, else defaults drawn from the
 * wizard's answers (deadline, bandwidth, switch-over window). The default start is the day
 * the plan was created, so an unsaved schedule does not drift from one day to the next.
 * The site's zone, when nothing was saved, follows the organisation's country (then the
 * browser's zone, which the caller passes).
 */
export function planScheduleSettings(
  plan: Pick<PlanInputs, 'createdAt' | 'profile' | 'schedule'>,
  profile: OrgProfile | null,
  browserZone: string,
): ScheduleSettings {
  const start = /^\d{4}-\d{2}-\d{2}/.test(plan.createdAt)
    ? plan.createdAt.slice(0, 10)
    : '2026-01-05';
  const country = profile?.country ?? plan.profile.country;
  const zone = siteTimeZone(typeof country === 'string' ? country : undefined, browserZone);
  const base = defaultScheduleSettings(start, zone);
  const timing = plan.profile.timing as { window?: unknown } | undefined;
  const window = typeof timing?.window === 'string' ? WINDOWS[timing.window] : undefined;
  const derived: ScheduleSettings = {
    ...base,
    deadline: profile ? addDays(start, Math.round(profile.deadlineWeeks * 7)) : null,
    bandwidthMbps: profile ? profile.bandwidthMbps : null,
    windows: { ...base.windows, ...window },
  };
  const saved = plan.schedule.settings;
  if (!saved) return derived;
  // Saved settings are the user's; the scheduler checks and clamps every value it reads.
  return { ...derived, ...(saved as Partial<ScheduleSettings>) };
}
