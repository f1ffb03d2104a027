import { base64 } from './base64.ts';

export type EmlAddress = string | { name: string; email: string };

const utf8 = new TextEncoder();
const CRLF = '\r\n';
// Printable US-ASCII plus space and tab: anything else needs an encoded-word or base64.
const PLAIN = /^[\x20-\x7e\t]*$/;
// 39 bytes → 52 base64 chars → a 64-char encoded-word: "Subject: " + word stays under the
// 76-character line limit RFC 2047 sets for lines holding encoded-words.
const WORD_BYTES = 39;

/** CR/LF inside a header value would start a new header: an injection, never wanted here. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/** RFC 2047 "B" encoded-words, split between characters, joined by folding whitespace. */
function encodedWords(text: string): string {
  const words: number[][] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = [...utf8.encode(ch)];
    if (chunk.length + bytes.length > WORD_BYTES) {
      words.push(chunk);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(Uint8Array.from(w))}?=`).join(`${CRLF} `);
}

function needsEncoding(text: string): boolean {
  return !PLAIN.test(text) || text.includes('=?');
}

/** Folds a plain header at spaces so lines stay within the recommended 78 characters. */
function foldPlain(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of value.split(' ')) {
    if (line.length + 1 + word.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

function header(name: string, value: string): string {
  const v = oneLine(value);
  return needsEncoding(v) ? `${name}: ${encodedWords(v)}` : foldPlain(name, v);
}

function address(a: EmlAddress): string {
  if (typeof a === 'string') return oneLine(a).replace(/[<>]/g, '').trim();
  const email = oneLine(a.email).replace(/[<>]/g, '').trim();
  const name = oneLine(a.name).trim();
  if (name === '') return email;
  const phrase = needsEncoding(name)
    ? encodedWords(name)
    : `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `${phrase} <${email}>`;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/**
 * An RFC 5322 message saved as a draft: `X-Unsent: 1` makes Outlook open it ready to send.
 * No Date header, because the mail client stamps it when the draft is sent.
 */
export function toEml(
  message: { subject: string; body: string },
  from: EmlAddress,
  to: EmlAddress | readonly EmlAddress[],
): string {
  const recipients = (Array.isArray(to) ? to : [to]) as readonly EmlAddress[];
  const body = message.body.replace(/\r\n|\r|\n/g, CRLF);
  const bodyLines = body.split(CRLF);
  const plain = PLAIN.test(bodyLines.join('')) && bodyLines.every((l) => l.length <= 998);
  const headers = [
    `From: ${address(from)}`,
    `To: ${recipients.map(address).join(`,${CRLF} `)}`,
    header('Subject', message.subject),
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${plain ? '7bit' : 'base64'}`,
  ];
  const encodedBody = plain ? body : wrap(base64(utf8.encode(body)), 76).join(CRLF);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${encodedBody}${CRLF}`;
}
