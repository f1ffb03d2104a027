import type { jsPDF } from 'jspdf';

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

/** Sets the font for a text: the one that has its characters, in the given weight. */
export type FontFn = (text: string, style?: 'normal' | 'bold') => void;

export type LoadedFonts = {
  regular: string;
  bold: string;
  cjk: string | null;
  hangul: string | null;
};

/** The fonts a text needs, as base64: the CJK and Korean ones only when it has such characters. */
export async function loadFonts(text: string): Promise<LoadedFonts> {
  const [regular, bold, cjk, hangul] = await Promise.all([
    fontBase64(FONT_FILES.regular),
    fontBase64(FONT_FILES.bold),
    hasCjk(text) ? fontBase64(FONT_FILES.cjk) : Promise.resolve(null),
    hasHangul(text) ? fontBase64(FONT_FILES.hangul) : Promise.resolve(null),
  ]);
  return { regular, bold, cjk, hangul };
}

/** Adds the fonts to the document; returns how to pick one for a text. */
export function embedFonts(
  doc: jsPDF,
  { regular, bold, cjk, hangul }: LoadedFonts,
): { font: FontFn; fontName: (text: string) => string | null } {
  doc.addFileToVFS('DejaVuSans.ttf', regular);
  doc.addFont('DejaVuSans.ttf', 'DejaVu', 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold');
  if (cjk) {
    doc.addFileToVFS('NotoSansSC-Regular.ttf', cjk);
    doc.addFont('NotoSansSC-Regular.ttf', 'NotoSC', 'normal');
    // No bold cut: bold CJK text falls back to the regular weight.
    doc.addFont('NotoSansSC-Regular.ttf', 'NotoSC', 'bold');
  }
  if (hangul) {
    doc.addFileToVFS('NotoSansKR-Regular.ttf', hangul);
    doc.addFont('NotoSansKR-Regular.ttf', 'NotoKR', 'normal');
    doc.addFont('NotoSansKR-Regular.ttf', 'NotoKR', 'bold');
  }
  /** The font that has the text's characters; Korean first, as Noto Sans KR also has Hanja. */
  const fontName = (text: string): string | null =>
    hangul && hasHangul(text) ? 'NotoKR' : cjk && hasCjk(text) ? 'NotoSC' : null;
  const font: FontFn = (text, style = 'normal') => {
    doc.setFont(fontName(text) ?? 'DejaVu', style);
  };
  return { font, fontName };
}
