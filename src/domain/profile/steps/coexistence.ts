import type { WizardStep } from '../question.ts';
import { isExchange, YES_NO } from './shared.ts';

/** What must keep working while moved and not-yet-moved people work side by side. */
export const COEXISTENCE_STEP: WizardStep = {
  id: 'coexistence',
  title: 'Coexistence',
  questions: [
    {
      path: 'needs.freeBusy',
      label: 'Must moved and not-yet-moved people see each other’s free/busy?',
      hint: 'Only full hybrid shares free/busy across premises.',
      kind: 'yes-no',
      options: YES_NO,
      applies: isExchange,
    },
    {
      path: 'needs.singleGal',
      label: 'Must everyone keep one shared address list during the move?',
      hint: 'A single GAL on both sides needs hybrid with directory sync.',
      kind: 'yes-no',
      options: YES_NO,
      applies: isExchange,
      optional: true,
    },
    {
      path: 'needs.calendarAndContacts',
      label: 'Must calendars and contacts move too, not only mail?',
      hint: 'IMAP moves mail only; calendars and contacts then need PST import.',
      kind: 'yes-no',
      options: YES_NO,
    },
    {
      path: 'directorySync',
      label: 'Will the organisation keep syncing its directory to Microsoft Entra ID?',
      hint: 'Cutover needs directory sync off; staged and hybrid need it on; express syncs once.',
      kind: 'choice',
      options: [
        { value: 'keep', label: 'Yes, keep syncing (Microsoft Entra Connect)' },
        { value: 'one-time', label: 'Only once, then manage users in the cloud' },
        { value: 'none', label: 'No directory sync' },
      ],
    },
  ],
};
