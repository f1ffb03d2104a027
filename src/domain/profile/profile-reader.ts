import type { Problem } from '../result.ts';

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems while reading; every getter returns a placeholder after a problem. */
export class Reader {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    this.problems = problems;
  }

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(obj: Obj, key: string, path: string, message: string): Obj | null {
    const value = obj[key];
    if (isObject(value)) return value;
    this.fail(path, message);
    return null;
  }

  wholeNumber(obj: Obj, key: string, path: string, label: string): number {
    const value = obj[key];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    this.fail(path, `${label} must be a whole number of 0 or more${got(value)}.`);
    return 0;
  }

  amount(obj: Obj, key: string, path: string, label: string, positive = false): number {
    const value = obj[key];
    const ok =
      typeof value === 'number' && Number.isFinite(value) && (positive ? value > 0 : value >= 0);
    if (ok) return value;
    this.fail(
      path,
      `${label} must be a number ${positive ? 'greater than 0' : 'of 0 or more'}${got(value)}.`,
    );
    return 0;
  }

  flag(obj: Obj, key: string, path: string, question: string): boolean {
    const value = obj[key];
    if (typeof value === 'boolean') return value;
    this.fail(path, `Answer yes or no: ${question}${got(value)}.`);
    return false;
  }

  oneOf<T extends string>(
    obj: Obj,
    key: string,
    path: string,
    allowed: readonly T[],
    label: string,
  ): T | null {
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.fail(path, `${label} must be one of ${allowed.join(', ')}${got(value)}.`);
    return null;
  }
}

export function got(value: unknown): string {
  if (value === undefined) return ' (it is missing)';
  if (typeof value === 'number' && Number.isNaN(value)) return ' (got NaN)';
  if (typeof value === 'string') return ` (got "${value.slice(0, 40)}")`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return ` (got ${String(value)})`;
  return '';
}
