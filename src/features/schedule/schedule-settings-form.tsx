import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { facts } from '../../domain/facts.ts';
import type { ScheduleSettings } from '../../domain/schedule/schedule-types.ts';
import { BlackoutList } from './blackout-list.tsx';
import {
  durationText,
  readDraft,
  toDraft,
  type DraftErrors,
  type SettingsDraft,
} from '../../domain/schedule/settings-draft.ts';
import { FieldError, SettingsField } from './settings-field.tsx';
import { WeekdayFieldset } from './weekday-fieldset.tsx';
import { UnsavedGuard } from '../../ui/unsaved-guard.tsx';

function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** The published figures overridden by one number, with the default each falls back to. */
const NUMBER_OVERRIDES: {
  key: 'aggregateGBPerHour' | 'perMailboxGBPerHour' | 'networkEfficiency' | 'largeMailboxGB';
  label: string;
  fallback: number;
  max?: number;
}[] = [
  {
    key: 'aggregateGBPerHour',
    label: 'Throughput at 20 concurrent moves (GB/hour)',
    fallback: facts.aggregateGBPerHour.value,
  },
  {
    key: 'perMailboxGBPerHour',
    label: 'Throughput of one mailbox (GB/hour)',
    fallback: facts.perMailboxGBPerHour.value,
  },
  {
    key: 'networkEfficiency',
    label: 'Usable share of the bandwidth (0 to 1)',
    fallback: facts.networkUploadEfficiency.value,
    max: 1,
  },
  {
    key: 'largeMailboxGB',
    label: 'Flag mailboxes larger than (GB)',
    fallback: facts.largeMailboxGB.value,
  },
];

/** The published duration tables, overridden as text (see parseDurationTable). */
const DURATION_OVERRIDES: {
  key: 'durationP50Days' | 'durationP90Days';
  label: string;
  fallback: readonly (readonly [number, number])[];
}[] = [
  {
    key: 'durationP50Days',
    label: 'Days to copy a mailbox, median',
    fallback: facts.durationByMailboxSize.value,
  },
  {
    key: 'durationP90Days',
    label: 'Days to copy a mailbox, 90th percentile',
    fallback: facts.durationByMailboxSizeP90.value,
  },
];

function TextAreaField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  const { id, error } = props;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <textarea
        id={id}
        rows={3}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function Radio(props: {
  name: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label className="choice">
      <input type="radio" name={props.name} checked={props.checked} onChange={props.onChange} />
      <span>{props.children}</span>
    </label>
  );
}

/**
 * The scheduling settings as a local draft: nothing reschedules while the user types;
 * "Save settings" checks every field and commits them to the plan.
 */
