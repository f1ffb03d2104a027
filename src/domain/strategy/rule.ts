import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { OrgProfile } from '../profile/profile.ts';

/** Rule text may quote the profile ("2,400 mailboxes exceed ..."). */
export type RuleText = string | ((p: OrgProfile) => string);

/** `method` is impossible or unsuitable for this profile, whatever else is true. */
export type RuleOutRule = {
  id: string;
  decides: 'rule-out';
  method: MigrationMethod;
  source: FactId;
  when: (p: OrgProfile) => boolean;
  text: RuleText;
};

/**
 * Select rules are tried in order; the first whose `when` holds and whose method is not ruled
 * out picks the method. Later matching rules still explain the chosen method and alternatives.
 */
export type SelectRule = {
  id: string;
  decides: 'select';
  method: MigrationMethod;
  source: FactId;
  when: (p: OrgProfile) => boolean;
  text: RuleText;
  /** A last resort: picks a method but is no argument for it as an alternative. */
  fallback?: boolean;
};

/** The method chosen and the methods still possible: what warnings and companions look at. */
export type Verdict = {
  method: MigrationMethod;
  possible: ReadonlySet<MigrationMethod>;
};

/** Adds `method(p, verdict)` beside the chosen method. */
export type CompanionRule = {
  id: string;
  decides: 'companion';
  source: FactId;
  when: (p: OrgProfile, v: Verdict) => boolean;
  method: (p: OrgProfile, v: Verdict) => MigrationMethod;
  text: RuleText;
};

export type WarnRule = {
  id: string;
  decides: 'warn';
  source: FactId;
  when: (p: OrgProfile, v: Verdict & { companions: readonly MigrationMethod[] }) => boolean;
  text: RuleText;
};

/** Describes a method when no select rule argues for it (used for alternatives). */
export type BaseRule = { id: string; method: MigrationMethod; source: FactId; text: string };

export function ruleText(text: RuleText, p: OrgProfile): string {
  return typeof text === 'string' ? text : text(p);
}
