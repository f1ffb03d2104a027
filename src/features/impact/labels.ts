import type { Audience, Severity } from '../../domain/impact/impact-note.ts';
import type { RollbackStep } from '../../domain/impact/rollback.ts';

export const AUDIENCE_LABELS: Record<Audience, string> = {
  'all-users': 'Everyone who moves',
  executives: 'Executives and their delegates',
  'phone-users': 'Phone users',
  'split-delegates': 'People whose delegate or manager moves in another batch',
};

export const AUDIENCE_ORDER: readonly Audience[] = [
  'all-users',
  'executives',
  'phone-users',
  'split-delegates',
];

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Action needed',
  warning: 'Plan for it',
  info: 'Good to know',
};

export const REACH_LABELS: Record<RollbackStep['reach'], string> = {
  full: 'Full',
  partial: 'Partial',
  none: 'None',
};

/** T-14, T-0, T+1: how migration teams name notice days. */
export function offsetLabel(days: number): string {
  return days === 0 ? 'T-0' : days > 0 ? `T+${days}` : `T${days}`;
}
