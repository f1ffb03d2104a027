import type { WizardStep } from '../question.ts';

/** The deadline and the windows in which switch-overs may happen. */
export const TIMING_STEP: WizardStep = {
  id: 'timing',
  title: 'Timing',
  questions: [
    {
      path: 'deadlineWeeks',
      label: 'Weeks until the last mailbox must be moved',
      hint: 'Express suits about two weeks, minimal hybrid a couple of months.',
      kind: 'number',
      unit: 'weeks',
    },
    {
      path: 'timing.window',
      label: 'When may switch-overs happen?',
      hint: 'The schedule puts each batch’s final switch in these windows; the schedule page can change the days.',
      kind: 'choice',
      options: [
        { value: 'evenings-weekends', label: 'Weekday evenings and Saturdays' },
        { value: 'weekends', label: 'Saturdays only' },
        { value: 'business-hours', label: 'Any working day' },
      ],
    },
  ],
};
