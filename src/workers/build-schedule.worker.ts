/// <reference lib="webworker" />
import { resolvePermissions } from '../domain/inventory/resolve-permissions.ts';
import { buildSchedule } from '../domain/schedule/build-schedule.ts';
import type {
  Schedule,
  ScheduleInput,
  ScheduleProgress,
} from '../domain/schedule/schedule-types.ts';

/** Messages this worker posts: progress while it runs, then the schedule (or the error). */
export type BuildScheduleMessage =
  | ({ type: 'progress' } & ScheduleProgress)
  | { type: 'done'; schedule: Schedule }
  | { type: 'error'; message: string };

// A thin shell: all logic is in buildSchedule, which tests run directly in Node.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: BuildScheduleMessage) => scope.postMessage(m, { transfer: [] });
scope.addEventListener('message', (event: MessageEvent<ScheduleInput>) => {
  try {
    // Permission exports name people by alias, DOMAIN\user or display name; batching needs addresses.
    const input = event.data;
    const permissions = resolvePermissions(input.permissions, input.mailboxes).permissions;
    const schedule = buildSchedule({ ...input, permissions }, (p) =>
      post({ type: 'progress', ...p }),
    );
    post({ type: 'done', schedule });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
