import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { methodTraits, type MethodFamily } from '../methods/method-traits.ts';
import type { NoticePhase } from './notice-phase.ts';

/** Method-specific wording of one notice; `intro` may hold merge fields such as {{batchDate}}. */
export type NoticeText = {
  subject: string;
  intro: string;
  whatToDo: string;
  factIds: readonly FactId[];
};

type Texts = Record<NoticePhase, NoticeText>;

const SUBJECTS: Record<NoticePhase, string> = {
  announce: 'Your mailbox moves to Microsoft 365 on {{batchDate}}',
  prepare: 'Getting ready: your mailbox moves on {{batchDate}}',
  reminder: 'Reminder: your mailbox moves on {{batchDate}}',
  today: 'Today: your mailbox moves to Microsoft 365',
  'follow-up': 'Your mailbox is now in Microsoft 365: what to check',
};

function t(
  phase: NoticePhase,
  intro: string,
  whatToDo: string,
  factIds: readonly FactId[],
): NoticeText {
  return { subject: SUBJECTS[phase], intro, whatToDo, factIds };
}

const NEW_SETUP =
  'Create a new Outlook profile for your Microsoft 365 mailbox, then remove the old mail account on your phone and add the Microsoft 365 account (Outlook mobile or the phone’s mail app).';

const HYBRID: Texts = {
  announce: t(
    'announce',
    'Your mailbox moves to Exchange Online on {{batchDate}} ({{batchName}}). The move runs in the background: your Outlook, your password and your phone stay as they are.',
    'Nothing to prepare. Keep working as usual.',
    ['hybridKeepsProfile', 'hybridNeedsDirSync'],
  ),
  prepare: t(
    'prepare',
    'Your mailbox is being copied in the background.',
    'Nothing to do. Outlook stays as it is.',
    ['hybridKeepsProfile'],
  ),
  reminder: t(
    'reminder',
    'Your mailbox completes its move on {{batchDate}}.',
    'When Outlook says the administrator has made a change, close Outlook and open it again. Your password stays the same.',
    ['hybridKeepsProfile'],
  ),
  today: t(
    'today',
    'Your mailbox moves today.',
    'When Outlook says "The Exchange administrator has made a change that requires you quit and restart Outlook", close Outlook and open it again.',
    ['hybridKeepsProfile'],
  ),
  'follow-up': t(
    'follow-up',
    'Your mailbox is now in Exchange Online.',
    'Check that mail, calendar and contacts look as before. If you used offline access in Outlook on the web, switch it on again. If your phone stops syncing, remove the account and add it again.',
    ['hybridKeepsProfile'],
  ),
};

const CUTOVER: Texts = {
  announce: t(
    'announce',
    'All mailboxes move to Microsoft 365 together on {{batchDate}}. You will get a new Microsoft 365 account and password, and you will create a new Outlook profile.',
    'Watch for the message from IT with your new sign-in and temporary password. Keep working as usual until then.',
    ['cutoverOneBatch', 'cutoverNewIdentity'],
  ),
  prepare: t(
    'prepare',
    'Your mail is being copied to Microsoft 365; the copy is refreshed every 24 hours.',
    'Keep working as usual. Save a copy of your email signature so you can add it to the new Outlook profile.',
    ['incrementalSyncHours', 'cutoverNewIdentity'],
  ),
  reminder: t(
    'reminder',
    'On {{batchDate}} your mail switches to Microsoft 365.',
    `Have your new Microsoft 365 sign-in and temporary password ready. On the day: sign in, choose a new password, then: ${NEW_SETUP}`,
    ['cutoverNewIdentity'],
  ),
  today: t(
    'today',
    'Mail switches to Microsoft 365 today.',
    `1. Sign in to Microsoft 365 with your new account and temporary password, and choose a new password. 2. ${NEW_SETUP}`,
    ['cutoverNewIdentity'],
  ),
  'follow-up': t(
    'follow-up',
    'Your mailbox is now in Microsoft 365.',
    'If you have not yet created the new Outlook profile, do it now. For up to 72 hours some mail may still reach the old server; IT keeps copying it across.',
    ['mxPropagationHours', 'cutoverNewIdentity'],
  ),
};

