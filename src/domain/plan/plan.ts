import { DEFAULT_COMM_OFFSETS } from '../impact/comm-offsets.ts';
import type { MigrationMethod } from '../methods/method-list.ts';

/**
 * The wizard's answers as typed so far: a nested object whose leaves may be missing or
 * invalid. `validateProfile` turns it into an OrgProfile once every step is answered.
 */
export type ProfileDraft = { [key: string]: unknown };

export type ImportedFileMeta = {
  name: string;
  importedAt: string;
  rows: number;
  accepted: number;
  errors: number;
  warnings: number;
  /** Totals of a mailbox inventory, for pre-filling the wizard's size answers. */
  totalGB?: number;
  largestGB?: number;
  /** The file is one of the app's fictional samples (public/samples), not the user's export. */
  sample?: boolean;
  /** The user keeps the typed answers although this inventory's totals differ (reconciliation.ts). */
  answersKept?: boolean;
};

/**
 * Everything a user typed or chose for one plan: what the browser stores and what a plan
 * file carries. Results (recommendation, schedule, notes) are derived from it, never stored.
 * Bulky inventory rows live beside it in IndexedDB, keyed by plan id.
 */
export type PlanInputs = {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The whole plan is the app's fictional sample ("Try a sample plan"). */
  sample?: boolean;
  /**
   * BCP 47 locale for numbers and dates on its pages and in its PDF (a consultant writing for
   * a client abroad); without one, the browser's (domain/format.ts `resolveLocale`).
   */
  locale?: string;
  profile: ProfileDraft;
  wizard: { committedSteps: string[] };
  /** The method the user chose on the recommendation page, and why when it is not the recommended one. */
  choice: { method: MigrationMethod; reason: string } | null;
  inventory: {
    mailboxFile: ImportedFileMeta | null;
    permissionFile: ImportedFileMeta | null;
    /** Field → header chosen by hand for headers the importer did not recognise. */
    mapping: Record<string, string>;
  };
  schedule: {
    /** ScheduleSettings (domain/schedule) once the user saved them. */
    settings: Record<string, unknown> | null;
    /** Manual edits, applied in order; undo removes the last one. */
    edits: unknown[];
  };
  impact: {
    /** Days relative to each batch's cut-over on which notices go out. */
    commOffsets: number[];
    /** Runbook items the team has ticked, by stable item id. */
    ticked: string[];
  };
  export: {
    consultantName: string;
    clientName: string;
    /** Logo as a data: URL, kept locally so the PDF cover can show it. */
    logoDataUrl: string | null;
    lastExportedAt: string | null;
    /** What the PowerShell script needs to know about the source (servers, tenant, admin). */
    script?: PlanScriptSettings;
  };
};

/** Script settings a user types on the export page; never credentials (Get-Credential asks). */
export type PlanScriptSettings = {
  adminEmail?: string;
  remoteServer?: string;
  tenant?: string;
  imapPort?: number;
  imapSecurity?: 'None' | 'Ssl' | 'Tls';
  googleTargetDeliveryDomain?: string;
  googleKeyFile?: string;
  existingEndpoint?: string;
};

/** A new, empty plan. The id and the time come from the caller: the domain reads no clock. */
export function newPlan(id: string, name: string, now: string): PlanInputs {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    profile: {},
    wizard: { committedSteps: [] },
    choice: null,
    inventory: { mailboxFile: null, permissionFile: null, mapping: {} },
    schedule: { settings: null, edits: [] },
    impact: { commOffsets: [...DEFAULT_COMM_OFFSETS], ticked: [] },
    export: { consultantName: '', clientName: '', logoDataUrl: null, lastExportedAt: null },
  };
}
