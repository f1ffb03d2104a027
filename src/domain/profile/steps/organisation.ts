import type { WizardStep } from '../question.ts';

/** Who the plan is for, and the country that decides which PST services exist. */
export const ORGANISATION_STEP: WizardStep = {
  id: 'organisation',
  title: 'Organisation',
  questions: [
    {
      path: 'organisation.name',
      label: 'Organisation name',
      hint: 'Shown on the plan and the PDF cover.',
      kind: 'text',
      optional: true,
    },
    {
      path: 'country',
      label: 'Country (two-letter code)',
      hint: 'Drive shipping of PST files is not offered in every country (not in DE or CH).',
      kind: 'text',
    },
  ],
};
