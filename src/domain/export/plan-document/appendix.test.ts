import { describe, expect, it } from 'vitest';
import { docInput, person } from '../../../testing/plan-document-test-data.ts';
import { testInput } from '../../../testing/schedule-test-data.ts';
import { buildSchedule } from '../../schedule/build-schedule.ts';
import { planDocument } from './index.ts';

describe('planDocument: appendix', () => {
  it('lists each batch by name, numbers in order, then by address', () => {
    const schedule = buildSchedule(testInput(12, [], { batchSize: 12 }));
    const mailboxes = Array.from({ length: 12 }, (_, i) =>
      person(`u${i}@x.test`, i === 5 ? 'user 10' : `User ${i % 11}`),
    );
    const doc = planDocument(docInput({ schedule, mailboxes }));
    expect(doc.appendix.groups[0]!.rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'User 0 u0@x.test',
      'User 0 u11@x.test',
      'User 1 u1@x.test',
      'User 2 u2@x.test',
      'User 3 u3@x.test',
      'User 4 u4@x.test',
      'User 6 u6@x.test',
      'User 7 u7@x.test',
      'User 8 u8@x.test',
      'User 9 u9@x.test',
      'user 10 u5@x.test',
      'User 10 u10@x.test',
    ]);
  });
});
