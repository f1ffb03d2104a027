import type { MigrationMethod } from '../methods/method-list.ts';
import type { ImpactNote } from './impact-note.ts';
import { methodTraits } from '../methods/method-traits.ts';

function profileNote(method: MigrationMethod): ImpactNote {
  const { profile, family } = methodTraits[method];
  if (profile.kind === 'kept') {
    return {
      id: 'outlook-profile-kept',
      audience: 'all-users',
      title: 'Outlook keeps its profile',
      text:
        'The mailbox moves with its identity, so Outlook keeps the same profile and offline file: ' +
        'nothing changes on the desktop and the offline file is not downloaded again.',
      severity: 'info',
      factIds: profile.factIds,
    };
  }
  const when =
    family === 'staged'
      ? 'once their batch has been converted to mail users'
      : family === 'outlook-pst' || family === 'pst-service'
        ? 'if Outlook is not yet connected to the Exchange Online mailbox'
        : 'after the switch to Microsoft 365';
  return {
    id: 'outlook-profile-new',
    audience: 'all-users',
    title: 'Everyone creates a new Outlook profile',
    text:
      `People create a new Outlook profile ${when}; Outlook then downloads the mailbox again. ` +
      'Plan helpdesk time for the days after each switch-over.',
    severity: family === 'pst-service' || family === 'outlook-pst' ? 'warning' : 'critical',
    factIds: profile.factIds,
  };
}

function credentialsNote(method: MigrationMethod): ImpactNote {
  const { credentials, family } = methodTraits[method];
  const base = { audience: 'all-users' as const, factIds: credentials.factIds };
  switch (credentials.kind) {
    case 'new':
      return {
        ...base,
        id: 'credentials-new',
        title: 'New Microsoft 365 account and password',
        text:
          'A cutover creates new cloud accounts: each person receives a Microsoft 365 sign-in and a temporary password from IT, ' +
          'and chooses a new password at first sign-in.',
        severity: 'critical',
      };
    case 'same':
      return method === 'express-hybrid'
        ? {
            ...base,
            id: 'credentials-same',
            title: 'Same user name and password',
            text:
              'Accounts and passwords are copied to Microsoft 365 once, so people sign in as today. ' +
              'After that one-time copy, accounts are managed in Microsoft 365: password changes are made there, not in the old directory.',
            severity: 'info',
          }
        : {
            ...base,
            id: 'credentials-same',
            title: 'Same user name and password',
            text: 'Accounts stay synchronised from Active Directory, so people keep signing in with their usual user name and password.',
            severity: 'info',
          };
    case 'from-it':
      return {
        ...base,
        id: 'credentials-from-it',
        title: 'Microsoft 365 sign-in: IT confirms which account to use',
        text:
          family === 'staged'
            ? 'With directory synchronisation people normally keep their usual sign-in; if the batch file sets a password, people receive a temporary one and change it at first sign-in.'
            : family === 'imap'
              ? 'IT creates and licenses the Exchange Online mailboxes before the copy starts and tells people which account to sign in with. Do not change the password of the old mailbox during the migration: the copy may use it.'
              : 'IT prepares the Microsoft 365 accounts before the copy starts and tells people which account and password to sign in with.',
        severity: 'warning',
      };
    case 'unchanged':
      return {
        ...base,
        id: 'credentials-unchanged',
        title: 'Sign-in is not changed by the import',
        text: 'Importing PST files does not change anyone’s user name or password.',
        severity: 'info',
      };
  }
}

function phoneNote(method: MigrationMethod): ImpactNote {
  const t = methodTraits[method];
  if (t.profile.kind === 'kept') {
    return {
      id: 'phones-keep',
      audience: 'phone-users',
      title: 'Phones: usually nothing to do',
      text:
        'The account and password do not change, so Outlook mobile and the built-in mail apps keep the same account. ' +
        'If a phone stops syncing after the switch-over, remove the mail account on the phone and add it again.',
      severity: 'info',
      factIds: t.profile.factIds,
    };
  }
  const password = t.credentials.kind === 'new' ? ' and the new password' : '';
  return {
    id: 'phones-reconfigure',
    audience: 'phone-users',
    title: 'Phones: set the mail account up again',
    text:
      'After the switch-over the account on the phone still points at the old system. ' +
      `Outlook mobile: add the Microsoft 365 account${password} and remove the old one. ` +
      `Built-in mail apps (iPhone Mail, Android or Samsung Email, Gmail app): delete the old account and add an Exchange account with the work address${password}.`,
    severity: 'warning',
    factIds: [...t.profile.factIds, ...t.credentials.factIds],
  };
}

/** Outlook profile, sign-in and phone notes: the three things every person asks first. */
export function userSetupNotes(method: MigrationMethod): ImpactNote[] {
  return [profileNote(method), credentialsNote(method), phoneNote(method)];
}