const STAGED: Texts = {
  announce: t(
    'announce',
    'Your mailbox moves to Microsoft 365 on {{batchDate}} ({{batchName}}). Afterwards you will create a new Outlook profile.',
    'IT will tell you whether your Microsoft 365 password differs from your usual one. Keep working as usual.',
    ['stagedNewProfile', 'stagedNeedsDirSync'],
  ),
  prepare: t(
    'prepare',
    'Your mailbox is being copied to Microsoft 365.',
    'Note your Out of Office text if you use one: it is not copied.',
    ['stagedNewProfile'],
  ),
  reminder: t(
    'reminder',
    'On {{batchDate}} your old mailbox closes and your Microsoft 365 mailbox takes over.',
    `On the day: ${NEW_SETUP}`,
    ['stagedNewProfile'],
  ),
  today: t('today', 'Your mailbox moves to Microsoft 365 today.', NEW_SETUP, ['stagedNewProfile']),
  'follow-up': t(
    'follow-up',
    'Your mailbox is now in Microsoft 365.',
    'Set your Out of Office message again if you use one. If you have not yet created the new Outlook profile, do it now.',
    ['stagedNewProfile'],
  ),
};

const IMAP: Texts = {
  announce: t(
    'announce',
    'Your email moves to Microsoft 365 on {{batchDate}}. Only email is copied: your calendar and contacts come across with a PST file.',
    'Do not change the password of your old mailbox until the move is finished.',
    ['imapMailOnly', 'imapLicenceFirst'],
  ),
  prepare: t(
    'prepare',
    'Your email is being copied to Microsoft 365.',
    'Export your calendar and contacts to a PST file (IT can help). Save attachments larger than 35 MB elsewhere: they are not copied.',
    ['imapMailOnly', 'imapMaxMessageMB'],
  ),
  reminder: t(
    'reminder',
    'On {{batchDate}} your email switches to Microsoft 365.',
    'Make sure your calendar and contacts are exported to a PST file. On the day, sign in with the Microsoft 365 account IT gave you.',
    ['imapMailOnly'],
  ),
  today: t(
    'today',
    'Your email switches to Microsoft 365 today.',
    `Sign in with the Microsoft 365 account IT gave you. ${NEW_SETUP}`,
    ['imapLicenceFirst', 'hybridKeepsProfile'],
  ),
  'follow-up': t(
    'follow-up',
    'Your email is now in Microsoft 365.',
    'Import your calendar and contacts PST file in Outlook ("Import email, contacts, and calendar from an Outlook .pst file"), or check that IT has imported it.',
    ['pstMovesAll', 'outlookPstMaxUsers'],
  ),
};

const GOOGLE: Texts = {
  announce: t(
    'announce',
    'Your Gmail, calendar and contacts move to Microsoft 365 on {{batchDate}} ({{batchName}}).',
    'Keep working in Gmail until then.',
    ['googleMovesAll'],
  ),
  prepare: t(
    'prepare',
    'Your Gmail, calendar and contacts are being copied.',
    'Note your vacation reply, shared calendars and room bookings: they are not migrated.',
    ['googleMovesAll'],
  ),
  reminder: t(
    'reminder',
    'On {{batchDate}} you switch from Gmail to Outlook.',
    'On the day, sign in with the Microsoft 365 account IT gave you.',
    ['googleMovesAll'],
  ),
  today: t(
    'today',
    'You switch from Gmail to Outlook today.',
    `Sign in with the Microsoft 365 account IT gave you. ${NEW_SETUP}`,
    ['googleMovesAll', 'hybridKeepsProfile'],
  ),
  'follow-up': t(
    'follow-up',
    'Your mailbox is now in Microsoft 365.',
    'Your rules arrive switched off: review them and re-enable them in Outlook. Set your vacation reply and share your calendars again.',
    ['googleMovesAll'],
  ),
};

