import type { FactId } from '../facts.ts';

/** Who a note is for. `split-delegates`: people whose delegate or manager is in another batch. */
export type Audience = 'all-users' | 'executives' | 'phone-users' | 'split-delegates';

/** `critical`: users lose something or must act; `warning`: plan for it; `info`: good to know. */
export type Severity = 'info' | 'warning' | 'critical';

export type ImpactNote = {
  /** Stable within a method (the UI may key on it); split notes carry the two addresses. */
  id: string;
  audience: Audience;
  title: string;
  text: string;
  severity: Severity;
  factIds: readonly FactId[];
};
