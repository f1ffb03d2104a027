import type { FactId } from '../facts.ts';
import type { MigrationMethod } from './method-list.ts';

export type MethodFamily =
  'hybrid' | 'cutover' | 'staged' | 'imap' | 'google' | 'pst-service' | 'outlook-pst';

/** What a method does to the people whose mail moves: one table so notes, notices and FAQ agree. */
export type MethodTraits = {
  family: MethodFamily;
  /** Is the Outlook profile kept (MRS move keeps the mailbox GUID) or built anew? */
  profile: { kind: 'kept' | 'new'; factIds: readonly FactId[] };
  /**
   * `same`: synced account, same password. `new`: new cloud account and password.
   * `from-it`: the sign-in depends on how IT created the cloud accounts.
   * `unchanged`: the method itself does not touch sign-in (PST import into an existing mailbox).
   */
  credentials: { kind: 'same' | 'new' | 'from-it' | 'unchanged'; factIds: readonly FactId[] };
  /** What arrives in Exchange Online. */
  content: { kind: 'full-mailbox' | 'mail-only' | 'pst-contents'; factIds: readonly FactId[] };
  /** Shared access between people on the old system and in Exchange Online. */
  coexistence: { kind: 'full' | 'limited' | 'none'; factIds: readonly FactId[] };
};

const HYBRID_PROFILE = { kind: 'kept', factIds: ['hybridKeepsProfile'] } as const;
// Only MRS moves keep the mailbox GUID (DECOM), so every other path means a new profile.
const NEW_PROFILE_NON_MRS = { kind: 'new', factIds: ['newProfileNonMrs'] } as const;
const FULL_MAILBOX = { kind: 'full-mailbox', factIds: ['hybridKeepsProfile'] } as const;
const PST_CONTENTS = { kind: 'pst-contents', factIds: ['pstMovesAll'] } as const;
const NO_COEXISTENCE = { kind: 'none', factIds: ['delegatesSameBatch'] } as const;

export const methodTraits: Record<MigrationMethod, MethodTraits> = {
  'full-hybrid': {
    family: 'hybrid',
    profile: HYBRID_PROFILE,
    credentials: { kind: 'same', factIds: ['hybridNeedsDirSync'] },
    content: FULL_MAILBOX,
    coexistence: { kind: 'full', factIds: ['fullHybridFreeBusy', 'delegatesSameBatch'] },
  },
  'minimal-hybrid': {
    family: 'hybrid',
    profile: HYBRID_PROFILE,
    credentials: { kind: 'same', factIds: ['hybridNeedsDirSync'] },
    content: FULL_MAILBOX,
    coexistence: { kind: 'limited', factIds: ['minimalHybridSize', 'fullHybridFreeBusy'] },
  },
  'express-hybrid': {
    family: 'hybrid',
    profile: HYBRID_PROFILE,
    credentials: { kind: 'same', factIds: ['expressOneTimeSync'] },
    content: FULL_MAILBOX,
    coexistence: { kind: 'limited', factIds: ['expressHybridMaxWeeks', 'fullHybridFreeBusy'] },
  },
  cutover: {
    family: 'cutover',
    profile: { kind: 'new', factIds: ['cutoverNewIdentity'] },
    credentials: { kind: 'new', factIds: ['cutoverNewIdentity'] },
    content: { kind: 'full-mailbox', factIds: ['cutoverOneBatch'] },
    coexistence: { kind: 'none', factIds: ['cutoverOneBatch'] },
  },
  staged: {
    family: 'staged',
    profile: { kind: 'new', factIds: ['stagedNewProfile'] },
    credentials: { kind: 'from-it', factIds: ['stagedNeedsDirSync', 'stagedMaxRowsPerBatch'] },
    content: { kind: 'full-mailbox', factIds: ['stagedNewProfile'] },
    coexistence: NO_COEXISTENCE,
  },
  imap: {
    family: 'imap',
    profile: NEW_PROFILE_NON_MRS,
    credentials: { kind: 'from-it', factIds: ['imapLicenceFirst'] },
    content: { kind: 'mail-only', factIds: ['imapMailOnly'] },
    coexistence: NO_COEXISTENCE,
  },
  'google-workspace': {
    family: 'google',
    profile: { kind: 'new', factIds: ['googleNewProfile'] },
    credentials: { kind: 'from-it', factIds: ['googleLicenceAfterStart'] },
    content: { kind: 'full-mailbox', factIds: ['googleMovesAll'] },
    coexistence: NO_COEXISTENCE,
  },
  'pst-import-network': {
    family: 'pst-service',
    profile: NEW_PROFILE_NON_MRS,
    credentials: { kind: 'unchanged', factIds: [] },
    content: PST_CONTENTS,
    coexistence: NO_COEXISTENCE,
  },
  'pst-import-drive': {
    family: 'pst-service',
    profile: NEW_PROFILE_NON_MRS,
    credentials: { kind: 'unchanged', factIds: [] },
    content: PST_CONTENTS,
    coexistence: NO_COEXISTENCE,
  },
  'outlook-pst': {
    family: 'outlook-pst',
    profile: NEW_PROFILE_NON_MRS,
    credentials: { kind: 'unchanged', factIds: [] },
    content: { kind: 'pst-contents', factIds: ['outlookPstMaxUsers'] },
    coexistence: NO_COEXISTENCE,
  },
};
