import type { FactId } from '../facts.ts';
import { methodTraits } from './method-traits.ts';
import type { MigrationMethod } from './method-list.ts';

/** `unknown`: the pages in reference.md do not say; shown as "not documented", never guessed. */
export type Trait<T> = { value: T | 'unknown'; source?: FactId };

export type Effort = 'low' | 'medium' | 'high';

/** One row of the method comparison on the recommendation page. */
export type MethodComparison = {
  method: MigrationMethod;
  migrates: {
    mail: Trait<boolean>;
    calendar: Trait<boolean>;
    contacts: Trait<boolean>;
    rules: Trait<boolean | 'disabled'>;
  };
  userImpact: {
    newOutlookProfile: Trait<boolean>;
    newCredentials: Trait<boolean>;
    downtime: Trait<string>;
  };
  /** Planner judgement (no Microsoft figure exists), hence no source. */
  adminEffort: Trait<Effort>;
  coexistence: { freeBusy: Trait<boolean>; sharedGal: Trait<boolean> };
  batchLimit: Trait<string>;
};

/** Profile and sign-in come from the one user-impact table, so the comparison and the notes agree. */
type Row = Omit<MethodComparison, 'method' | 'userImpact'> & {
  userImpact: Omit<MethodComparison['userImpact'], 'newOutlookProfile' | 'newCredentials'>;
};

const t = <T>(value: T | 'unknown', source?: FactId): Trait<T> =>
  source ? { value, source } : { value };

const hybridContent = (src: FactId): Row['migrates'] => ({
  mail: t(true, 'hybridKeepsProfile'),
  calendar: t(true, 'hybridKeepsProfile'),
  contacts: t(true, 'hybridKeepsProfile'),
  rules: t<boolean | 'disabled'>(true, src),
});
const hybridImpact: Row['userImpact'] = {
  downtime: t(
    'None while copying; Outlook restarts once when the move completes',
    'hybridOnlineMove',
  ),
};
const pstContent: Row['migrates'] = {
  mail: t(true, 'pstMovesAll'),
  calendar: t(true, 'pstMovesAll'),
  contacts: t(true, 'pstMovesAll'),
  rules: t<boolean | 'disabled'>('unknown'),
};
const noCoexistence = (src: FactId): Row['coexistence'] => ({
  freeBusy: t(false, src),
  sharedGal: t<boolean>('unknown'),
});
const pstImpact: Row['userImpact'] = {
  downtime: t('None on the source; items appear in the chosen folder after import', 'pstAnySource'),
};

