import { describe, it, expect } from 'vitest';
import { decodeBytes } from './decode-bytes.ts';

const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
};

describe('decodeBytes', () => {
  const text = 'DisplayName,Mail\r\nZoë Müller,zoe@x.com\r\n';

  it('reads UTF-8 without BOM', () => {
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({
      text,
      encoding: 'utf-8',
      hadBom: false,
    });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe(text);
    expect(d.hadBom).toBe(true);
  });

  it('reads UTF-16 LE with BOM (Export-Csv -Encoding Unicode)', () => {
    const d = decodeBytes(utf16le(text));
    expect(d).toMatchObject({ text, encoding: 'utf-16le', hadBom: true });
  });

  it('reads UTF-16 BE with BOM', () => {
    const le = utf16le(text);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] ?? 0;
      be[i + 1] = le[i] ?? 0;
    }
    expect(decodeBytes(be)).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE without BOM by its zero bytes, and says so', () => {
    const d = decodeBytes(utf16le(text, false));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-16le');
    expect(d.note).toMatch(/no byte-order mark/);
  });

  it('reads ASCII as UTF-8', () => {
    const ascii = '"DisplayName"\r\n"Omar M?ller"\r\n';
    expect(decodeBytes(new TextEncoder().encode(ascii)).text).toBe(ascii);
  });

  it('falls back to Windows-1252 for Excel ANSI files, with a note', () => {
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('Zoë,Müller');
    expect(d.encoding).toBe('windows-1252');
    expect(d.note).toMatch(/not valid UTF-8/);
  });

  it('handles empty input', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
  });
});
