import { describe, expect, it } from 'vitest';
import { commitStep } from './commit-step.ts';
import { validateProfile } from './profile.ts';
import {
  WIZARD_STEPS,
  formatAnswer,
  nextStepId,
  parseAnswer,
  previousStepId,
  resumeStepId,
  stepById,
  visibleQuestions,
  type Draft,
} from './wizard-steps.ts';

function commitAll(steps: [string, Record<string, string>][]): Draft {
  let draft: Draft = {};
  for (const [id, texts] of steps) {
    const r = commitStep(draft, id, texts);
    if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.errors)}`);
    draft = r.draft;
  }
  return draft;
}

const exchange2019: [string, Record<string, string>][] = [
  ['organisation', { 'organisation.name': 'Contoso', country: 'de' }],
  ['source', { 'source.kind': 'exchange', 'source.version': '2019' }],
  ['size', { mailboxCount: '1,200', totalDataGB: '3000', hasPst: 'no' }],
  ['timing', { deadlineWeeks: '8', 'timing.window': 'evenings-weekends' }],
  [
    'coexistence',
    { 'needs.freeBusy': 'no', 'needs.calendarAndContacts': 'yes', directorySync: 'keep' },
  ],
  ['network', { bandwidthMbps: '200', enterpriseAgreement: 'no' }],
];

describe('wizard steps', () => {
  it('committing every step yields a valid profile', () => {
    const draft = commitAll(exchange2019);
    const r = validateProfile(draft);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.profile.mailboxCount).toBe(1200);
      expect(r.profile.country).toBe('DE');
      expect(r.profile.source).toEqual({ kind: 'exchange', version: '2019' });
    }
  });

  it('does not ask the Exchange version or free/busy for a Google source, and implies them', () => {
    const source = stepById('source')!;
    expect(
      visibleQuestions(source, { source: { kind: 'google-workspace' } }).map((q) => q.path),
    ).toEqual(['source.kind']);
    const coex = stepById('coexistence')!;
    expect(visibleQuestions(coex, { source: { kind: 'imap' } }).map((q) => q.path)).toEqual([
      'needs.calendarAndContacts',
      'directorySync',
    ]);
    const r = commitStep({ source: { kind: 'exchange', version: '2016' } }, 'source', {
      'source.kind': 'google-workspace',
      'source.version': '2016',
    });
    expect(r.ok && r.draft).toEqual({
      source: { kind: 'google-workspace' },
      needs: { freeBusy: false },
    });
  });

  it('asks PST questions only when there are PST files', () => {
    const size = stepById('size')!;
    const paths = (d: Draft) => visibleQuestions(size, d).map((q) => q.path);
    expect(paths({ hasPst: false })).not.toContain('pst.files');
    expect(paths({ hasPst: true })).toContain('pst.files');
    expect(paths({ source: { kind: 'pst-only' } })).toEqual(
      expect.arrayContaining(['pst.files', 'pst.totalGB']),
    );
    expect(paths({ source: { kind: 'pst-only' } })).not.toContain('hasPst');
  });

  it('reports errors next to the field, by label, and commits nothing', () => {
    const before: Draft = { mailboxCount: 5 };
    const r = commitStep(before, 'size', { mailboxCount: '-3', totalDataGB: 'lots', hasPst: 'no' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.totalDataGB).toBe('Total mailbox data must be a number.');
    expect(r.errors.mailboxCount).toMatch(/whole number of 0 or more/);
    expect(r.draft).toBe(before);
  });

  it('rejects fractional counts and a largest mailbox above the total', () => {
    const r = commitStep({}, 'size', {
      mailboxCount: '10.5',
      totalDataGB: '10',
      largestMailboxGB: '20',
      hasPst: 'no',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.mailboxCount).toMatch(/whole number/);
      expect(r.errors.largestMailboxGB).toMatch(/cannot be more than the total/);
    }
  });

  it('ignores problems of steps not answered yet', () => {
    const r = commitStep({}, 'organisation', { country: 'GB' });
    expect(r.ok).toBe(true);
  });

  it('requires the answers that are not optional', () => {
    const r = commitStep({}, 'network', { bandwidthMbps: '', enterpriseAgreement: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['bandwidthMbps', 'enterpriseAgreement']);
    }
  });

  it('navigates between steps and resumes at the first open one', () => {
    expect(nextStepId('organisation')).toBe('source');
    expect(nextStepId('network')).toBeNull();
    expect(previousStepId('organisation')).toBeNull();
    expect(previousStepId('size')).toBe('source');
    expect(resumeStepId([])).toBe('organisation');
    expect(resumeStepId(['organisation', 'source'])).toBe('size');
    expect(resumeStepId(WIZARD_STEPS.map((s) => s.id))).toBe('organisation');
  });

  it('formats and parses answers both ways', () => {
    const yn = stepById('network')!.questions[1]!;
    expect(formatAnswer(yn, true)).toBe('yes');
    expect(parseAnswer(yn, 'no')).toEqual({ value: false });
    const num = stepById('size')!.questions[0]!;
    expect(parseAnswer(num, ' 5 000 ')).toEqual({ value: 5000 });
    expect(formatAnswer(num, undefined)).toBe('');
  });
});