export function ScheduleSettingsForm(props: {
  settings: ScheduleSettings;
  /** The plan holds saved settings (else they are defaults from the answers). */
  saved: boolean;
  onSave: (settings: ScheduleSettings) => void;
  onReset: () => void;
}) {
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(props.settings));
  const dirty = useMemo(
    () => JSON.stringify(draft) !== JSON.stringify(toDraft(props.settings)),
    [draft, props.settings],
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState('');
  const zones = useMemo(() => timeZones(), []);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof SettingsDraft) => ({
    value: draft[key] as string,
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = readDraft(draft, props.settings);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('');
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`sch-${first}`)?.focus();
      return;
    }
    setErrors({});
    setStatus('Settings saved. The schedule is being recomputed.');
    props.onSave(result.settings);
  };
  const count = Object.keys(errors).length;
  const maxC = facts.maxConcurrency.value;

  return (
    <form
      className="card sch-settings"
      noValidate
      onSubmit={submit}
      aria-labelledby="sch-settings-heading"
    >
      <h2 id="sch-settings-heading">Settings</h2>
      <UnsavedGuard dirty={dirty} what="The schedule settings" />
      <p className="field-hint">
        {props.saved
          ? 'These settings were saved with the plan.'
          : 'Defaults drawn from your answers (deadline, bandwidth, switch-over window). Save to keep changes.'}
      </p>
      {count > 0 && (
        <p className="notice notice-error" role="alert">
          {count === 1 ? 'One setting needs' : `${count} settings need`} a fix before saving.
        </p>
      )}

      <div className="sch-form-grid">
        <SettingsField id="sch-startDate" label="Start date" type="date" {...text('startDate')} />
        <SettingsField
          id="sch-deadline"
          label={
            <>
              Deadline <span className="optional">(optional)</span>
            </>
          }
          type="date"
          {...text('deadline')}
        />
        <SettingsField
          id="sch-timeZone"
          label="Site time zone"
          hint="IANA name; dates are local there and converted to UTC for PowerShell."
          list="sch-time-zones"
          autoComplete="off"
          spellCheck={false}
          {...text('timeZone')}
        />
        <datalist id="sch-time-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>

      <div className="sch-form-grid">
        <div>
          <WeekdayFieldset
            id="sch-startWeekdays"
            legend="Copy may start on"
            value={draft.startWeekdays}
            error={errors.startWeekdays}
            onChange={(v) => set('startWeekdays', v)}
          />
          <SettingsField
            id="sch-startTime"
            label="Copy start time"
            type="time"
            {...text('startTime')}
          />
        </div>
        <div>
          <WeekdayFieldset
            id="sch-cutoverWeekdays"
            legend="Switch-over may happen on"
            value={draft.cutoverWeekdays}
            error={errors.cutoverWeekdays}
            onChange={(v) => set('cutoverWeekdays', v)}
          />
          <SettingsField
            id="sch-cutoverTime"
            label="Switch-over time"
            type="time"
            {...text('cutoverTime')}
          />
        </div>
      </div>

      <BlackoutList
        value={draft.blackouts}
        error={errors.blackouts}
        onChange={(v) => set('blackouts', v)}
      />

      <div className="sch-form-grid">
        <SettingsField
          id="sch-concurrency"
          label="Concurrent migrations"
          hint={`1 to ${maxC}; Microsoft's default is ${facts.defaultConcurrency.value}.`}
          type="number"
          inputMode="numeric"
          min={1}
          max={maxC}
          {...text('concurrency')}
        />
        <SettingsField
          id="sch-bandwidthMbps"
          label={
            <>
              Upload bandwidth (Mbit/s) <span className="optional">(empty = unknown)</span>
            </>
          }
          type="number"
          inputMode="decimal"
          min={0}
          {...text('bandwidthMbps')}
        />
        <SettingsField
          id="sch-batchSize"
          label={
            <>
              Target batch size <span className="optional">(empty = method limit)</span>
            </>
          }
          type="number"
          inputMode="numeric"
          min={1}
          {...text('batchSize')}
        />
      </div>

      <fieldset>
        <legend>Pilot batch</legend>
        <Radio
          name="sch-pilot"
          checked={draft.pilotMode === 'none'}
          onChange={() => set('pilotMode', 'none')}
        >
          No pilot
        </Radio>
        <Radio
          name="sch-pilot"
          checked={draft.pilotMode === 'auto'}
          onChange={() => set('pilotMode', 'auto')}
        >
          Automatic: volunteers first, then IT staff
        </Radio>
        <Radio
          name="sch-pilot"
          checked={draft.pilotMode === 'list'}
          onChange={() => set('pilotMode', 'list')}
        >
          These addresses
        </Radio>
        {draft.pilotMode === 'auto' && (
          <div className="sch-form-grid">
            <SettingsField
              id="sch-pilotSize"
              label="Pilot size (mailboxes)"
              type="number"
              inputMode="numeric"
              min={1}
              {...text('pilotSize')}
            />
            <TextAreaField
              id="sch-pilotVolunteers"
              label="Volunteers (optional)"
              hint="One address a line, or separated by commas."
              value={draft.pilotVolunteers}
              error={errors.pilotVolunteers}
              onChange={(v) => set('pilotVolunteers', v)}
            />
          </div>
        )}
        {draft.pilotMode === 'list' && (
          <TextAreaField
            id="sch-pilotList"
            label="Pilot addresses"
            hint="One address a line, or separated by commas."
            value={draft.pilotList}
            error={errors.pilotList}
            onChange={(v) => set('pilotList', v)}
          />
        )}
      </fieldset>

      <div className="sch-form-grid">
        <div className="field">
          <label className="field-label" htmlFor="sch-groupBy">
            Group batches by
          </label>
          <select
            id="sch-groupBy"
            value={draft.groupBy}
            onChange={(e) => set('groupBy', e.target.value as SettingsDraft['groupBy'])}
          >
            <option value="none">Nothing (permissions only)</option>
            <option value="department">Department</option>
            <option value="office">Office</option>
            <option value="database">Source database</option>
          </select>
        </div>
        <fieldset>
          <legend>Plan each switch-over after</legend>
          <Radio
            name="sch-cutoverAt"
            checked={draft.cutoverAt === 'p50'}
            onChange={() => set('cutoverAt', 'p50')}
          >
            the median copy time (faster, riskier)
          </Radio>
          <Radio
            name="sch-cutoverAt"
            checked={draft.cutoverAt === 'p90'}
            onChange={() => set('cutoverAt', 'p90')}
          >
            the 90th percentile copy time (safer)
          </Radio>
        </fieldset>
      </div>

      <fieldset>
        <legend>Executives</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.keepExecutivesWithAssistants}
            onChange={(e) => set('keepExecutivesWithAssistants', e.target.checked)}
          />
          <span>Keep executives in the same batch as their assistants</span>
        </label>
        <TextAreaField
          id="sch-executives"
          label="Executives (optional)"
          hint="With none listed, calendar delegates stand for executive–assistant pairs."
          value={draft.executives}
          error={errors.executives}
          onChange={(v) => set('executives', v)}
        />
      </fieldset>

      <fieldset>
        <legend>Overrides of the published figures</legend>
        <p className="field-hint">
          Leave empty to use the figures listed, with their sources, under “Constants and sources”:
          for instance what a pilot batch measured.
        </p>
        <div className="sch-form-grid">
          {NUMBER_OVERRIDES.map((o) => (
            <SettingsField
              key={o.key}
              id={`sch-${o.key}`}
              label={o.label}
              hint={`Default ${o.fallback}.`}
              type="number"
              inputMode="decimal"
              min={0}
              max={o.max}
              step="any"
              {...text(o.key)}
            />
          ))}
        </div>
        <div className="sch-form-grid">
          {DURATION_OVERRIDES.map((o) => (
            <TextAreaField
              key={o.key}
              id={`sch-${o.key}`}
              label={o.label}
              hint={`One size tier a line: up to GB, days. Default: ${durationText(o.fallback).replaceAll('\n', ' · ')}.`}
              value={draft[o.key]}
              error={errors[o.key]}
              onChange={(v) => set(o.key, v)}
            />
          ))}
        </div>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="btn btn-primary">
          Save settings
        </button>
        <button type="button" className="btn" onClick={props.onReset} disabled={!props.saved}>
          Reset to defaults
        </button>
      </div>
      <p role="status" className="sch-status">
        {status}
      </p>
    </form>
  );
}
