import { EXCHANGE_VERSIONS } from '../profile.ts';
import type { WizardStep } from '../question.ts';
import { isExchange } from './shared.ts';

/** Where the mailboxes are now, and which Exchange version when they are on Exchange. */
export const SOURCE_STEP: WizardStep = {
  id: 'source',
  title: 'Source system',
  questions: [
    {
      path: 'source.kind',
      label: 'Where are the mailboxes now?',
      hint: 'The source decides which migration methods exist at all.',
      kind: 'choice',
      options: [
        { value: 'exchange', label: 'Exchange Server on-premises' },
        { value: 'google-workspace', label: 'Google Workspace' },
        { value: 'imap', label: 'Another IMAP mail server' },
        { value: 'pst-only', label: 'Only PST files' },
      ],
    },
    {
      path: 'source.version',
      label: 'Exchange version',
      hint: 'Staged needs 2003/2007; hybrid needs 2010 or later; IMAP is the only way from 2000 or earlier.',
      kind: 'choice',
      options: EXCHANGE_VERSIONS.map((v) => ({
        value: v,
        label: v === 'SE' ? 'Exchange Server SE' : `Exchange ${v}`,
      })),
      applies: isExchange,
    },
  ],
};
