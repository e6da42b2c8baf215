/**
 * The sample company: its sites (each with a UTC offset, local languages and first names),
 * departments (each leaning on two topic domains) and the values people list.
 */

/** A site of the company. */
export interface Site {
  readonly name: string;
  /** Share of the staff working there. */
  readonly share: number;
  /** Hours from UTC (standard time). */
  readonly timeZone: number;
  /** The local language, when not English. */
  readonly local?: string;
  /** Share of the site's people who do not list English. */
  readonly noEnglish: number;
  /** A second language some people there speak. */
  readonly extra?: string;
  readonly firstNames: readonly string[];
}

export const SITES: readonly Site[] = [
  {
    name: 'Paris',
    share: 0.3,
    timeZone: 1,
    local: 'fr',
    noEnglish: 0.12,
    extra: 'es',
    firstNames: [
      'Camille',
      'Léa',
      'Hugo',
      'Louis',
      'Chloé',
      'Manon',
      'Théo',
      'Inès',
      'Julien',
      'Sarah',
      'Yanis',
      'Amélie',
      'Nicolas',
      'Claire',
      'Mehdi',
      'Élodie',
    ],
  },
  {
    name: 'London',
    share: 0.2,
    timeZone: 0,
    noEnglish: 0,
    extra: 'fr',
    firstNames: [
      'Oliver',
      'Amelia',
      'Harry',
      'Isla',
      'George',
      'Emily',
      'Jack',
      'Grace',
      'Priya',
      'Tom',
      'Charlotte',
      'Kwame',
      'Sophie',
      'James',
    ],
  },
  {
    name: 'Berlin',
    share: 0.12,
    timeZone: 1,
    local: 'de',
    noEnglish: 0.1,
    extra: 'fr',
    firstNames: [
      'Lukas',
      'Mia',
      'Leon',
      'Hannah',
      'Felix',
      'Lena',
      'Jonas',
      'Emma',
      'Paul',
      'Anna',
      'Elif',
      'Maximilian',
    ],
  },
  {
    name: 'Madrid',
    share: 0.08,
    timeZone: 1,
    local: 'es',
    noEnglish: 0.1,
    extra: 'fr',
    firstNames: ['Lucía', 'Mateo', 'Sofía', 'Hugo', 'Martina', 'Pablo', 'Carmen', 'Alejandro', 'Paula', 'Diego'],
  },
  {
    name: 'Helsinki',
    share: 0.05,
    timeZone: 2,
    local: 'fi',
    noEnglish: 0,
    extra: 'sv',
    firstNames: ['Aino', 'Eino', 'Helmi', 'Väinö', 'Sofia', 'Onni', 'Linnea', 'Elias'],
  },
  {
    name: 'New York',
    share: 0.11,
    timeZone: -5,
    noEnglish: 0,
    extra: 'es',
    firstNames: [
      'Ethan',
      'Olivia',
      'Noah',
      'Ava',
      'Liam',
      'Isabella',
      'Marcus',
      'Maya',
      'Daniel',
      'Zoe',
      'Carlos',
      'Aaliyah',
    ],
  },
  {
    name: 'Bangalore',
    share: 0.08,
    timeZone: 5.5,
    local: 'hi',
    noEnglish: 0,
    firstNames: ['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Saanvi', 'Rohan', 'Kavya', 'Ishaan', 'Meera'],
  },
  {
    name: 'Singapore',
    share: 0.06,
    timeZone: 8,
    local: 'zh',
    noEnglish: 0,
    extra: 'ms',
    firstNames: ['Wei', 'Jia Hui', 'Jun Jie', 'Xin Yi', 'Ryan', 'Hui Min', 'Darren', 'Nur', 'Siti', 'Kai'],
  },
];

/** A department, the topic domains its people know best (first: their own) and its share of staff. */
export interface Department {
  readonly name: string;
  readonly domains: readonly [string, string];
  readonly share: number;
}

export const DEPARTMENTS: readonly Department[] = [
  { name: 'Engineering', domains: ['technology', 'product'], share: 0.2 },
  { name: 'Sales', domains: ['sales', 'negotiation'], share: 0.13 },
  { name: 'Marketing', domains: ['marketing', 'communication'], share: 0.12 },
  { name: 'Product', domains: ['product', 'technology'], share: 0.1 },
  { name: 'Finance', domains: ['finance', 'strategy'], share: 0.09 },
  { name: 'Data', domains: ['technology', 'finance'], share: 0.07 },
  { name: 'Operations', domains: ['operations', 'finance'], share: 0.07 },
  { name: 'Customer Success', domains: ['sales', 'communication'], share: 0.07 },
  { name: 'People', domains: ['hr', 'leadership'], share: 0.06 },
  { name: 'Legal', domains: ['legal', 'negotiation'], share: 0.05 },
  { name: 'Executive Office', domains: ['strategy', 'leadership'], share: 0.04 },
];

/** Values and interests people list in a classic programme (some capitalised, as typed). */
export const VALUES: readonly string[] = [
  'customer focus',
  'innovation',
  'inclusion',
  'sustainability',
  'work-life balance',
  'learning',
  'teamwork',
  'integrity',
  'entrepreneurship',
  'data-driven',
  'craftsmanship',
  'community',
  'family',
  'sport',
  'music',
  'travel',
  'volunteering',
  'reading',
  'cooking',
  'running',
];

/** Last initials. */
export const INITIALS = 'ABCDEFGHIJKLMNOPRSTVWYZ';
