import { describe, expect, it } from 'vitest';
import { resolvePermissions } from '../domain/inventory/resolve-permissions.ts';
import { buildSchedule } from '../domain/schedule/build-schedule.ts';
import { link, testInput } from '../testing/schedule-test-data.ts';
import type { ScheduleInput } from '../domain/schedule/schedule-types.ts';
import { batchOfEmail } from '../domain/schedule/schedule-view.ts';
import { createBuildScheduleHandler } from './build-schedule-handler.ts';
import {
  inventoryParts,
  type BuildScheduleMessage,
  type ScheduleWorkerRequest,
} from './build-schedule-messages.ts';

const run = () => {
  const messages: BuildScheduleMessage[] = [];
  const handler = createBuildScheduleHandler((m) => messages.push(m));
  return { messages, handle: (requests: ScheduleWorkerRequest[]) => requests.forEach(handler) };
};

/** A request, after the inventory's parts (of 7 rows, so there are several) if it is sent. */
const request = (input: ScheduleInput, withInventory: boolean): ScheduleWorkerRequest[] => [
  ...(withInventory ? inventoryParts(input, 7) : []),
  {
    type: 'schedule',
    method: input.method,
    settings: input.settings,
    edits: input.edits,
    inventory: withInventory ? 'parts' : null,
  },
];

// The second permission names its owner by alias, as Get-MailboxPermission exports do.
const input = testInput(
  30,
  [link(1, 2, 'calendar-delegate'), { ...link(3, 4, 'folder'), owner: 'u3' }],
  {
    batchSize: 5,
  },
);
const expected = (i: ScheduleInput) =>
  buildSchedule({ ...i, permissions: resolvePermissions(i.permissions, i.mailboxes).permissions });

describe('schedule worker handler', () => {
  it('posts progress, then the schedule of the inventory sent, permissions resolved', () => {
    const { messages, handle } = run();
    handle(request(input, true));
    expect(messages.filter((m) => m.type === 'progress').length).toBeGreaterThan(3);
    const done = messages.at(-1);
    expect(done).toEqual({ type: 'done', schedule: expected(input) });
    // u3 and u4 are kept together although the permission named u3 by alias.
    const schedule = done?.type === 'done' ? done.schedule : null;
    const batchOf = (email: string) => schedule && batchOfEmail(schedule, email)?.id;
    expect(batchOf('u3@x.test')).toBe(batchOf('u4@x.test'));
  });

  it('schedules the inventory it holds when a request carries none', () => {
    const { messages, handle } = run();
    handle(request(input, true));
    const first = messages.at(-1);
    const moved: ScheduleInput = {
      ...input,
      settings: { ...input.settings, batchSize: 7 },
      edits: [{ type: 'move', email: 'u0@x.test', toBatchId: 'batch-002' }],
    };
    handle(request(moved, false));
    const second = messages.at(-1);
    expect(second).toEqual({ type: 'done', schedule: expected(moved) });
    expect(second).not.toEqual(first);
  });

  it('replaces the inventory it holds when a request carries another', () => {
    const { messages, handle } = run();
    handle(request(input, true));
    const other = testInput(12);
    handle(request(other, true));
    handle(request(other, false));
    expect(messages.at(-1)).toEqual({ type: 'done', schedule: expected(other) });
  });

  it('reports an error, not a schedule, when it holds no inventory', () => {
    const { messages, handle } = run();
    handle(request(input, false));
    expect(messages).toEqual([
      { type: 'error', message: 'The scheduler was not sent an inventory.' },
    ]);
    handle([request(input, true).at(-1)!]);
    expect(messages.at(-1)).toEqual({
      type: 'error',
      message: 'The scheduler was sent no inventory parts.',
    });
  });

  it('starts a new inventory at a first part, dropping parts of one never scheduled', () => {
    const { messages, handle } = run();
    const other = testInput(12);
    handle(inventoryParts(other, 5).slice(0, 2));
    handle(request(input, true));
    expect(messages.at(-1)).toEqual({ type: 'done', schedule: expected(input) });
  });
});
