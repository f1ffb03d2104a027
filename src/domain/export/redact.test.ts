import { describe, expect, it } from 'vitest';
import { makeRedactor } from './redact.ts';

const people = [
  { email: 'zoe@contoso.com', displayName: 'Zoë Müller-Łukasiewicz' },
  { email: 'adam@contoso.com', displayName: 'Adam Smith' },
];

describe('makeRedactor', () => {
  it('numbers people by sorted address, the same for any input order', () => {
    const a = makeRedactor(people);
    const b = makeRedactor([...people].reverse());
    expect(a.email('adam@contoso.com')).toBe('user0001@redacted.invalid');
    expect(a.name('ZOE@contoso.com')).toBe('User 0002');
    expect(b.email('zoe@contoso.com')).toBe(a.email('zoe@contoso.com'));
  });

  it('replaces addresses, names and the domain in free text', () => {
    const r = makeRedactor(people, ['boss@contoso.com']);
    expect(
      r.text('Ask Zoë Müller-Łukasiewicz (zoe@contoso.com) or boss@contoso.com at contoso.com'),
    ).toBe(
      'Ask User 0003 (user0003@redacted.invalid) or user0002@redacted.invalid at redacted.invalid',
    );
    expect(r.text('mail stranger@elsewhere.org')).toBe('mail someone@redacted.invalid');
  });
});
