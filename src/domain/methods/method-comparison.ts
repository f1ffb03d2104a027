import type { FactId } from '../facts.ts';
import { methodTraits } from './method-traits.ts';
import type { MigrationMethod } from './method-list.ts';

/**
 * One cell of the comparison: a value with the fact behind it, or `unknown` where no Microsoft
 * page gives one, then with `note` saying which assumption the plan works with (never a bare
 * "not documented"). `note` may also qualify a sourced value.
 */
export type Trait<T> = { value: T | 'unknown'; source?: FactId; note?: string };

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

const t = <T>(value: T, source?: FactId): Trait<T> => (source ? { value, source } : { value });
/** No published figure: the assumption the plan works with instead. */
const assume = <T>(note: string): Trait<T> => ({ value: 'unknown', note });

/** Our rule: Microsoft publishes no effort figure, so the planner rates it from the set-up work. */
const effort = (value: Effort): Trait<Effort> => ({
  value,
  note: 'Our estimate, from the set-up steps in the runbook; Microsoft publishes no figure.',
});

const RULES_CHECKED =
  'We assume they may not arrive and ask the pilot users to check their rules after the move.';
const OWN_ADDRESS_LIST =
  'We assume not: each side keeps its own address list until the move ends; only full hybrid documents one shared list.';

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
  rules: assume<boolean | 'disabled'>(
    'We assume not: a PST file holds items, not server-side rules; users re-create their rules.',
  ),
};
const noCoexistence = (src: FactId): Row['coexistence'] => ({
  freeBusy: t(false, src),
  sharedGal: assume<boolean>(OWN_ADDRESS_LIST),
});
const pstImpact: Row['userImpact'] = {
  downtime: t('None on the source; items appear in the chosen folder after import', 'pstAnySource'),
};

const TABLE: Record<MigrationMethod, Row> = {
  'full-hybrid': {
    migrates: hybridContent('hybridKeepsProfile'),
    userImpact: hybridImpact,
    adminEffort: effort('high'),
    coexistence: {
      freeBusy: t(true, 'fullHybridFreeBusy'),
      sharedGal: t(true, 'hybridNeedsDirSync'),
    },
    batchLimit: t('Up to 300 mailboxes moving at once per endpoint', 'maxConcurrency'),
  },
  'minimal-hybrid': {
    migrates: hybridContent('hybridKeepsProfile'),
    userImpact: hybridImpact,
    adminEffort: effort('medium'),
    coexistence: {
      freeBusy: t(false, 'fullHybridFreeBusy'),
      sharedGal: assume<boolean>(OWN_ADDRESS_LIST),
    },
    batchLimit: t('Up to 300 mailboxes moving at once per endpoint', 'maxConcurrency'),
  },
  'express-hybrid': {
    migrates: hybridContent('hybridKeepsProfile'),
    userImpact: hybridImpact,
    adminEffort: effort('low'),
    coexistence: {
      freeBusy: t(false, 'fullHybridFreeBusy'),
      sharedGal: assume<boolean>(OWN_ADDRESS_LIST),
    },
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
      rules: assume<boolean | 'disabled'>(RULES_CHECKED),
    },
    userImpact: {
      downtime: t(
        'None while copying; mail switches with the MX change (allow 72 hours)',
        'mxPropagationHours',
      ),
    },
    adminEffort: effort('low'),
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
      rules: assume<boolean | 'disabled'>(RULES_CHECKED),
    },
    userImpact: {
      downtime: t(
        'None while copying; mail is forwarded once a batch is provisioned',
        'stagedNewProfile',
      ),
    },
    adminEffort: effort('medium'),
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
    adminEffort: effort('medium'),
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
    adminEffort: effort('medium'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t('Up to 300 mailboxes moving at once per endpoint', 'maxConcurrency'),
  },
  'pst-import-network': {
    migrates: pstContent,
    userImpact: pstImpact,
    adminEffort: effort('medium'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t(
      'At most 500 rows per mapping file; PST files of 20 GB or less',
      'pstMaxRowsPerMapping',
    ),
  },
  'pst-import-drive': {
    migrates: pstContent,
    userImpact: pstImpact,
    adminEffort: effort('high'),
    coexistence: noCoexistence('fullHybridFreeBusy'),
    batchLimit: t(
      'At most 500 rows per mapping file; USD 2 per GB shipped',
      'pstMaxRowsPerMapping',
    ),
  },
  'outlook-pst': {
    migrates: pstContent,
    userImpact: pstImpact,
    adminEffort: effort('low'),
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
        // without a fact behind it says what the plan assumes rather than guessing.
        newCredentials:
          credentials === 'from-it' || user.credentials.factIds[0] === undefined
            ? assume<boolean>(
                'Depends on how the accounts are made: with directory sync users keep their password; cloud-only accounts get a new one.',
              )
            : t(credentials === 'new', user.credentials.factIds[0]),
      },
    };
  });
}
