import type { WizardStep } from '../question.ts';
import { isPstOnly, hasPstFiles, YES_NO } from './shared.ts';

/** How much there is to move: mailboxes, data, large items and PST files. */
export const SIZE_STEP: WizardStep = {
  id: 'size',
  title: 'Size',
  questions: [
    {
      path: 'mailboxCount',
      label: 'Mailboxes to move',
      hint: 'Cutover handles at most 2,000 and is recommended for 150 or fewer.',
      kind: 'number',
    },
    {
      path: 'totalDataGB',
      label: 'Total mailbox data',
      hint: 'With bandwidth and concurrency, this sets how long the copy takes.',
      kind: 'number',
      unit: 'GB',
    },
    {
      path: 'largestMailboxGB',
      label: 'Largest mailbox',
      hint: 'Mailboxes over 100 GB take weeks to move; over 200 GB are not supported.',
      kind: 'number',
      unit: 'GB',
      optional: true,
    },
    {
      path: 'itemsOver150MB',
      label: 'Are there items over 150 MB?',
      hint: 'Exchange Online refuses items over 150 MB; they must be exported first.',
      kind: 'yes-no',
      options: YES_NO,
      optional: true,
    },
    {
      path: 'hasPst',
      label: 'Are there PST files to import?',
      hint: 'PST files can be imported beside any method, or be the whole migration.',
      kind: 'yes-no',
      options: YES_NO,
      applies: (d) => !isPstOnly(d),
    },
    {
      path: 'pst.files',
      label: 'Number of PST files',
      hint: 'A mapping file takes at most 500 rows.',
      kind: 'number',
      applies: hasPstFiles,
    },
    {
      path: 'pst.totalGB',
      label: 'Total size of the PST files',
      hint: 'Decides between network upload and drive shipping.',
      kind: 'number',
      unit: 'GB',
      applies: hasPstFiles,
    },
  ],
};
