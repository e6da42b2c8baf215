/**
 * Programmes shared by the scoreProgram test files: a small taxonomy with its experts (and the micro
 * expertise formula), and the "zoo", a micro programme where many hard rules overlap, with its
 * classic twin, the hard rules each can have in force and a way to switch one of them off.
 */
import type { ProgramJson } from './programArbitrary.js';

// Taxonomy: finance > {pricing, tax}; audit alone. Mentors and the effective level each gets.
export const TOPICS = [
  { id: 'finance' },
  { id: 'pricing', parent: 'finance' },
  { id: 'tax', parent: 'finance' },
  { id: 'audit' },
];
export const EXPERTS = [
  { id: 'p5', skills: [{ topic: 'pricing', level: 5 }] },
  { id: 'p2', skills: [{ topic: 'pricing', level: 2 }] },
  { id: 'fin4', skills: [{ topic: 'finance', level: 4 }] },
  { id: 'tax5', skills: [{ topic: 'tax', level: 5 }] },
  { id: 'aud5', skills: [{ topic: 'audit', level: 5 }] },
  {
    id: 'mix',
    skills: [
      { topic: 'pricing', level: 1 },
      { topic: 'finance', level: 4 },
      { topic: 'tax', level: 5 },
    ],
  },
];
/** Micro expertise: 0.8 × min(1, level / asked) + 0.2 × level / 5. */
export const micro = (level: number, asked: number) => 0.8 * Math.min(1, level / asked) + 0.2 * (level / 5);

/** A micro programme where many rules overlap (the expected lists are in test/scoreProgram.explanations.test.ts). */
export const ZOO: ProgramJson = {
  mode: 'micro',
  topics: [{ id: 'finance' }, { id: 'pricing', parent: 'finance' }, { id: 'tax', parent: 'finance' }, { id: 'ux' }],
  mentors: [
    {
      id: 'ana',
      skills: [{ topic: 'pricing', level: 5 }],
      languages: ['en'],
      timeZone: 1,
      department: 'sales',
      grade: 7,
      attributes: { site: 'lyon', certified: true },
    },
    {
      id: 'bob',
      skills: [
        { topic: 'pricing', level: 2 },
        { topic: 'tax', level: 4 },
      ],
      languages: ['de'],
      timeZone: 9,
      department: 'ops',
      grade: 4,
      managerId: 'eve',
      attributes: { site: 'paris' },
    },
    {
      id: 'cy',
      skills: [
        { topic: 'pricing', level: 4 },
        { topic: 'ux', level: 3 },
      ],
      languages: ['en', 'fr'],
      timeZone: -8,
      department: 'ops',
      grade: 9,
      attributes: { site: 'lyon', certified: true, team: 'red' },
    },
    {
      id: 'sam',
      skills: [{ topic: 'ux', level: 5 }],
      languages: ['en'],
      timeZone: 0,
      department: 'it',
      grade: 6,
      attributes: { certified: true },
    },
    { id: 'dee', skills: [{ topic: 'pricing', level: 3 }], attributes: { certified: true, team: 'red' } },
  ],
  mentees: [
    {
      id: 'eve',
      requests: [
        { topic: 'pricing', level: 3 },
        { topic: 'ux', level: 2 },
      ],
      languages: ['en'],
      timeZone: 2,
      department: 'ops',
      grade: 3,
      managerId: 'cy',
      exclude: ['dee'],
      preferences: ['cy', 'ana'],
      attributes: { site: 'lyon', team: 'red' },
    },
    {
      id: 'sam',
      requests: [{ topic: 'pricing', level: 2 }],
      languages: ['EN'],
      timeZone: 0,
      department: 'sales',
      grade: 4,
      attributes: { site: 'paris' },
    },
    {
      id: 'fay',
      requests: [{ topic: 'tax', level: 3 }],
      languages: ['fr'],
      timeZone: -10,
      department: 'sales',
      grade: 1,
      attributes: { team: 'blue' },
    },
  ],
  rules: {
    sameDepartment: 'forbidden',
    seniorityGap: { min: 1, max: 4 },
    maxTimeZoneGap: 6,
    custom: [
      { name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } },
      { name: 'no-same-team', effect: 'forbid', same: 'team' },
      { name: 'same-site', effect: 'prefer', same: 'site' },
    ],
    forbiddenPairs: [
      { mentee: 'fay', mentor: 'ana' },
      { mentee: 'eve', mentor: 'sam', topic: 'ux' },
    ],
  },
};

/** The same people in a classic programme: goals for requests, pairs without topics. */
export const CLASSIC_ZOO: ProgramJson = {
  ...ZOO,
  mode: 'classic',
  mentees: ZOO.mentees.map(({ requests, ...rest }) => ({
    ...rest,
    goals: (requests ?? []).map((r) => ({ topic: r.topic })),
  })),
  rules: {
    ...ZOO.rules,
    levelRequired: true,
    forbiddenPairs: [
      { mentee: 'fay', mentor: 'ana' },
      { mentee: 'eve', mentor: 'sam' },
    ],
  },
};

/** Every hard rule `input` can have in force. */
export function ruleNames(input: ProgramJson): string[] {
  return [
    'self',
    'excluded',
    'forbiddenPair',
    'reportingLine',
    'sameDepartment',
    'seniorityGap',
    'sharedLanguage',
    'maxTimeZoneGap',
    'levelRequired',
    ...(input.rules?.custom ?? []).map((c) => `custom:${c.name}`),
  ];
}

/** `input` with hard rule `name` switched off everywhere, nothing else changed. */
export function without(input: ProgramJson, name: string): ProgramJson {
  const p = structuredClone(input);
  const rules = p.rules ?? {};
  p.rules = rules;
  switch (name) {
    case 'self': {
      // Rename every mentor who is also a mentee, and every reference to them as a mentor.
      const menteeIds = new Set(p.mentees.map((e) => e.id));
      const both = new Set(p.mentors.map((m) => m.id).filter((id) => menteeIds.has(id)));
      const rename = (id: string) => (both.has(id) ? `${id} (as mentor)` : id);
      for (const m of p.mentors) m.id = rename(m.id);
      for (const e of p.mentees) {
        if (e.preferences) e.preferences = e.preferences.map(rename);
        if (e.exclude) e.exclude = e.exclude.map(rename);
      }
      for (const pair of [...(rules.forbiddenPairs ?? []), ...(rules.lockedPairs ?? [])])
        pair.mentor = rename(pair.mentor);
      // A manager id naming such a person would now mean only the mentee: keep the test honest.
      for (const person of [...p.mentors, ...p.mentees])
        if (person.managerId !== undefined && both.has(person.managerId)) throw new Error('ambiguous manager id');
      break;
    }
    case 'excluded':
      for (const e of p.mentees) delete e.exclude;
      break;
    case 'forbiddenPair':
      rules.forbiddenPairs = [];
      break;
    case 'reportingLine':
      rules.reportingLine = 'allowed';
      break;
    case 'sameDepartment':
      rules.sameDepartment = 'avoided';
      break;
    case 'seniorityGap':
      rules.seniorityGap = null;
      break;
    case 'sharedLanguage':
      rules.sharedLanguage = false;
      break;
    case 'maxTimeZoneGap':
      rules.maxTimeZoneGap = null;
      break;
    case 'levelRequired':
      rules.levelRequired = false;
      break;
    default:
      rules.custom = (rules.custom ?? []).filter((c) => `custom:${c.name}` !== name);
  }
  return p;
}
