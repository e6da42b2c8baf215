/**
 * The command line's Italian messages (`--locale it`), beside the library's Italian catalog
 * (src/locales/it.ts, whose glossary they follow): every code of src/cli/messages/en.ts with the same
 * parameters.
 */
import type { Catalog } from '../../locale/types.js';
import type { CliCode } from './en.js';
import { HELP_IT } from './helpIt.js';

const messages = {
  ...HELP_IT,
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
    'impossibile leggere {source}: {reason, select, ENOENT {il file non esiste} EISDIR {è una cartella} EACCES {permesso negato} ENOTDIR {una parte del percorso non è una cartella} other {{detail}}}',
  'cli.bytes': '{mib, plural, =-1 {{bytes, raw} byte} other {{bytes, raw} byte ({mib, raw} MiB)}}',
  'cli.tooLarge':
    '{source} supera {limit}, il limite di --max-input-bytes (predefinito: {fallback, raw} MiB); {raise, select, yes {si può alzare con --max-input-bytes <byte>, fino a {max}} other {è già il limite massimo}}',
  'cli.stdin': 'lo standard input',
  'cli.cannotWrite':
    'impossibile scrivere {file}: {reason, select, ENOENT {la cartella non esiste} EISDIR {è una cartella} EACCES {permesso negato} ENOTDIR {una parte del percorso non è una cartella} ENOSPC {spazio esaurito sul disco} EROFS {il file system è di sola lettura} other {{detail}}}',
  'cli.invalidJson': '{source} non è un JSON valido: {detail}',
  'cli.noMentee': 'il mentee {mentee} non esiste in {source}',
  'cli.infeasible':
    "nessuna soluzione rispetta i requisiti obbligatori: {demand, plural, one {{mode, select, micro {l'unica richiesta non può essere abbinata} other {l'unico mentee non può essere abbinato}}} other {{mode, select, micro {nessuna delle # richieste può essere abbinata} other {nessuno dei # mentee può essere abbinato}}}} (codice di uscita 3)",
  'cli.warning': 'avviso: {text}',
  'cli.bug': 'errore imprevisto: va segnalato insieme ai dati che lo hanno provocato:',
  'cli.usage.more': "Per la guida completa: '{command} --help'.",
  'cli.usage.unknownCommand': 'comando {name} sconosciuto; i comandi sono {commands, items}',
  'cli.usage.unknownOption': 'opzione {option} sconosciuta',
  'cli.usage.missingValue': 'manca il valore di {option}',
  'cli.usage.noValue': "l'opzione {option} non accetta un valore",
  'cli.usage.ambiguous':
    "valore dell'opzione {option} ambiguo: manca, oppure inizia con un trattino (in tal caso va scritto {example})",
  'cli.usage.commandLine': '{detail}',
  'cli.usage.oneOf': '{option} deve essere {allowed, or}, non {value}',
  'cli.usage.integer': '{option} deve essere un numero intero da {min, raw} a {max, raw}, non {value}',
  'cli.usage.atLeast': '{option} deve essere un numero ≥ {min, raw}, non {value}',
  'cli.usage.missingOption': "manca l'opzione obbligatoria {option}",
  'cli.usage.missingProgramme':
    'manca il file del programma (un percorso, oppure - per lo standard input), o in alternativa --mentors e --mentees',
  'cli.usage.unexpected': 'parametro non previsto: {value}',
  'cli.usage.fileAndTables':
    'indicare un file del programma oppure --mentors e --mentees, non entrambi (ricevuto anche {value})',
  'cli.usage.bomBoth': '--bom e --no-bom si escludono a vicenda',
  'cli.usage.bomCsv': '--bom vale solo con --format csv',
  'cli.usage.startDate': '--start-date deve essere una data nel formato AAAA-MM-GG, non {value}',
  'cli.usage.separator': '--separator deve essere un solo carattere (come ; o tab), non {value}',
  'cli.usage.cycleWeeks': '--cycle-weeks va usato con --meetings (un esempio senza incontri non ha un ciclo)',
  'cli.diff.missingFiles': 'mancano i due file da confrontare, prima e dopo (programmi o risultati salvati)',
  'cli.diff.twoStdin': 'solo uno dei due file può essere lo standard input',
  'cli.diff.objectiveSaved': '--objective vale per i programmi, ma i due file sono entrambi risultati salvati',
  'cli.diff.cannotCompare': 'impossibile confrontare i due abbinamenti:',
  'cli.diff.sides': 'Prima: {before}\nDopo:  {after}',
  'cli.diff.origin':
    '{source} ({saved, select, yes {risultato salvato} other {abbinato qui}}{objective, select, none {} other {, obiettivo di ottimizzazione {objective}}})',
  'cli.diff.title': '{table, select, moved {Cambi di mentor} added {Coppie aggiunte} other {Coppie rimosse}}',
  'cli.diff.pairsHead': '{micro, select, yes {mentee|argomento|mentor|punteggio} other {mentee|mentor|punteggio}}',
  'cli.diff.movedHead':
    '{micro, select, yes {mentee|argomento|da|a|punteggio prima|punteggio dopo} other {mentee|da|a|punteggio prima|punteggio dopo}}',
  'cli.diff.kept':
    '{kept, plural, one {# coppia mantenuta} other {# coppie mantenute}}{rescored, plural, =0 {} other { ({rescored} con un punteggio diverso)}}{changed, select, no {, nessuna coppia è cambiata} other {}}.',
  'cli.diff.figuresHead': 'indicatore|prima|dopo|variazione',
  'cli.diff.figure':
    '{figure, select, matched {abbinati} weightedTotal {punteggio totale ponderato per priorità} totalScore {punteggio totale} meanScore {punteggio medio} lowestScore {punteggio minimo} other {coppie bloccanti}}',
  'cli.diff.mdTitle': 'Che cosa è cambiato',
  'cli.diff.mdSides': 'Prima: {before}. Dopo: {after}. {kept}',
  'cli.diff.mdFigures': 'Indicatori',
} as const;

/** The command line's messages in Italian. */
export const CLI_IT = { locale: 'it', messages } as const satisfies Catalog & {
  messages: Readonly<Record<CliCode, string>>;
};
