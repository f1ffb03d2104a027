import type { WizardStep } from '../question.ts';
import { YES_NO } from './shared.ts';

/** Upload bandwidth and licensing, which decide between uploading and shipping drives. */
export const NETWORK_STEP: WizardStep = {
  id: 'network',
  title: 'Network and licensing',
  questions: [
    {
      path: 'bandwidthMbps',
      label: 'Upload bandwidth available for the migration',
      hint: 'Limits how fast data leaves the site, and whether shipping drives is faster.',
      kind: 'number',
      unit: 'Mbit/s',
    },
    {
      path: 'enterpriseAgreement',
      label: 'Does the organisation have a Microsoft Enterprise Agreement?',
      hint: 'Drive shipping of PST files is only for Enterprise Agreement customers.',
      kind: 'yes-no',
      options: YES_NO,
    },
  ],
};