const PST_SERVICE: Texts = {
  announce: {
    ...t(
      'announce',
      'Your old mail from PST files will be imported into your Microsoft 365 mailbox by {{batchDate}}.',
      'Keep your PST files until IT confirms the import.',
      ['pstMovesAll'],
    ),
    subject: 'Your old mail will be imported by {{batchDate}}',
  },
  prepare: {
    ...t(
      'prepare',
      'IT is collecting the PST files for the import.',
      'Give IT your PST files; files of 20 GB or less import best.',
      ['pstRecommendedMaxFileGB'],
    ),
    subject: 'Getting ready: your old mail is imported by {{batchDate}}',
  },
  reminder: {
    ...t(
      'reminder',
      'The import of your old mail finishes around {{batchDate}}.',
      'Nothing to do.',
      ['pstIngestGBPerDay'],
    ),
    subject: 'Reminder: your old mail is imported by {{batchDate}}',
  },
  today: {
    ...t(
      'today',
      'Your old mail should now be in your mailbox.',
      'Look for the imported folder in Outlook.',
      ['pstMovesAll'],
    ),
    subject: 'Your old mail has been imported',
  },
  'follow-up': {
    ...t(
      'follow-up',
      'The import of your old mail is complete.',
      'Tell IT if something is missing. Delegate permissions are not part of a PST file: set them again in Outlook if needed.',
      ['pstMovesAll'],
    ),
    subject: 'Your old mail: what to check',
  },
};

const OUTLOOK_PST: Texts = {
  announce: {
    ...t(
      'announce',
      'On {{batchDate}} you will import your PST file into your Microsoft 365 mailbox yourself, in Outlook.',
      'Find your PST files; IT will send a short guide.',
      ['outlookPstMaxUsers'],
    ),
    subject: 'Import your PST file on {{batchDate}}',
  },
  prepare: {
    ...t(
      'prepare',
      'Your PST import is planned for {{batchDate}}.',
      'Check that your PST file opens in Outlook.',
      ['outlookPstMaxUsers'],
    ),
    subject: 'Getting ready: import your PST file on {{batchDate}}',
  },
  reminder: {
    ...t(
      'reminder',
      'Your PST import is planned for {{batchDate}}.',
      'Keep an hour free on that day; Outlook must stay open during the upload.',
      ['outlookPstMaxUsers'],
    ),
    subject: 'Reminder: import your PST file on {{batchDate}}',
  },
  today: {
    ...t(
      'today',
      'Today you import your PST file.',
      'Follow the guide "Import email, contacts, and calendar from an Outlook .pst file" and keep Outlook open until the upload finishes.',
      ['outlookPstMaxUsers'],
    ),
    subject: 'Today: import your PST file',
  },
  'follow-up': {
    ...t(
      'follow-up',
      'Your PST import should be complete.',
      'Check mail, calendar and contacts and tell IT if something is missing. Set delegate permissions again if needed.',
      ['outlookPstMaxUsers', 'pstMovesAll'],
    ),
    subject: 'Your PST import: what to check',
  },
};

const BY_FAMILY: Record<MethodFamily, Texts> = {
  hybrid: HYBRID,
  cutover: CUTOVER,
  staged: STAGED,
  imap: IMAP,
  google: GOOGLE,
  'pst-service': PST_SERVICE,
  'outlook-pst': OUTLOOK_PST,
};

/** The wording of one notice for a method; a few methods adjust their family's text. */
export function noticeText(method: MigrationMethod, phase: NoticePhase): NoticeText {
  const text = BY_FAMILY[methodTraits[method].family][phase];
  if (method === 'express-hybrid' && phase === 'announce') {
    return {
      ...text,
      intro: `${text.intro} After the move your account is managed in Microsoft 365: change your password there.`,
      factIds: [...text.factIds.filter((f) => f !== 'hybridNeedsDirSync'), 'expressOneTimeSync'],
    };
  }
  if (method === 'pst-import-drive' && phase === 'announce') {
    return {
      ...text,
      intro: `${text.intro} The files travel to Microsoft on encrypted drives (shipping), uploaded 7-10 business days after they arrive.`,
      factIds: [...text.factIds, 'driveShippingTurnaroundDays'],
    };
  }
  return text;
}
