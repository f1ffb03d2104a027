import { latin, type Culture } from './culture.ts';

// South and East Asia: Latin, Han, kana and Hangul, and the cultures that write the family
// name first.

/** Indian names as written in English. */
export const INDIAN: Culture = {
  given: latin(
    'Priya',
    'Arjun',
    'Ananya',
    'Rohan',
    'Kavya',
    'Vikram',
    'Meera',
    'Aditya',
    'Sanjay',
    'Divya',
  ),
  family: latin('Patel', 'Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Chopra', 'Rao'),
};

/** Chinese: family name first, without a space. */
export const CHINESE: Culture = {
  given: [
    ['芳', 'fang'],
    ['伟', 'wei'],
    ['静', 'jing'],
    ['磊', 'lei'],
    ['晓明', 'xiaoming'],
    ['嘉怡', 'jiayi'],
    ['子涵', 'zihan'],
  ],
  family: [
    ['王', 'wang'],
    ['李', 'li'],
    ['张', 'zhang'],
    ['陈', 'chen'],
    ['刘', 'liu'],
    ['黄', 'huang'],
  ],
  familyFirst: true,
  joined: true,
};

/** Japanese in kanji and kana: family name first, with a space. */
export const JAPANESE: Culture = {
  given: [
    ['結衣', 'yui'],
    ['翔', 'sho'],
    ['美咲', 'misaki'],
    ['健', 'ken'],
    ['大輔', 'daisuke'],
    ['さくら', 'sakura'],
  ],
  family: [
    ['田中', 'tanaka'],
    ['佐藤', 'sato'],
    ['鈴木', 'suzuki'],
    ['高橋', 'takahashi'],
  ],
  familyFirst: true,
};

/** Korean in Hangul: family name first, without a space. */
export const KOREAN: Culture = {
  given: [
    ['민준', 'minjun'],
    ['서연', 'seoyeon'],
    ['지호', 'jiho'],
    ['하은', 'haeun'],
  ],
  family: [
    ['김', 'kim'],
    ['이', 'lee'],
    ['박', 'park'],
  ],
  familyFirst: true,
  joined: true,
};

/** Vietnamese: Latin script with stacked diacritics, family name first. */
export const VIETNAMESE: Culture = {
  given: latin('Linh', 'Minh', 'Thảo', 'Quang', 'Hương'),
  family: latin('Nguyễn', 'Trần', 'Phạm', 'Lê'),
  familyFirst: true,
};
