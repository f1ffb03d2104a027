/// <reference lib="webworker" />
import { createBuildScheduleHandler } from './build-schedule-handler.ts';
import type { ScheduleWorkerRequest } from './build-schedule-messages.ts';

// A thin shell: the logic is in createBuildScheduleHandler and buildSchedule, which tests
// run directly in Node. The page keeps this worker between runs (see src/store/schedule-worker.ts), so
// the inventory it holds and the scheduler's scratch memory serve the next run too.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createBuildScheduleHandler((m) => scope.postMessage(m));
scope.addEventListener('message', (event: MessageEvent<ScheduleWorkerRequest>) =>
  handle(event.data),
);
