/**
 * The TTF fonts the PDF embeds. The PDF standard fonts only know Western European
 * characters and silently garble Polish, Cyrillic or Chinese names, so every text is set
 * in DejaVu Sans, in Noto Sans SC when it holds Chinese or Japanese characters, and in Noto
 * Sans KR when it holds Korean (Noto Sans SC has no Hangul). The files are static
 * assets fetched on first export (never part of the JS bundle) and kept for later exports.
 */
export const FONT_FILES = {
  regular: '/fonts/DejaVuSans.ttf',
  bold: '/fonts/DejaVuSans-Bold.ttf',
  cjk: '/fonts/NotoSansSC-Regular.ttf',
  hangul: '/fonts/NotoSansKR-Regular.ttf',
} as const;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
// Hangul syllables, jamo and compatibility jamo.
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;

/** Whether a text needs the CJK font (Noto Sans SC is 10 MB: fetched only then). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Whether a text needs the Korean font (Noto Sans KR is 6 MB: fetched only then). */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

const cache = new Map<string, Promise<string>>();

/** A font file as base64, the form jsPDF's virtual file system takes. */
export function fontBase64(url: string): Promise<string> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`The font ${url} could not be loaded (${res.status}).`);
        return res.blob();
      })
      .then(
        (blob) =>
          // FileReader encodes natively: far faster than btoa over a 10 MB byte string.
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.addEventListener('load', () => {
              const dataUrl = String(reader.result);
              resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
            });
            reader.addEventListener('error', () =>
              reject(reader.error ?? new Error('The font could not be read.')),
            );
            reader.readAsDataURL(blob);
          }),
      );
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
