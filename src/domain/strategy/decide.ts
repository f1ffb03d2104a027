import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import type { OrgProfile } from '../profile/profile.ts';
import { lossesOf } from './losses.ts';
import type {
  MethodWithLosses,
  MethodWithReasons,
  Reason,
  Recommendation,
} from './recommendation.ts';
import { ruleText, type RuleOutRule, type SelectRule } from './rule.ts';
import { BASE_RULES } from './rules-base.ts';
import { COMPANION_RULES } from './rules-companion.ts';
import { RULE_OUT_RULES } from './rules-rule-out.ts';
import { SELECT_RULES } from './rules-select.ts';
import { WARN_RULES } from './rules-warn.ts';

export type Decision = Omit<Recommendation, 'flips'>;

function reason(rule: { id: string; source: Reason['source'] }, text: string): Reason {
  return { ruleId: rule.id, text, source: rule.source };
}

function reasonsFor(
  rules: readonly (RuleOutRule | SelectRule)[],
  method: MigrationMethod,
  p: OrgProfile,
): Reason[] {
  return rules
    .filter((r) => r.method === method && r.when(p))
    .map((r) => reason(r, ruleText(r.text, p)));
}

function possibleMethods(p: OrgProfile): Set<MigrationMethod> {
  const out = new Set<MigrationMethod>();
  for (const r of RULE_OUT_RULES) if (!out.has(r.method) && r.when(p)) out.add(r.method);
  return new Set(METHODS.filter((m) => !out.has(m)));
}

function firstFitting(p: OrgProfile, possible: ReadonlySet<MigrationMethod>): SelectRule {
  const chosen = SELECT_RULES.find((r) => possible.has(r.method) && r.when(p));
  // The last select rule always fits a method no rule-out touches, so this cannot happen.
  if (chosen === undefined)
    throw new Error('decide: no select rule fits; the rule tables are broken');
  return chosen;
}

/** Only the chosen method, without building any text: what flip-finding needs, fast. */
export function chooseMethod(p: OrgProfile): MigrationMethod {
  return firstFitting(p, possibleMethods(p)).method;
}

/** The engine without flips: rule-outs, then the first fitting select rule, then companions and warnings. */
export function decide(p: OrgProfile): Decision {
  const ruledOut: MethodWithReasons[] = [];
  const possible = new Set<MigrationMethod>();
  for (const method of METHODS) {
    const because = reasonsFor(RULE_OUT_RULES, method, p);
    if (because.length > 0) ruledOut.push({ method, because });
    else possible.add(method);
  }

  const chosen = firstFitting(p, possible);
  const method = chosen.method;
  const because = [
    reason(chosen, ruleText(chosen.text, p)),
    ...reasonsFor(
      SELECT_RULES.filter((r) => r !== chosen && r.fallback !== true),
      method,
      p,
    ),
  ];

  const alternatives: MethodWithReasons[] = [];
  const withLoss: MethodWithLosses[] = [];
  for (const m of METHODS) {
    if (m === method || !possible.has(m)) continue;
    const fits = reasonsFor(
      SELECT_RULES.filter((r) => r.fallback !== true),
      m,
      p,
    );
    const base = BASE_RULES[m];
    const entry = { method: m, because: fits.length > 0 ? fits : [reason(base, base.text)] };
    const losses = lossesOf(m, p);
    if (losses.length > 0) withLoss.push({ ...entry, losses });
    else alternatives.push(entry);
  }

  const verdict = { method, possible };
  const companions: MethodWithReasons[] = [];
  for (const rule of COMPANION_RULES) {
    if (!rule.when(p, verdict)) continue;
    const m = rule.method(p, verdict);
    const r = reason(rule, ruleText(rule.text, p));
    const existing = companions.find((c) => c.method === m);
    if (existing) existing.because.push(r);
    else companions.push({ method: m, because: [r] });
  }

  const ctx = { ...verdict, companions: companions.map((c) => c.method) };
  const warnings = WARN_RULES.filter((r) => r.when(p, ctx)).map((r) =>
    reason(r, ruleText(r.text, p)),
  );

  // A companion covers what it moves: IMAP leaves calendars behind, its PST companion takes them.
  const covered = (need: string) =>
    companions.some((c) => !lossesOf(c.method, p).some((l) => l.need === need));
  const losses = lossesOf(method, p).filter((l) => !covered(l.need));
  return { method, because, losses, alternatives, withLoss, ruledOut, companions, warnings };
}
