import { describe, expect, it } from 'vitest';
import { toEml } from './to-eml.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });
const fromB64 = (s: string) => Uint8Array.from(Buffer.from(s, 'base64'));

function split(eml: string): { headers: string; body: string } {
  const at = eml.indexOf('\r\n\r\n');
  return { headers: eml.slice(0, at), body: eml.slice(at + 4) };
}

/** Unfolds headers (RFC 5322 §2.2.3) and returns name → raw value. */
function headerMap(headers: string): Map<string, string> {
  const unfolded = headers.replace(/\r\n[ \t]/g, ' ');
  return new Map(
    unfolded.split('\r\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
  );
}

function decodeWords(value: string): string {
  return value
    .split(' ')
    .map((w) => {
      const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(w);
      if (!m) throw new Error(`not an encoded-word: ${w}`);
      return decoder.decode(fromB64(m[1] ?? ''));
    })
    .join('');
}

describe('toEml', () => {
  const eml = toEml(
    { subject: 'Your mailbox moves on 2025-03-14', body: 'Hello Alice,\n\nLine two\r\nLine three' },
    { name: 'IT Service Desk', email: 'it@contoso.com' },
    'alice@contoso.com',
  );

  it('is an unsent draft with CRLF line ends only', () => {
    expect(eml).not.toMatch(/[^\r]\n/);
    expect(eml).not.toMatch(/\r(?!\n)/);
    const { headers } = split(eml);
    const h = headerMap(headers);
    expect(h.get('X-Unsent')).toBe('1');
    expect(h.get('From')).toBe('"IT Service Desk" <it@contoso.com>');
    expect(h.get('To')).toBe('alice@contoso.com');
    expect(h.get('Subject')).toBe('Your mailbox moves on 2025-03-14');
    expect(h.get('MIME-Version')).toBe('1.0');
    expect(h.get('Content-Type')).toBe('text/plain; charset=UTF-8');
    expect(h.get('Content-Transfer-Encoding')).toBe('7bit');
  });

  it('keeps an ASCII body readable, normalised to CRLF', () => {
    expect(split(eml).body).toBe('Hello Alice,\r\n\r\nLine two\r\nLine three\r\n');
  });

  it('encodes a non-ASCII subject as RFC 2047 encoded-words without splitting characters', () => {
    const subject = 'Ihr Postfach zieht um – Größe prüfen 📦 '.repeat(4).trim();
    const out = toEml({ subject, body: 'x' }, 'it@contoso.com', 'a@contoso.com');
    const { headers } = split(out);
    for (const line of headers.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    const raw = headerMap(headers).get('Subject')!;
    expect(raw.startsWith('=?UTF-8?B?')).toBe(true);
    expect(decodeWords(raw)).toBe(subject);
  });

  it('encodes a non-ASCII display name and escapes quotes in an ASCII one', () => {
    const out = toEml(
      { subject: 's', body: 'b' },
      { name: 'Zoë Müller', email: 'zoe@contoso.com' },
      [{ name: 'Say "hi"', email: 'a@contoso.com' }, 'b@contoso.com'],
    );
    const h = headerMap(split(out).headers);
    const from = h.get('From')!;
    expect(from.endsWith(' <zoe@contoso.com>')).toBe(true);
    expect(decodeWords(from.replace(' <zoe@contoso.com>', ''))).toBe('Zoë Müller');
    expect(h.get('To')).toBe('"Say \\"hi\\"" <a@contoso.com>, b@contoso.com');
  });

  it('cannot be made to add headers through the subject or a name', () => {
    const out = toEml(
      { subject: 'Hi\r\nBcc: evil@x.com', body: 'b' },
      { name: 'A\nBcc: e@x.com', email: 'a@c.com' },
      'b@c.com',
    );
    expect(
      split(out)
        .headers.split('\r\n')
        .some((l) => l.startsWith('Bcc:')),
    ).toBe(false);
  });

  it('sends a non-ASCII body as base64 that decodes to the CRLF text', () => {
    const body = 'Grüße,\nZoë\n' + 'é'.repeat(200);
    const out = toEml({ subject: 's', body }, 'a@c.com', 'b@c.com');
    const parts = split(out);
    expect(headerMap(parts.headers).get('Content-Transfer-Encoding')).toBe('base64');
    const lines = parts.body.trimEnd().split('\r\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(76);
    expect(decoder.decode(fromB64(lines.join('')))).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('folds a long ASCII subject at spaces', () => {
    const subject = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const { headers } = split(toEml({ subject, body: 'b' }, 'a@c.com', 'b@c.com'));
    for (const line of headers.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(headerMap(headers).get('Subject')).toBe(subject);
  });
});