const TABLE: Record<MigrationMethod, Row> = {
  'full-hybrid': {
    migrates: hybridContent('hybridKeepsProfile'),
    userImpact: hybridImpact,
    adminEffort: t<Effort>('high'),
    coexistence: {
      freeBusy: t(true, 'fullHybridFreeBusy'),
      sharedGal: t(true, 'hybridNeedsDirSync'),
    },
    batchLimit: t('Up to 300 mailboxes moving at once per endpoint', 'maxConcurrency'),
  },
  'minimal-hybrid': {
    migrates: hybridContent('hybridKeepsProfile'),
    userImpact: hybridImpact,
    adminEffort: t<Effort>('medium'),
    coexistence: { freeBusy: t(false, 'fullHybridFreeBusy'), sharedGal: t<boolean>('unknown') },
    batchLimit: t('Up to 300 mailboxes moving at once per endpoint', 'maxConcurrency'),
  },
  'express-hybrid': {
    migrates: hybridContent('hybridKeepsProfile'),
    userImpact: hybridImpact,
    adminEffort: t<Effort>('low'),
    coexistence: { freeBusy: t(false, 'fullHybridFreeBusy'), sharedGal: t<boolean>('unknown') },
    batchLimit: t(
      'Users started one by one on the Data migration page',
      'licenceBeforeExpressMove',
    ),
  },
  cutover: {
    migrates: {
      mail: t(true, 'cutoverMovesMailboxContent'),
      calendar: t(true, 'cutoverMovesMailboxContent'),
      contacts: t(true, 'cutoverMovesMailboxContent'),
      rules: t<boolean | 'disabled'>('unknown'),
    },
    userImpact: {
      downtime: t(
        'None while copying; mail switches with the MX change (allow 72 hours)',
        'mxPropagationHours',
      ),
    },
    adminEffort: t<Effort>('low'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t(
      'One batch for the whole organisation, at most 2,000 mailboxes, no CSV',
      'cutoverMaxMailboxes',
    ),
  },
  staged: {
    migrates: {
      mail: t(true, 'stagedMovesMailboxes'),
      calendar: t(true, 'stagedMovesMailboxes'),
      contacts: t(true, 'stagedMovesMailboxes'),
      rules: t<boolean | 'disabled'>('unknown'),
    },
    userImpact: {
      downtime: t(
        'None while copying; mail is forwarded once a batch is provisioned',
        'stagedNewProfile',
      ),
    },
    adminEffort: t<Effort>('medium'),
    coexistence: {
      freeBusy: t(false, 'fullHybridFreeBusy'),
      sharedGal: t(true, 'stagedNeedsDirSync'),
    },
    batchLimit: t('At most 2,000 rows per batch CSV', 'stagedMaxRowsPerBatch'),
  },
  imap: {
    migrates: {
      mail: t(true, 'imapMailOnly'),
      calendar: t(false, 'imapMailOnly'),
      contacts: t(false, 'imapMailOnly'),
      rules: t<boolean | 'disabled'>(false, 'imapMailOnly'),
    },
    userImpact: {
      downtime: t(
        'None while copying; mail arriving after the last sync is not copied',
        'mxPropagationHours',
      ),
    },
    adminEffort: t<Effort>('medium'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t('At most 50,000 rows (10 MB) per CSV; 35 MB per message', 'imapMaxRowsPerBatch'),
  },
  'google-workspace': {
    migrates: {
      mail: t(true, 'googleMovesAll'),
      calendar: t(true, 'googleMovesAll'),
      contacts: t(true, 'googleMovesAll'),
      rules: t<boolean | 'disabled'>('disabled', 'googleMovesAll'),
    },
    userImpact: {
      downtime: t(
        'None while copying; mail is forwarded to Google until each batch completes',
        'googleLicenceAfterStart',
      ),
    },
    adminEffort: t<Effort>('medium'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t('Up to 300 mailboxes moving at once per endpoint', 'maxConcurrency'),
  },
  'pst-import-network': {
    migrates: pstContent,
    userImpact: pstImpact,
    adminEffort: t<Effort>('medium'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t(
      'At most 500 rows per mapping file; PST files of 20 GB or less',
      'pstMaxRowsPerMapping',
    ),
  },
  'pst-import-drive': {
    migrates: pstContent,
    userImpact: pstImpact,
    adminEffort: t<Effort>('high'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t(
      'At most 500 rows per mapping file; USD 2 per GB shipped',
      'pstMaxRowsPerMapping',
    ),
  },
  'outlook-pst': {
    migrates: pstContent,
    userImpact: pstImpact,
    adminEffort: t<Effort>('low'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t('About 10 users or fewer, each importing their own files', 'outlookPstMaxUsers'),
  },
};

/** The comparison rows for `methods`, in the order given (duplicates kept out). */
export function compareMethods(methods: readonly MigrationMethod[]): MethodComparison[] {
  return [...new Set(methods)].map((method) => {
    const row = TABLE[method];
    const user = methodTraits[method];
    const credentials = user.credentials.kind;
    return {
      method,
      ...row,
      userImpact: {
        ...row.userImpact,
        newOutlookProfile: t(user.profile.kind === 'new', user.profile.factIds[0]),
        // "from-it" (depends on how IT created the accounts) is no yes/no, and an answer
        // without a fact behind it is shown as undocumented rather than guessed.
        newCredentials:
          credentials === 'from-it' || user.credentials.factIds[0] === undefined
            ? t<boolean>('unknown')
            : t(credentials === 'new', user.credentials.factIds[0]),
      },
    };
  });
}
