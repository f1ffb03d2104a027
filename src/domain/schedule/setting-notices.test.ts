import { describe, expect, it } from 'vitest';
import { buildSchedule } from './build-schedule.ts';
import { link, mailbox, testInput } from '../../testing/schedule-test-data.ts';
import type { PilotSetting, ScheduleInput } from './schedule-types.ts';

const codes = (input: ScheduleInput) => (buildSchedule(input).notices ?? []).map((n) => n.code);
const message = (input: ScheduleInput, code: string) =>
  (buildSchedule(input).notices ?? []).find((n) => n.code === code)?.message;
const hasPilot = (input: ScheduleInput) => buildSchedule(input).batches.some((b) => b.isPilot);
const auto = (volunteers: string[] = []): PilotSetting => ({ mode: 'auto', size: 3, volunteers });

describe('settingNotices', () => {
  it('says why an automatic pilot came out empty, and what would fill it', () => {
    const input = testInput(20, [], { pilot: auto() });
    expect(hasPilot(input)).toBe(false);
    expect(message(input, 'no-pilot')).toMatch(
      /no volunteer.*no user mailbox is in an IT department/,
    );
  });

  it('says nothing when IT staff fill the automatic pilot', () => {
    const input = testInput(20, [], { pilot: auto() });
    input.mailboxes[4] = mailbox(4, 1, 'IT');
    expect(hasPilot(input)).toBe(true);
    expect(codes(input)).not.toContain('no-pilot');
  });

  it('names volunteers who are not in the inventory and takes the others', () => {
    const input = testInput(20, [], { pilot: auto(['u2@x.test', 'Nobody@x.test ']) });
    expect(hasPilot(input)).toBe(true);
    expect(message(input, 'volunteer-unknown')).toBe(
      'The volunteer nobody@x.test is not a mailbox of the inventory: left out.',
    );
    expect(codes(input)).not.toContain('no-pilot');
  });

  it('counts and lists the first unknown pilot addresses, and says the pilot is empty', () => {
    const emails = ['a@y.test', 'b@y.test', 'c@y.test', 'd@y.test', 'a@y.test'];
    const input = testInput(20, [], { pilot: { mode: 'list', emails } });
    expect(hasPilot(input)).toBe(false);
    expect(message(input, 'pilot-unknown')).toBe(
      '4 pilot addresses are not mailboxes of the inventory: left out (a@y.test, b@y.test, c@y.test and 1 more).',
    );
    expect(message(input, 'no-pilot')).toMatch(/pilot list names no mailbox/);
  });

  it('names executives who are not in the inventory only while executives are kept together', () => {
    const settings = {
      executives: ['u1@x.test', 'ceo@y.test'],
      keepExecutivesWithAssistants: true,
    };
    expect(message(testInput(20, [], settings), 'executive-unknown')).toMatch(/ceo@y\.test/);
    const off = testInput(20, [], { ...settings, keepExecutivesWithAssistants: false });
    expect(codes(off)).not.toContain('executive-unknown');
  });

  it('says when volunteers and IT users exist but their groups are larger than the pilot', () => {
    const perms = [link(1, 2, 'full-access'), link(4, 5, 'folder')];
    const input = testInput(20, perms, {
      pilot: { mode: 'auto', size: 1, volunteers: ['u1@x.test'] },
    });
    input.mailboxes[4] = mailbox(4, 1, 'IT Operations');
    expect(hasPilot(input)).toBe(false);
    expect(message(input, 'no-pilot')).toMatch(/more people than the pilot size holds/);
    expect(codes(input)).not.toContain('volunteer-unknown');
  });

  it('matches addresses as typed: any case, spaces around, an SMTP: prefix', () => {
    const pilot = { mode: 'list', emails: [' U1@X.test ', 'SMTP:u2@x.test'] } as const;
    const input = testInput(20, [], {
      pilot: { ...pilot, emails: [...pilot.emails] },
      executives: ['  u3@x.TEST'],
      keepExecutivesWithAssistants: true,
    });
    const s = buildSchedule(input);
    expect(s.batches[0]!.isPilot).toBe(true);
    expect(s.batches[0]!.memberIndexes.length).toBe(2);
    expect((s.notices ?? []).map((n) => n.code)).toEqual([]);
  });

  it('has no pilot notices for a single cutover batch', () => {
    const input = testInput(20, [], { pilot: auto(['nobody@x.test']) }, 'cutover');
    expect(codes(input).filter((c) => /pilot|volunteer/.test(c))).toEqual([]);
  });
});
