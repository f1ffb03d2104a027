import { EXCHANGE_VERSIONS } from './profile.ts';

/**
 * The wizard as data: its steps, the questions of each, which answers make a question
 * irrelevant, and how a typed text becomes a profile value. The UI renders these; the
 * decisions (what to ask, how to read it) live here so they are tested without a browser.
 */
export type QuestionKind = 'text' | 'number' | 'yes-no' | 'choice';

export type Question = {
  /** Dot path into the profile draft, e.g. `needs.freeBusy`. */
  path: string;
  label: string;
  /** One line on why the question matters. */
  hint: string;
  kind: QuestionKind;
  options?: readonly { value: string; label: string }[];
  /** Optional questions may stay empty. */
  optional?: boolean;
  /** Unit shown after number inputs. */
  unit?: string;
  /** Whether the question applies, given the answers so far. */
  applies?: (draft: Draft) => boolean;
};

export type Draft = { [key: string]: unknown };

export type WizardStep = { id: string; title: string; questions: readonly Question[] };

const isExchange = (d: Draft) => getPath(d, 'source.kind') === 'exchange';
const isPstOnly = (d: Draft) => getPath(d, 'source.kind') === 'pst-only';
const hasPstFiles = (d: Draft) => isPstOnly(d) || getPath(d, 'hasPst') === true;

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const WIZARD_STEPS: readonly WizardStep[] = [
  {
    id: 'organisation',
    title: 'Organisation',
    questions: [
      {
        path: 'organisation.name',
        label: 'Organisation name',
        hint: 'Shown on the plan and the PDF cover.',
        kind: 'text',
        optional: true,
      },
      {
        path: 'country',
        label: 'Country (two-letter code)',
        hint: 'Drive shipping of PST files is not offered in every country (not in DE or CH).',
        kind: 'text',
      },
    ],
  },
  {
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
  },
  {
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
  },
  {
    id: 'timing',
    title: 'Timing',
    questions: [
      {
        path: 'deadlineWeeks',
        label: 'Weeks until the last mailbox must be moved',
        hint: 'Express suits about two weeks, minimal hybrid a couple of months.',
        kind: 'number',
        unit: 'weeks',
      },
      {
        path: 'timing.window',
        label: 'When may switch-overs happen?',
        hint: 'The schedule puts each batch’s final switch in these windows; the schedule page can change the days.',
        kind: 'choice',
        options: [
          { value: 'evenings-weekends', label: 'Weekday evenings and Saturdays' },
          { value: 'weekends', label: 'Saturdays only' },
          { value: 'business-hours', label: 'Any working day' },
        ],
      },
    ],
  },
  {
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
  },
  {
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
  },
];

export function stepById(id: string): WizardStep | undefined {
  return WIZARD_STEPS.find((s) => s.id === id);
}

/** The questions of a step that apply to the answers so far. */
export function visibleQuestions(step: WizardStep, draft: Draft): Question[] {
  return step.questions.filter((q) => !q.applies || q.applies(draft));
}

/** The step after `id`, or null after the last. */
export function nextStepId(id: string): string | null {
  const i = WIZARD_STEPS.findIndex((s) => s.id === id);
  return WIZARD_STEPS[i + 1]?.id ?? null;
}

export function previousStepId(id: string): string | null {
  const i = WIZARD_STEPS.findIndex((s) => s.id === id);
  return i > 0 ? (WIZARD_STEPS[i - 1]?.id ?? null) : null;
}

/** Where a half-answered wizard resumes: the first step not yet committed. */
export function resumeStepId(committed: readonly string[]): string {
  const open = WIZARD_STEPS.find((s) => !committed.includes(s.id));
  return (open ?? WIZARD_STEPS[0]!).id;
}

export function getPath(draft: Draft, path: string): unknown {
  let cur: unknown = draft;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Draft)[key];
  }
  return cur;
}

/** A copy of `draft` with `value` at `path` (undefined removes it). */
export function setPath(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split('.');
  if (!head) return draft;
  const copy: Draft = { ...draft };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  copy[head] = setPath(
    typeof child === 'object' && child !== null ? (child as Draft) : {},
    rest.join('.'),
    value,
  );
  return copy;
}

/** The text an input shows for a stored value. */
export function formatAnswer(q: Question, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (q.kind === 'yes-no') return value === true ? 'yes' : value === false ? 'no' : '';
  return String(value);
}

/**
 * Reads what the user typed into the value stored in the draft. Returns an error in words
 * when the text cannot be read; range checks come from validateProfile.
 */
export function parseAnswer(q: Question, text: string): { value: unknown } | { error: string } {
  const t = text.trim();
  if (t === '') return q.optional ? { value: undefined } : { error: `Answer “${q.label}”.` };
  switch (q.kind) {
    case 'number': {
      const n = Number(t.replace(/[\s,_]/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: `${q.label} must be a number.` };
    }
    case 'yes-no':
      return t === 'yes'
        ? { value: true }
        : t === 'no'
          ? { value: false }
          : { error: `Answer yes or no: ${q.label}` };
    case 'choice':
      return q.options?.some((o) => o.value === t)
        ? { value: t }
        : { error: `Choose one option for “${q.label}”.` };
    case 'text':
      return { value: t };
  }
}
