import { WIZARD_STEPS } from '../profile/wizard-steps.ts';
import { validateProfile } from '../profile/profile.ts';
import { recommend } from '../strategy/recommend.ts';
import { newPlan, type ImportedFileMeta, type PlanInputs, type ProfileDraft } from './plan.ts';
import { planScheduleSettings } from './plan-schedule-settings.ts';
import { SAMPLE_ORGANISATION } from './sample-data.ts';

/** What the sample plan needs to know of the imported sample inventory. */
export type SampleInventoryTotals = { mailboxes: number; totalGB: number; largestGB: number };

/**
 * The sample's answers, as Fabrikam's IT lead would give them: Exchange 2016 in the UK, an
 * inventory-sized move in 16 weeks, free/busy and one address list kept while it runs.
 */
export function sampleProfile(totals: SampleInventoryTotals): ProfileDraft {
  return {
    organisation: { name: SAMPLE_ORGANISATION },
    country: 'GB',
    source: { kind: 'exchange', version: '2016' },
    mailboxCount: totals.mailboxes,
    totalDataGB: Math.ceil(totals.totalGB),
    largestMailboxGB: Math.ceil(totals.largestGB),
    itemsOver150MB: false,
    hasPst: false,
    deadlineWeeks: 16,
    timing: { window: 'evenings-weekends' },
    needs: { freeBusy: true, singleGal: true, calendarAndContacts: true },
    directorySync: 'keep',
    bandwidthMbps: 500,
    enterpriseAgreement: false,
  };
}

/**
 * A complete plan for the sample: every question answered, the recommended method chosen,
 * the inventory's file records (the rows are stored beside it), schedule settings saved in
 * the organisation's time zone, and the export's client and script settings filled in.
 * `sample` marks it on every page and in every file it makes.
 */
export function samplePlan(
  id: string,
  now: string,
  files: { mailboxFile: ImportedFileMeta; permissionFile: ImportedFileMeta | null },
): PlanInputs {
  const base = newPlan(id, `${SAMPLE_ORGANISATION} (sample)`, now);
  const profile = sampleProfile({
    mailboxes: files.mailboxFile.accepted,
    totalGB: files.mailboxFile.totalGB ?? 0,
    largestGB: files.mailboxFile.largestGB ?? 0,
  });
  const checked = validateProfile(profile);
  if (!checked.ok) {
    throw new Error(`The sample's answers are invalid: ${checked.problems[0]?.message ?? ''}`);
  }
  const plan: PlanInputs = {
    ...base,
    sample: true,
    profile,
    wizard: { committedSteps: WIZARD_STEPS.map((s) => s.id) },
    choice: { method: recommend(checked.profile).method, reason: '' },
    inventory: { ...base.inventory, ...files },
    export: {
      ...base.export,
      clientName: SAMPLE_ORGANISATION,
      script: {
        adminEmail: 'migration.admin@fabrikam.com',
        remoteServer: 'mail.fabrikam.com',
        tenant: 'fabrikam.onmicrosoft.com',
      },
    },
  };
  const settings = planScheduleSettings(plan, checked.profile, 'Europe/London');
  return { ...plan, schedule: { ...plan.schedule, settings: { ...settings } } };
}
