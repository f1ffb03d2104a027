import { latin, type Culture } from './culture.ts';

// Europe beside the British Isles: Latin script with its many diacritics, and Cyrillic.

/** German: umlauts and ß, which aliases spell ue, oe, ae and ss. */
export const GERMAN: Culture = {
  given: latin(
    'Jürgen',
    'Lena',
    'Lukas',
    'Anna',
    'Jonas',
    'Marie',
    'Felix',
    'Katrin',
    'Matthias',
    'Sabine',
    'Björn',
    'Jörg',
    'Ulrike',
    'Tobias',
    'Miriam',
  ),
  family: latin(
    'Müller',
    'Schmidt',
    'Schäfer',
    'Fischer',
    'Weber',
    'Groß',
    'Hoffmann',
    'Becker',
    'Krüger',
    'Wagner',
    'Schulz',
    'Köhler',
    'Bäcker',
    'Zimmermann',
  ),
};

/** Danish, Norwegian and Swedish: ø and å. */
export const NORDIC: Culture = {
  given: latin(
    'Søren',
    'Ingrid',
    'Lars',
    'Astrid',
    'Bjørn',
    'Freja',
    'Mikkel',
    'Sigrid',
    'Henrik',
    'Maja',
  ),
  family: latin('Jensen', 'Nielsen', 'Sørensen', 'Lindqvist', 'Åberg', 'Halvorsen', 'Dahl', 'Berg'),
};

/** French: accents, the diaeresis and the cedilla. */
export const FRENCH: Culture = {
  given: latin(
    'François',
    'Élodie',
    'Hélène',
    'Jérôme',
    'Camille',
    'Théo',
    'Chloé',
    'Benoît',
    'Amélie',
    'Loïc',
  ),
  family: latin(
    'Dubois',
    'Lefèvre',
    'Martin',
    'Moreau',
    'Girard',
    'Rousseau',
    'Mercier',
    'Fournier',
  ),
};

/** Spanish and Portuguese: accents, ñ, ã and ç. */
export const IBERIAN: Culture = {
  given: latin(
    'José',
    'María',
    'Beatriz',
    'João',
    'Lucía',
    'Sebastián',
    'Inês',
    'Álvaro',
    'Carmen',
    'Tiago',
  ),
  family: latin(
    'García',
    'Rodríguez',
    'Silva',
    'Gonçalves',
    'Núñez',
    'Ferreira',
    'Ortega',
    'Castillo',
  ),
};

/** Polish and Czech: ł, háčeks and the other diacritics. */
export const POLISH_AND_CZECH: Culture = {
  given: latin(
    'Łukasz',
    'Zofia',
    'Michał',
    'Agnieszka',
    'Tomáš',
    'Kateřina',
    'Piotr',
    'Małgorzata',
  ),
  family: latin('Kowalczyk', 'Nowak', 'Dvořák', 'Wójcik', 'Novák', 'Lewandowski', 'Horák'),
};

/** Dutch, with family names that begin with a particle (van der, de). */
export const DUTCH: Culture = {
  given: latin('Sanne', 'Daan', 'Femke', 'Joris', 'Bram', 'Lotte', 'Thijs'),
  family: latin('van der Berg', 'de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'de Jong'),
};

/** Ukrainian in Cyrillic, each name with its Latin spelling for the alias. */
export const UKRAINIAN: Culture = {
  given: [
    ['Марія', 'mariia'],
    ['Дмитро', 'dmytro'],
    ['Олена', 'olena'],
    ['Андрій', 'andrii'],
    ['Ірина', 'iryna'],
    ['Тарас', 'taras'],
  ],
  family: [
    ['Шевченко', 'shevchenko'],
    ['Бондаренко', 'bondarenko'],
    ['Коваленко', 'kovalenko'],
    ['Мельник', 'melnyk'],
    ['Ткаченко', 'tkachenko'],
  ],
};
