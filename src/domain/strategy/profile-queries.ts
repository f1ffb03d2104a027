import { facts } from '../facts.ts';
import type { ExchangeVersion, OrgProfile } from '../profile/profile.ts';

// Small questions the rules ask of a profile, kept in one place so rules read like sentences.

export function exchangeVersion(p: OrgProfile): ExchangeVersion | null {
  return p.source.kind === 'exchange' ? p.source.version : null;
}

export function isExchangeIn(p: OrgProfile, versions: readonly string[]): boolean {
  const v = exchangeVersion(p);
  return v !== null && versions.includes(v);
}

export function needsCoexistence(p: OrgProfile): boolean {
  return p.needs.freeBusy || p.needs.singleGal === true;
}

export function coexistenceWords(p: OrgProfile): string {
  if (p.needs.freeBusy && p.needs.singleGal === true) return 'free/busy and a single address list';
  return p.needs.freeBusy ? 'free/busy' : 'a single address list';
}

export function uploadHours(gb: number, mbps: number): number {
  return (gb * 8) / (mbps * facts.networkUploadEfficiency.value * 3.6);
}

export const SHIPPING_HOURS = facts.driveShippingTurnaroundDays.value * 24;

/** Reference §5.4: ship drives only when uploading would take longer than shipping. */
export function uploadSlowerThanShipping(gb: number, mbps: number): boolean {
  return uploadHours(gb, mbps) > SHIPPING_HOURS;
}

export function pstGB(p: OrgProfile): number {
  return p.pst?.totalGB ?? 0;
}

/** 12,345.67 style, without Intl: rule texts are built thousands of times when finding flips. */
export function count(n: number): string {
  const text = String(Math.round(n * 100) / 100);
  if (text.includes('e')) return text;
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function days(hours: number): string {
  const d = hours / 24;
  return d < 1 ? 'less than a day' : `about ${count(Math.ceil(d))} days`;
}
