import * as v from 'valibot';
import { METHODS } from '../methods/method-list.ts';
import type { Problem, Result } from '../result.ts';
import type { PlanInputs } from './plan.ts';

const fileMeta = v.nullable(
  v.object({
    name: v.string(),
    importedAt: v.string(),
    rows: v.number(),
    accepted: v.number(),
    errors: v.number(),
    warnings: v.number(),
    totalGB: v.optional(v.number()),
    largestGB: v.optional(v.number()),
    sample: v.optional(v.boolean()),
    answersKept: v.optional(v.boolean()),
  }),
);

/** The shape every stored plan and every plan file must have after migrating. */
export const planInputsSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  // Optional, as `export.script` below: plans stored before it existed stay valid.
  sample: v.optional(v.boolean()),
  locale: v.optional(v.pipe(v.string(), v.maxLength(35))),
  profile: v.record(v.string(), v.unknown()),
  wizard: v.object({ committedSteps: v.array(v.string()) }),
  choice: v.nullable(v.object({ method: v.picklist(METHODS), reason: v.string() })),
  inventory: v.object({
    mailboxFile: fileMeta,
    permissionFile: fileMeta,
    mapping: v.record(v.string(), v.string()),
  }),
  schedule: v.object({
    settings: v.nullable(v.record(v.string(), v.unknown())),
    edits: v.array(v.unknown()),
  }),
  impact: v.object({ commOffsets: v.array(v.number()), ticked: v.array(v.string()) }),
  export: v.object({
    consultantName: v.string(),
    clientName: v.string(),
    logoDataUrl: v.nullable(v.string()),
    lastExportedAt: v.nullable(v.string()),
    // Optional, so plans stored before it existed stay valid without a migration step.
    script: v.optional(
      v.object({
        adminEmail: v.optional(v.string()),
        remoteServer: v.optional(v.string()),
        tenant: v.optional(v.string()),
        imapPort: v.optional(v.number()),
        imapSecurity: v.optional(v.picklist(['None', 'Ssl', 'Tls'])),
        googleTargetDeliveryDomain: v.optional(v.string()),
        googleKeyFile: v.optional(v.string()),
        existingEndpoint: v.optional(v.string()),
      }),
    ),
  }),
});

/** Checks that untrusted data (storage, a plan file) is a complete plan. */
export function validatePlanInputs(input: unknown): Result<PlanInputs> {
  const parsed = v.safeParse(planInputsSchema, input);
  if (parsed.success) return { ok: true, value: parsed.output as PlanInputs };
  const problems: Problem[] = parsed.issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '(plan)',
    message: issue.message,
  }));
  return { ok: false, problems };
}
