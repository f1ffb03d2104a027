import type { Format } from '../format.ts';
import { METHOD_LABELS, type MigrationMethod } from '../methods/method-list.ts';
import { validateProfile, type OrgProfile } from '../profile/profile.ts';
import { setPath } from '../profile/wizard-steps.ts';
import { chooseMethod } from '../strategy/decide.ts';
import type { PlanInputs, ProfileDraft } from './plan.ts';

/**
 * Our rule: how far the imported inventory may differ from the answers before every page says
 * so. Mailbox counts are usually known well, so 10 % is already a surprise; data volumes are
 * often guessed from a quota report, so 20 %. Either crossing changes the copy time enough
 * to move dates.
 */
export const RECONCILE_LIMITS = { mailboxes: 0.1, data: 0.2 } as const;

export type FigureGap = {
  figure: 'mailboxes' | 'data';
  answered: number;
  imported: number;
};

/** The inventory against the answers, when they differ by more than our rule allows. */
export type Reconciliation = {
  fileName: string;
  gaps: FigureGap[];
  /** The inventory's figures, as the answers would take them. */
  figures: { mailboxCount: number; totalDataGB: number; largestMailboxGB?: number };
  /** The recommended method with the answers, and with the inventory's figures, when they differ. */
  methodChange: { from: MigrationMethod; to: MigrationMethod } | null;
  /** The user chose to keep the answers for this inventory: pages say it quietly, the PDF still says it. */
  kept: boolean;
};

const beyond = (answered: number, imported: number, limit: number) =>
  answered === 0 ? imported > 0 : Math.abs(imported - answered) / answered > limit;

/** Null while there is nothing to compare (no finished answers, no imported totals) or nothing to say. */
export function reconcile(plan: Pick<PlanInputs, 'profile' | 'inventory'>): Reconciliation | null {
  const file = plan.inventory.mailboxFile;
  const checked = validateProfile(plan.profile);
  if (!file || file.totalGB === undefined || !checked.ok) return null;
  const p = checked.profile;
  const gaps: FigureGap[] = [];
  if (beyond(p.mailboxCount, file.accepted, RECONCILE_LIMITS.mailboxes))
    gaps.push({ figure: 'mailboxes', answered: p.mailboxCount, imported: file.accepted });
  if (beyond(p.totalDataGB, file.totalGB, RECONCILE_LIMITS.data))
    gaps.push({ figure: 'data', answered: p.totalDataGB, imported: file.totalGB });
  if (gaps.length === 0) return null;
  const figures = {
    mailboxCount: file.accepted,
    totalDataGB: file.totalGB,
    ...(file.largestGB !== undefined ? { largestMailboxGB: file.largestGB } : {}),
  };
  const adopted: OrgProfile = { ...p, ...figures };
  const from = chooseMethod(p);
  const to = chooseMethod(adopted);
  return {
    fileName: file.name,
    gaps,
    figures,
    methodChange: from === to ? null : { from, to },
    kept: file.answersKept === true,
  };
}

/** The answers with the inventory's figures in place of the typed ones. */
export function adoptInventoryFigures(draft: ProfileDraft, r: Reconciliation): ProfileDraft {
  let next = draft;
  for (const [path, value] of Object.entries(r.figures)) next = setPath(next, path, value);
  return next;
}

function change(answered: number, imported: number): string {
  if (answered === 0) return 'none answered';
  const pct = Math.round(((imported - answered) / answered) * 100);
  return `${pct > 0 ? '+' : ''}${pct} %`;
}

/** The notice in words, for every page and the PDF. */
export function reconciliationSentences(r: Reconciliation, f: Format): string[] {
  const parts = r.gaps.map((g) =>
    g.figure === 'mailboxes'
      ? `${f.plural(g.imported, 'mailbox', 'mailboxes')} where the answers say ${f.count(g.answered)} (${change(g.answered, g.imported)})`
      : `${f.decimal(g.imported)} GB of data where the answers say ${f.count(g.answered)} GB (${change(g.answered, g.imported)})`,
  );
  const out = [`The imported inventory ${r.fileName} holds ${parts.join(', and ')}.`];
  if (r.methodChange)
    out.push(
      `With the inventory’s figures the recommendation changes from ${METHOD_LABELS[r.methodChange.from]} to ${METHOD_LABELS[r.methodChange.to]}.`,
    );
  else
    out.push('The recommended method stays the same, but copy times and dates follow the figures.');
  if (r.kept) out.push('The plan keeps the answered figures, by the planner’s choice.');
  return out;
}
