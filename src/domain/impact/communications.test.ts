import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import { communicationsCalendar, type Notice } from './communications.ts';
import { fixtureSchedule } from '../../testing/impact-test-data.ts';
import { batchEmails } from '../schedule/schedule-view.ts';
import { mailMergeRows } from './mail-merge-rows.ts';
import { noticePhase } from './notice-phase.ts';
import { renderNotice } from './render-notice.ts';
import { teamEvents } from './team-events.ts';

const fullText = (notices: Notice[]) =>
  notices
    .map((n) => renderNotice(n, { name: 'Alice', email: 'alice@contoso.com' }))
    .map((m) => `${m.subject}\n${m.body}`)
    .join('\n');

const byBatch = (notices: Notice[], id: string) =>
  notices.filter((n) => n.batchId === id).map((n) => [n.offsetDays, n.sendDate]);

const text = (m: MigrationMethod) => fullText(communicationsCalendar(m, fixtureSchedule));

describe('communicationsCalendar dates', () => {
  const notices = communicationsCalendar('cutover', fixtureSchedule);

  it('sends T-14, T-7, T-2, T-0 and T+1 for each batch, counted from its switch-over date', () => {
    expect(byBatch(notices, 'b1')).toEqual([
      [-14, '2025-02-28'],
      [-7, '2025-03-07'],
      [-2, '2025-03-12'],
      [0, '2025-03-14'],
      [1, '2025-03-15'],
    ]);
    expect(byBatch(notices, 'b2')).toEqual([
      [-14, '2025-03-18'],
      [-7, '2025-03-25'],
      [-2, '2025-03-30'],
      [0, '2025-04-01'],
      [1, '2025-04-02'],
    ]);
  });

  it('carries the batch date, members and a stable id', () => {
    for (const n of notices) {
      const batch = fixtureSchedule.batches.find((b) => b.id === n.batchId)!;
      expect(n.batchDate).toBe(batch.cutoverDate);
      expect(n.fields.batchDate).toBe(batch.cutoverDate);
      expect(n.recipients).toEqual(batchEmails(fixtureSchedule, batch));
      expect(n.id).toBe(`${batch.id}:${n.offsetDays}`);
    }
  });

  it('is in send-date order', () => {
    const dates = notices.map((n) => n.sendDate);
    expect(dates).toEqual(dates.toSorted());
  });

  it('takes edited offsets, dropping duplicates and non-whole days', () => {
    const custom = communicationsCalendar('cutover', fixtureSchedule, [-3, 0, -3, 2.5, -21]);
    expect(
      custom.filter((n) => n.batchId === 'b1').map((n) => [n.offsetDays, n.sendDate, n.phase]),
    ).toEqual([
      [-21, '2025-02-21', 'announce'],
      [-3, '2025-03-11', 'prepare'],
      [0, '2025-03-14', 'today'],
    ]);
  });

  it('renders the batch date into the subject', () => {
    const first = notices[0]!;
    expect(renderNotice(first, { name: 'Alice', email: 'alice@contoso.com' }).subject).toBe(
      'Your mailbox moves to Microsoft 365 on 2025-03-14',
    );
  });
});

describe('noticePhase', () => {
  it('maps the default offsets to one phase each', () => {
    expect([-14, -7, -2, 0, 1].map(noticePhase)).toEqual([
      'announce',
      'prepare',
      'reminder',
      'today',
      'follow-up',
    ]);
  });
});

describe('notice wording by method', () => {
  it.each(METHODS)('%s: every template greets by name, has what-to-do, cites facts', (m) => {
    for (const n of communicationsCalendar(m, fixtureSchedule)) {
      expect(n.body).toContain('{{name}}');
      expect(n.body).toContain('{{whatToDo}}');
      expect(n.fields.whatToDo.length).toBeGreaterThan(0);
      expect(n.factIds.length).toBeGreaterThan(0);
      for (const f of n.factIds) expect(isFactId(f)).toBe(true);
      const rendered = renderNotice(n, { name: 'Alice', email: 'alice@contoso.com' });
      expect(`${rendered.subject}${rendered.body}`).not.toMatch(/\{\{/);
    }
  });

  it('cutover: new Outlook profile and new password', () => {
    expect(text('cutover')).toMatch(/new Outlook profile/);
    expect(text('cutover')).toMatch(/new password/);
    expect(text('cutover')).toMatch(/temporary password/);
  });

  it.each(['full-hybrid', 'minimal-hybrid', 'express-hybrid'] as const)(
    '%s: no profile rebuild, no new password',
    (m) => {
      expect(text(m)).not.toMatch(
        /new Outlook profile|new password|temporary password|new account/i,
      );
      expect(text(m)).toMatch(/close Outlook and open it again/);
    },
  );

  it('express mentions that accounts are then managed in Microsoft 365', () => {
    expect(text('express-hybrid')).toMatch(/managed in Microsoft 365/);
    expect(text('full-hybrid')).not.toMatch(/managed in Microsoft 365/);
  });

  it('IMAP: calendar and contacts by PST', () => {
    expect(text('imap')).toMatch(/calendar and contacts/i);
    expect(text('imap')).toMatch(/PST/);
  });

  it('Google: rules re-enabled after the move', () => {
    const followUp = communicationsCalendar('google-workspace', fixtureSchedule).find(
      (n) => n.phase === 'follow-up',
    );
    expect(followUp?.fields.whatToDo).toMatch(/re-enable/);
  });

  it('staged: Out of Office, new profile', () => {
    expect(text('staged')).toMatch(/Out of Office/);
    expect(text('staged')).toMatch(/new Outlook profile/);
  });

  it('PST: drive shipping is explained, network upload is not', () => {
    expect(text('pst-import-drive')).toMatch(/shipping/);
    expect(text('pst-import-network')).not.toMatch(/shipping/);
    expect(text('outlook-pst')).toMatch(/yourself, in Outlook/);
  });
});

describe('mail merge rows and team events', () => {
  const notices = communicationsCalendar('cutover', fixtureSchedule, [-7, 0]);

  it('has one row per notice and recipient, with the filled subject', () => {
    const rows = mailMergeRows(notices, (e) => e.split('@')[0]!.toUpperCase());
    expect(rows).toHaveLength(2 * 2 * 2);
    expect(rows[0]).toEqual({
      Email: 'alice@contoso.com',
      Name: 'ALICE',
      Batch: 'Pilot',
      BatchDate: '2025-03-14',
      SendDate: '2025-03-07',
      Offset: '-7',
      Subject: 'Getting ready: your mailbox moves on 2025-03-14',
      WhatToDo: notices[0]!.fields.whatToDo,
    });
  });

  it('puts each notice in the team calendar on its send date', () => {
    const events = teamEvents(notices);
    expect(events.map((e) => [e.batchId, e.offsetDays, e.date])).toEqual(
      notices.map((n) => [n.batchId, n.offsetDays, n.sendDate]),
    );
    expect(events[0]?.summary).toBe('Send T-7 notice to Pilot (2 people)');
    expect(events[0]?.description).toContain('Switch-over: 2025-03-14');
  });
});
