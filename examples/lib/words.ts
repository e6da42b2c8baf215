/** The words of the examples' printouts, in English and Italian (the library's own sentences come from its catalogs). */

/** What `printResult` writes around the library's sentences. */
export interface Words {
  readonly pct: (x: number) => string;
  readonly fixed: (x: number | null) => string;
  readonly objective: (objective: string, matched: number, demand: number, micro: boolean) => string;
  readonly head: (micro: boolean) => string;
  readonly locked: string;
  readonly more: (n: number) => string;
  readonly unmatched: string;
  readonly unmatchedHead: string;
  readonly everyone: string;
  readonly against: string;
  readonly againstHead: string;
  readonly rows: readonly [string, string, string, string, string, string];
  readonly mentors: (busy: number, all: number, full: number) => string;
  readonly stable: string;
  readonly optimal: string;
  readonly bound: (figure: string, gap: number, bound: number) => string;
}

const en: Words = {
  pct: (x) => `${(100 * x).toFixed(0)}%`,
  fixed: (x) => (x === null ? '–' : x.toFixed(2)),
  objective: (objective, matched, demand, micro) =>
    `Objective: ${objective}. ${matched} of ${demand} ${micro ? 'requests' : 'mentees'} matched.`,
  head: (micro) => `mentee | ${micro ? 'topic | ' : ''}mentor | score | top reasons`,
  locked: ' (locked)',
  more: (n) => `… and ${n} more pairs.`,
  unmatched: 'Unmatched, by reason:',
  unmatchedHead: 'reason | count | example',
  everyone: 'everyone is matched',
  against: 'Optimised against first come, first served:',
  againstHead: '| optimised | first come, first served',
  rows: ['matched', 'total score', 'weighted by priority', 'mean score', 'lowest score', 'blocking pairs'],
  mentors: (busy, all, full) => `Mentors: ${busy} of ${all} mentor someone, ${full} are at capacity.`,
  stable: 'Stable, and the best stable matching for every mentee.',
  optimal: 'Proven optimal for the objective.',
  bound: (figure, gap, bound) =>
    `Hours budgets bind: every budget holds, and ${figure} is within ${(100 * gap).toFixed(2)}% of the best possible (at most ${bound.toFixed(3)}).`,
};

const number = (digits: number) =>
  new Intl.NumberFormat('it', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format;
const two = number(2);

const it: Words = {
  pct: new Intl.NumberFormat('it', { style: 'percent', maximumFractionDigits: 0 }).format,
  fixed: (x) => (x === null ? '–' : two(x)),
  objective: (objective, matched, demand, micro) =>
    `Obiettivo di ottimizzazione: ${objective}. ${micro ? 'Richieste abbinate' : 'Mentee abbinati'}: ${matched} su ${demand}.`,
  head: (micro) => `mentee | ${micro ? 'argomento | ' : ''}mentor | punteggio | motivi principali`,
  locked: ' (coppia vincolata)',
  more: (n) => `… e altre ${n} coppie.`,
  unmatched: 'Non abbinati, per motivo:',
  unmatchedHead: 'motivo | numero | esempio',
  everyone: 'tutti sono stati abbinati',
  against: 'Abbinamento ottimizzato e «primo arrivato, primo servito» a confronto:',
  againstHead: '| ottimizzato | primo arrivato, primo servito',
  rows: [
    'abbinati',
    'punteggio totale',
    'ponderato per priorità',
    'punteggio medio',
    'punteggio minimo',
    'coppie bloccanti',
  ],
  mentors: (busy, all, full) => `Mentor: ${busy} su ${all} seguono qualcuno, ${full} sono al completo.`,
  stable: 'Abbinamento stabile, e il migliore tra quelli stabili per ogni mentee.',
  optimal: "Ottimo dimostrato per l'obiettivo di ottimizzazione.",
  bound: (figure, gap, bound) =>
    `I monte ore sono vincolanti: ogni monte ore è rispettato, e ${figure} è entro il ${number(2)(100 * gap)}% del massimo possibile (al più ${number(3)(bound)}).`,
};

/** The printouts' words by language. */
export const WORDS = { en, it } as const;
