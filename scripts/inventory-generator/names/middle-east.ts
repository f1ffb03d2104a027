import { latin, type Culture } from './culture.ts';

/** Turkish: dotless ı, ş and ç. */
export const TURKISH: Culture = {
  given: latin('Ayşe', 'Mehmet', 'Elif', 'Emre', 'Zeynep', 'Burak', 'Selin'),
  family: latin('Öztürk', 'Yılmaz', 'Kaya', 'Demir', 'Çelik'),
};

/** Arabic, written right to left, each name with its Latin spelling for the alias. */
export const ARABIC: Culture = {
  given: [
    ['محمد', 'mohammed'],
    ['فاطمة', 'fatima'],
    ['عمر', 'omar'],
    ['ليلى', 'layla'],
    ['يوسف', 'youssef'],
    ['نور', 'nour'],
  ],
  family: [
    ['حداد', 'haddad'],
    ['منصور', 'mansour'],
    ['الخطيب', 'alkhatib'],
    ['سعيد', 'saeed'],
  ],
};
