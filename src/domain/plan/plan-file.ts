import * as v from 'valibot';
import type { ImportProblem, Mailbox, Permission } from '../inventory/mailbox.ts';
import type { Result } from '../result.ts';
import type { PlanInputs } from './plan.ts';
import { planV0ToV1 } from './plan-migrations.ts';
import { validatePlanInputs } from './plan-schema.ts';
import { CURRENT_PLAN_VERSION, type PlanV0 } from './plan-versions.ts';

export const PLAN_FILE_FORMAT = 'exchange-migration-planner/plan';

export type PlanFileInventory = {
  mailboxes: Mailbox[];
  mailboxProblems: ImportProblem[];
  permissions: Permission[];
  permissionProblems: ImportProblem[];
};

export type PlanFile = { plan: PlanInputs; inventory: PlanFileInventory | null };

/** A plan and its inventory as one versioned JSON text, for moving a plan between people. */
export function serializePlanFile(file: PlanFile, exportedAt: string): string {
  return JSON.stringify(
    {
      format: PLAN_FILE_FORMAT,
      version: CURRENT_PLAN_VERSION,
      exportedAt,
      plan: file.plan,
      inventory: file.inventory,
    },
    null,
    1,
  );
}

const nullableNumber = v.nullable(v.number());
const mailboxSchema = v.object({
  row: v.number(),
  displayName: v.string(),
  email: v.string(),
  type: v.picklist([
    'UserMailbox',
    'SharedMailbox',
    'RoomMailbox',
    'EquipmentMailbox',
    'LinkedMailbox',
    'Other',
  ]),
  sizeBytes: nullableNumber,
  itemCount: nullableNumber,
  archiveSizeBytes: nullableNumber,
  department: v.string(),
  office: v.string(),
  database: v.string(),
});
const permissionSchema = v.object({
  row: v.number(),
  owner: v.string(),
  grantee: v.string(),
  kind: v.picklist(['calendar-delegate', 'folder', 'send-as', 'send-on-behalf', 'full-access']),
  rights: v.string(),
});
const problemSchema = v.object({
  file: v.string(),
  row: v.number(),
  column: v.optional(v.string()),
  reason: v.string(),
  severity: v.picklist(['error', 'warning']),
});
const inventorySchema = v.nullable(
  v.object({
    mailboxes: v.array(mailboxSchema),
    mailboxProblems: v.array(problemSchema),
    permissions: v.array(permissionSchema),
    permissionProblems: v.array(problemSchema),
  }),
);

function refuse(message: string): Result<PlanFile> {
  return { ok: false, problems: [{ path: '(file)', message }] };
}

/**
 * Reads a plan file, migrating older versions. Anything that is not a plan file, or is
 * damaged, is refused with a message a person understands; nothing is half-read.
 */
export function parsePlanFile(text: string): Result<PlanFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not a plan file: it is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('This file is not a plan file.');
  }
  const record = data as Record<string, unknown>;
  if (record.format !== PLAN_FILE_FORMAT) {
    return refuse('This file is not an Exchange Migration Planner plan file.');
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('The plan file has no readable version.');
  }
  if (version > CURRENT_PLAN_VERSION) {
    return refuse(
      `The plan file was written by a newer version of the planner (format ${version}); update the app to open it.`,
    );
  }
  let plan: unknown = record.plan;
  if (version === 0) {
    const old = plan as PlanV0 | undefined;
    if (!old || typeof old.id !== 'string' || typeof old.title !== 'string') {
      return refuse('The plan file is damaged: its plan is incomplete.');
    }
    plan = planV0ToV1({ ...old, created: typeof old.created === 'string' ? old.created : '' });
  }
  const checked = validatePlanInputs(plan);
  if (!checked.ok) {
    const first = checked.problems[0];
    return refuse(
      `The plan file is damaged: ${first ? `${first.path}: ${first.message}` : 'invalid plan'}.`,
    );
  }
  const inventory = v.safeParse(inventorySchema, record.inventory ?? null);
  if (!inventory.success) {
    return refuse('The plan file is damaged: its inventory cannot be read.');
  }
  return { ok: true, value: { plan: checked.value, inventory: inventory.output } };
}
