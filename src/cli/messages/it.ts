/**
 * The command line's Italian messages (`--locale it`), beside the library's Italian catalog
 * (src/locales/it.ts, whose glossary they follow): every code of src/cli/messages/en.ts with the same
 * parameters.
 */
import type { Catalog } from '../../locale/types.js';
import type { CliCode } from './en.js';

const messages = {
  'cli.progress.read': 'letto {source} ({size})',
  'cli.progress.readTables': 'letti {size}: {mentors} mentor, {mentees} mentee, {topics} argomenti',
  'cli.progress.matching': 'abbinamento di {mentees} mentee e {mentors} mentor',
  'cli.progress.matched':
    '{mode, select, micro {abbinate {matched} richieste su {demand}} other {abbinati {matched} mentee su {demand}}}',
  'cli.progress.matchedAll': 'abbinamento completato',
  'cli.progress.reportingOn': 'report su {mentees} mentee e {mentors} mentor',
  'cli.progress.reporting': 'preparazione del report',
  'cli.progress.reported': 'report pronto',
  'cli.progress.shortlisting': 'ricerca dei {k} mentor migliori per {mentee}',
  'cli.progress.shortlisted': 'rosa pronta',
  'cli.progress.wrote': 'scritto {file}',
  'cli.progress.took': '{text} in {ms} ms',
  'cli.progress.phase': '{phase, select, score {calcolo dei punteggi} other {{phase}}}',
  'cli.pairsHead':
    '{mode, select, micro {mentee|argomento|mentor|punteggio|motivo principale} other {mentee|mentor|punteggio|motivo principale}}',
  'cli.unmatchedHead': '{mode, select, micro {mentee|argomento|codice|motivo} other {mentee|codice|motivo}}',
  'cli.locked': '{mentor} (vincolato)',
  'cli.unmatched': 'Non abbinati: {count} su {demand} {mode, select, micro {richieste} other {mentee}}',
  'cli.figures':
    '{matched} {mode, select, micro {richieste abbinate} other {mentee abbinati}} su {demand} ({share}), punteggio totale {total}{weighted, select, no {, } other { ({weighted} ponderato per priorità), }}media {mean}, minimo {lowest}, {blocking, plural, one {# coppia bloccante} other {# coppie bloccanti}}',
  'cli.objective': 'Obiettivo di ottimizzazione {objective}: {figures}.',
  'cli.greedy': 'In ordine di arrivo: {figures}.',
  'cli.mentors': 'Mentor: {busy} su {total} seguono qualcuno, {full} al completo.',
  'cli.stable': 'Stabile, e il miglior abbinamento stabile per ogni mentee.',
  'cli.mayBeUnstable':
    "Il monte ore è vincolante: ogni monte ore è rispettato, ma l'abbinamento potrebbe non essere stabile.",
  'cli.optimal': "Ottimo dimostrato per l'obiettivo di ottimizzazione.",
  'cli.gap':
    'Il monte ore è vincolante: ogni monte ore è rispettato; {figure, select, weightedTotal {il punteggio totale ponderato per priorità} weightedMatched {la priorità delle richieste abbinate} matched {il numero di abbinati} other {il punteggio minimo}} dista al massimo {gap}% dal miglior valore possibile (al massimo {bound}, dopo {nodes} nodi di ricerca).',
  'cli.mentorsFor': 'Mentor per {mentee}',
  'cli.mentorsForRequest': 'Mentor per la richiesta di {mentee} su {topic}',
  'cli.decided': '{title} (scelta fissata da una coppia vincolata)',
  'cli.suggestHead': '#|mentor|punteggio|motivi principali',
  'cli.emptyPlaces':
    '({missing, plural, one {# posto vuoto} other {# posti vuoti}}: meno mentor ammessi con posti liberi di {k})',
  'cli.asksNothing': '{mentee} non ha richieste.',
  'cli.csv.unclosed': 'un campo tra virgolette non viene mai chiuso (manca una ")',
  'cli.csv.afterQuote': 'testo dopo le virgolette di chiusura di {field}',
  'cli.csv.empty': 'il file è vuoto: la prima riga deve contenere i nomi delle colonne',
  'cli.csv.noName': 'la colonna {column, raw} non ha nome',
  'cli.csv.repeated': 'la colonna {name} è ripetuta',
  'cli.csv.fields':
    '{count, plural, one {# campo} other {# campi}}, ma l\'intestazione ne ha {header, raw}{hint, select, yes { (provare con --separator ";")} other {}}',
  'cli.tables': 'le tabelle {files, items} e {last}',
  'cli.invalidProgramme':
    '{source}: il programma non è valido ({count, plural, one {# problema} other {# problemi}}{capped, select, yes {; elencati i primi 50} other {}}):',
  'cli.json.at': '{source} non è un JSON valido: riga {line, raw}, colonna {column, raw}: {text}',
  'cli.json.control': 'un a capo o un carattere di controllo dentro una stringa',
  'cli.json.escape': 'una sequenza di escape non valida in una stringa',
  'cli.json.unclosedString': 'una stringa che non viene mai chiusa',
  'cli.json.unclosedComment': 'un commento che non viene mai chiuso',
  'cli.json.expected':
    'atteso {what, select, name {un nome di proprietà tra virgolette doppie} colon {{tokens, or} dopo un nome di proprietà} member {{tokens, or} dopo il valore di una proprietà} element {{tokens, or} dopo un elemento di un array} value {un valore} other {la fine del file dopo il valore}}, trovato {found, select, end {la fine del file} other {{found}}}',
  'cli.cannotRead':
    'impossibile leggere {source}: {reason, select, ENOENT {il file non esiste} EISDIR {è una cartella} EACCES {permesso negato} other {{detail}}}',
  'cli.bytes': '{mib, plural, =-1 {{bytes, raw} byte} other {{bytes, raw} byte ({mib, raw} MiB)}}',
  'cli.tooLarge':
    '{source} supera {limit}, il limite di --max-input-bytes (predefinito: {fallback, raw} MiB); {raise, select, yes {si può alzare con --max-input-bytes <byte>, fino a {max}} other {è già il limite massimo}}',
  'cli.stdin': 'lo standard input',
} as const;

/** The command line's messages in Italian. */
export const CLI_IT = { locale: 'it', messages } as const satisfies Catalog & {
  messages: Readonly<Record<CliCode, string>>;
};
