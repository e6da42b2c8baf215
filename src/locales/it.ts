/**
 * `mentormatch/locales/it`: the Italian catalog. Pass it as the `locale` option
 * (`matchProgram(program, { locale: it })`); it is plain data, kept out of the root entry so that
 * only the applications that speak Italian ship it.
 *
 * Glossary (one word per idea, used in every message):
 *
 * | English            | Italiano                      |
 * |--------------------|-------------------------------|
 * | mentor, mentee     | mentor, mentee (invariabili)  |
 * | programme          | programma                     |
 * | request            | richiesta                     |
 * | goal               | obiettivo                     |
 * | topic              | argomento                     |
 * | related topic      | argomento affine              |
 * | level (of a skill) | livello                       |
 * | grade              | grado                         |
 * | capacity, place    | capacità, posto               |
 * | hours, hours budget| ore, monte ore                |
 * | session, meeting   | incontro                      |
 * | cycle              | ciclo                         |
 * | department         | reparto                       |
 * | time zone          | fuso orario                   |
 * | hard rule          | vincolo                       |
 * | score              | punteggio                     |
 * | pair, blocking pair| coppia, coppia bloccante      |
 * | objective          | obiettivo di ottimizzazione   |
 * | matched, unmatched | abbinato, non abbinato        |
 * | proposer, receiver | proponente, ricevente (solver)|
 * | row, column, entry | riga, colonna, elemento       |
 *
 * A figure never follows an article (`l'80%`, `gli 8 mentor` depend on how the number is read):
 * the messages put figures after a colon or in parentheses.
 *
 * @module
 */
import type { MessageCode } from '../locale/en.js';
import type { Catalog } from '../locale/message.js';

const messages = {
  'criterion.expertise': "Competenza sull'argomento",
  'criterion.willingness': "Disponibilità sull'argomento",
  'criterion.goals': 'Copertura degli obiettivi',
  'criterion.seniority': 'Differenza di grado',
  'criterion.language': 'Lingua in comune',
  'criterion.timeZone': 'Orari di lavoro in comune',
  'criterion.department': 'Collegamento tra reparti',
  'criterion.preference': 'Preferenza del mentee',
  'criterion.values': 'Valori e interessi condivisi',
  'criterion.custom': 'Preferenze personalizzate',

  'detail.noGoals': 'il mentee non ha indicato obiettivi: neutro',
  'detail.expertise.asked': '{levels, join} (livello richiesto: {asked}): {value, percent}',
  'detail.expertise.offered': '{levels, join}: {value, percent} della padronanza (livello {offer}) sugli obiettivi',
  'level.none': 'nessun livello su {topic} né su un argomento affine',
  'level.direct': 'livello {level} su {topic}',
  'level.related': "livello {level} sull'argomento affine {related}, che vale {credit} su {topic}",
  'detail.goals': 'obiettivi ponderati del mentee coperti: {value, percent} (livelli su {scale})',
  'detail.willingness.offers': 'ha dato la sua disponibilità su questo argomento',
  'detail.willingness.notOffered': 'non ha dato la sua disponibilità su questo argomento',
  'detail.willingness.related': 'disponibile su questo argomento o su uno strettamente affine ({value, percent})',
  'detail.seniority.missing': 'manca il grado di uno dei due: neutro',
  'detail.seniority.above':
    'il mentor è {gap, plural, =0 {allo stesso grado del mentee} one {# grado sopra il mentee} other {# gradi sopra il mentee}} (ideale: {ideal} gradi sopra)',
  'detail.seniority.below':
    'il mentor è {gap, plural, one {# grado} other {# gradi}} sotto il mentee (ideale: {ideal} gradi sopra)',
  'ideal.range': 'da {min} a {max}',
  'ideal.atLeast': '{min} o più',
  'detail.language.missing': 'lingue non indicate: neutro',
  'detail.language.shared': 'parlano entrambi {languages, list}',
  'detail.language.none': 'nessuna lingua in comune',
  'detail.timeZone.missing': 'manca il fuso orario di uno dei due: neutro',
  'detail.timeZone.gap':
    '{gap} h di fuso: {overlap, plural, one {# ora lavorativa} other {# ore lavorative}} in comune su {workday}',
  'detail.department.missing': 'manca il reparto di uno dei due: neutro',
  'detail.department.different': 'reparti diversi ({mentor} e {mentee})',
  'detail.department.same': 'stesso reparto ({department})',
  'detail.preference.none': 'il mentee non ha indicato preferenze: neutro',
  'detail.preference.unlisted':
    '{choices, plural, one {non è la scelta indicata dal mentee} other {non è tra le # scelte del mentee}}',
  'detail.preference.rank': 'scelta n. {rank} del mentee su {choices}',
  'detail.values.missing': 'valori non indicati: neutro',
  'detail.values.shared': 'condividono {values, list} ({shared} su {total} del mentee)',
  'detail.values.none': 'nessun valore o interesse in comune',
  'detail.custom.meets': 'soddisfa {met, join}',
  'detail.custom.misses': 'non soddisfa {missed, join}',
  'detail.custom.both': 'soddisfa {met, join}; non soddisfa {missed, join}',
  'custom.rule': '{name} ({effect, select, prefer {da preferire} other {da evitare}} quando {condition})',
  'condition.all': '{parts, and}',
  'condition.equals': "l'attributo {attribute} del {side, select, mentor {mentor} other {mentee}} vale {value}",
  'condition.in':
    "l'attributo {attribute} del {side, select, mentor {mentor} other {mentee}} vale uno tra {values, items}",
  'condition.has': "il {side, select, mentor {mentor} other {mentee}} ha un valore per l'attributo {attribute}",
  'condition.same': "entrambi hanno lo stesso valore per l'attributo {attribute}",

  'rule.self': 'una persona non può fare da mentor a sé stessa',
  'rule.excluded': 'il mentee ha escluso questo mentor',
  'rule.forbiddenPair': 'il programma vieta questa coppia (rules.forbiddenPairs)',
  'rule.reportingLine':
    '{manager, select, mentor {il mentor è il responsabile diretto del mentee} other {il mentee è il responsabile diretto del mentor}} (linea gerarchica)',
  'rule.sameDepartment': 'stesso reparto ({department}), che le regole vietano',
  'rule.seniorityGap': "la differenza di grado {gap} è fuori dall'intervallo da {min} a {max} (rules.seniorityGap)",
  'rule.sharedLanguage': 'nessuna lingua in comune (rules.sharedLanguage)',
  'rule.maxTimeZoneGap': '{gap} h di fuso, oltre le {limit} h consentite (rules.maxTimeZoneGap)',
  'rule.levelRequired': 'livello {level} su {topic}, sotto il livello {asked} richiesto (rules.levelRequired)',
  'rule.custom':
    'la regola personalizzata "{name}" {effect, select, forbid {vieta le coppie in cui} other {ammette solo le coppie in cui}} {condition}',

  'explain.part': '{label}: {detail}',
  'explain.summary': '{score, fixed}: {parts, join}',
  'explain.summaryPriority': '{score, fixed} × priorità {priority} = {weighted}: {parts, join}',
  'explain.forbidden': 'coppia non ammessa: {rules, join}',

  'unit.mentee': 'il mentee {mentee}',
  'unit.request': 'la richiesta di {mentee} su {topic}',
  'names.all': '{names, list}',
  'names.more': '{names, items} e altri {more}',
  'unmatched.noExpert':
    'nessun mentor ha il livello {level} o superiore su {topic}: occorre reclutarne uno o abbassare il livello richiesto',
  'unmatched.ruledOut':
    '{cause, select, noMentors {il programma non ha mentor} other {i vincoli escludono tutti i mentor per {unit}: {rules, items}}}',
  'unmatched.rule': '{rule} ({mentors} mentor)',
  'unmatched.sameMentee': 'gli unici mentor ammessi ({mentors}) seguono già {mentee} su altre richieste',
  'unmatched.mentorsFull':
    "{candidates, plural, =1 {l'unico mentor che potrebbe accogliere {unit} è al completo} other {tutti i mentor che potrebbero accogliere {unit} (#) sono al completo}}: {mentors}; {went}",
  'unmatched.noPlaces': 'nessuno di loro ha posti (capacità 0)',
  'unmatched.placesWent': 'i posti di {mentor} sono andati a {takers}',
  'unmatched.hoursBudget':
    'ai mentor con posti liberi non restano le ore che servono per {unit} ({hours, plural, one {# ora} other {# ore}}{meetings}): {mentors}',
  'unmatched.meetings': ', {sessions, plural, one {# incontro} other {# incontri}} da {minutes} minuti',
  'unmatched.objective':
    "l'ottimizzazione ha lasciato fuori {unit} pur con posti liberi presso {mentors}: la coppia non migliorerebbe l'obiettivo",
  'unmatched.quota':
    "la quota {quota} ha escluso {unit}: {kind, select, perMentor {i mentor con posti liberi ({mentors}) hanno già tutti i mentee con {attribute} {value} che la quota consente} other {{share, select, min {un'altra coppia non conteggiata dalla quota farebbe scendere la percentuale sotto il minimo} max {un'altra coppia di questo tipo farebbe superare la percentuale massima} other {non consente altre coppie di questo tipo}}}}{also}",
  'unmatched.quotaAlso': '; la quota {quota} esclude {mentors}',
  'mentor.load': '{mentor} ({load}/{capacity})',
  'mentor.hours': '{mentor} ({given} h assegnate su {budget})',
  'mentor.score': '{mentor} (punteggio {score, fixed})',

  'unit.person': '{mentee}',
  'removed.menteeLeft': '{mentee} ha lasciato il programma',
  'removed.mentorLeft': '{mentor} ha lasciato il programma',
  'removed.excluded': '{mentee} e {mentor} non devono più essere abbinati',
  'removed.noLongerAllowed':
    '{cause, select, locked {la richiesta ora è vincolata a {mentor}} other {un vincolo ora vieta la coppia: {rules, join}}}',
  'removed.capacityReduced': '{mentor} ora ha meno posti e tiene le coppie con il punteggio più alto',
  'added.newMentee': 'nuovo ingresso nel programma: {mentee}',
  'added.replacement': '{unit} ha perso il suo mentor, {mentor}',
  'added.waitingList': '{unit} era in attesa di un mentor',

  'report.title': 'Report del programma',
  'report.titleNamed': 'Report del programma: {name}',
  'report.asks':
    '{n, plural, one {# {mode, select, micro {richiesta} other {obiettivo}}} other {# {mode, select, micro {richieste} other {obiettivi}}}}',
  'report.units':
    '{n, plural, one {# {mode, select, micro {richiesta} other {mentee}}} other {# {mode, select, micro {richieste} other {mentee}}}}',
  'report.summary':
    '{mode, select, micro {Micro-mentoring} other {Mentoring classico}} · {mentors} mentor, {mentees} mentee · {asks} su {asked} argomenti ({topics} in tutto)',
  'report.readiness': 'Prontezza del programma',
  'report.figureHead': 'Indicatore|Valore',
  'report.ratio': 'Mentor : mentee',
  'report.places': 'Posti (somma delle capacità) per {units}',
  'report.placesValue': '{capacity} ({ratio} per {mode, select, micro {richiesta} other {mentee}})',
  'report.meanCapacity': 'Capacità media di un mentor',
  'report.noCandidate': '{mode, select, micro {Richieste} other {Mentee}} senza alcun mentor ammesso',
  'report.noCandidateValue': '{count} (nessun esperto: {noExpert}, esclusi dai vincoli: {ruledOut})',
  'report.expected':
    'Tasso di abbinamento atteso (abbinamento massimo{exact, select, yes {} other {, stima per eccesso}})',
  'report.expectedValue': '{rate} ({matched} su {demand})',
  'report.hot':
    '{topic}: {asks}, copertura {coverage}, {needed, plural, =0 {mentor sufficienti} one {serve # mentor in più} other {servono # mentor in più}}',
  'report.moreTopics':
    '{hidden, plural, one {un altro argomento} other {altri # argomenti}} con {mode, select, micro {richieste} other {obiettivi}} non {hidden, plural, one {mostrato} other {mostrati}}',
  'report.topicsWithout':
    '{without, plural, one {# argomento} other {# argomenti}} senza {mode, select, micro {richieste} other {obiettivi}}',
  'report.warnings': 'Avvisi',
  'report.warningsNote': 'Ammesso dal formato del programma, ma con ogni probabilità un errore:',
  'report.hotTopics': 'Argomenti più richiesti',
  'report.noHot': 'Nessun argomento ha ancora {mode, select, micro {richieste} other {obiettivi}}.',
  'report.uncovered': 'Argomenti scoperti',
  'report.uncoveredNote':
    "Argomenti su cui nessun mentor raggiunge un livello richiesto (una competenza su un sottoargomento conta solo in parte sull'argomento): occorre reclutare o abbassare il livello.",
  'report.none': 'Nessuno.',
  'report.subtopics':
    "{topic}: {mentors} mentor di livello {level} o superiore sui suoi sottoargomenti ({subtopics, items}); conviene chiedere uno di questi, oppure vedere l'area tematica più sotto.",
  'report.demand': 'Domanda e offerta per argomento',
  'report.demandNote':
    'Priorità: media per {mode, select, micro {richiesta} other {obiettivo}}. Idonei: mentor a un livello richiesto. Fornitori: idonei e disponibili. Posti: la capacità dei fornitori ripartita tra gli argomenti che coprono. Copertura: posti per unità di domanda. Da reclutare: mentor che mancano per una copertura del 100%.',
  'report.chart': 'Gli argomenti più richiesti ({n}): domanda e posti a confronto',
  'report.legend': 'Domanda ({mode, select, micro {richieste} other {obiettivi}})|Posti (capacità ripartita)',
  'report.topicHead':
    'Argomento|Richieste|Mentee|Priorità|Livelli 1·2·3·4·5|Idonei|Disponibili|Fornitori|Posti|Copertura|Da reclutare',
  'report.meetings': 'Incontri: domanda e offerta in incontri e ore',
  'report.meetingsNote':
    "Incontri e ore richiesti per argomento, a confronto con il monte ore dei mentor che lo coprono (un mentor è contato sotto ogni argomento che copre); gli incontri coperti sono quelli che il monte ore consente, alla durata media degli incontri dell'argomento.",
  'report.meetingsHead': 'Argomento|Incontri richiesti|Ore richieste|Fornitori|Monte ore|Incontri coperti',
  'report.meetingsCycle': 'Ciclo: {weeks, plural, one {# settimana} other {# settimane}}, con inizio il {start}.',
  'report.meetingsCycleWeeks': 'Ciclo: {weeks, plural, one {# settimana} other {# settimane}}.',
  'report.meetingsTotals':
    'Richiesti: {sessions, plural, one {# incontro} other {# incontri}} ({hours} h); monte ore dei mentor: {budget}.',
  'report.hoursValue': '{hours} h',
  'report.noLimit': 'nessun limite',
  'report.areas': 'Aree tematiche',
  'report.areasNote': 'Ogni area è un argomento con tutti i suoi sottoargomenti; ogni persona è contata una volta.',
  'report.areaHead': 'Area|Sottoargomenti',
  'report.champions': 'Mentor di riferimento',
  'report.noChampions': 'Nessun mentor copre ancora {mode, select, micro {una richiesta} other {un obiettivo}}.',
  'report.championsNote':
    'Quota: la domanda che spetta al mentor quando ogni {mode, select, micro {richiesta è ripartita} other {obiettivo è ripartito}} in parti uguali tra i mentor idonei e disponibili. Esclusive: {mode, select, micro {richieste} other {obiettivi}} che nessun altro può coprire.',
  'report.championHead':
    '#|Mentor|Quota|Capacità|{mode, select, micro {Richieste} other {Obiettivi}}|Esclusive|Argomenti principali',
  'report.matching': 'Abbinamento',
  'report.matchingText':
    "Obiettivo di ottimizzazione {objective}: {matched} abbinati su {units} ({rate}); atteso prima dell'abbinamento: {expected}.",
  'report.blocking':
    ' Coppie bloccanti (un mentee e un mentor che preferirebbero entrambi essere abbinati tra loro): {n}.',
  'report.scores': 'Punteggi',
  'report.pairs': 'Coppie',
  'report.scoreFrom': 'Punteggio da',
  'report.scoreHead': 'Coppie|Media|Min|Q1|Mediana|Q3|Max',
  'report.load': 'Carico dei mentor',
  'report.mentors': 'Mentor',
  'report.loadText':
    'Posti occupati: {used}; in media {mean} coppie per mentor; {idle} senza coppie, {full} al completo.',
  'report.unmatched': 'Non abbinati, per motivo',
  'report.reasonHead': 'Motivo|Codice|Numero',
  'report.quotas': 'Quote',
  'report.quotaHead': 'Quota|Tipo|Coppie|Min|Max|Al limite',
  'report.atBound': '{at, select, true {sì} other {no}}',
  'report.allMatched': 'Tutti sono stati abbinati.',
  'report.rates': 'Tasso di abbinamento per argomento, dal più basso',
  'report.rateHead': 'Argomento|Domanda|Abbinati|Tasso',
  'report.notShown': '{n, plural, one {Un altro argomento non mostrato.} other {Altri # argomenti non mostrati.}}',
  'report.reason.noExpert': 'nessun mentor al livello richiesto',
  'report.reason.ruledOut': 'i vincoli escludono tutti i mentor',
  'report.reason.sameMentee': 'solo mentor che seguono già questo mentee',
  'report.reason.mentorsFull': 'tutti i mentor ammessi sono al completo',
  'report.reason.hoursBudget': 'monte ore esaurito',
  'report.reason.objective': "escluso dall'ottimizzazione",
  'report.reason.quota': 'escluso da una quota',
  'report.cardRatioNote': '{mentors} mentor, {mentees} mentee',
  'report.cardPlaces': 'Posti per {mode, select, micro {richiesta} other {mentee}}',
  'report.cardPlacesNote': '{capacity, plural, one {# posto} other {# posti}} per {units}',
  'report.cardNone': 'Nessun mentor ammesso',
  'report.cardNoneNote': '{noExpert} senza esperti, {ruledOut} esclusi dai vincoli',
  'report.cardExpected': 'Tasso di abbinamento atteso',
  'report.cardExpectedNote': '{matched} su {demand}{exact, select, yes {} other {, stima per eccesso}}',
  'report.cardMatched': 'Abbinati',
  'report.cardMatchedNote': '{matched} su {demand}, obiettivo di ottimizzazione {objective}',
  'report.cardMean': 'Punteggio medio',
  'report.cardMeanNote': 'mediana {median}, minimo {lowest}',
  'report.footer': 'Realizzato con mentormatch. Ogni indicatore è definito nella documentazione di programReport.',
  'warning.unknownAttribute':
    "{field}: {side, select, both {né i mentor né i mentee hanno l'attributo {attribute} (regola {rule})} mentor {nessun mentor ha l'attributo {attribute} (regola {rule}); {count, plural, =0 {i mentor non hanno attributi} other {attributi dei mentor: {known, items}{more, plural, =0 {} one { e un altro} other { e altri #}}}}} other {nessun mentee ha l'attributo {attribute} (regola {rule}); {count, plural, =0 {i mentee non hanno attributi} other {attributi dei mentee: {known, items}{more, plural, =0 {} one { e un altro} other { e altri #}}}}}}",
  'warning.unknownHistoryId':
    "{field}: nel programma non c'è {kind, select, mentee {il mentee} mentor {il mentor} other {l'argomento}} {id}, quindi questa coppia del {date} non conta mai come ripetizione (qualcuno che ha lasciato il programma, o un refuso)",
  'warning.rulesOutEveryPair':
    '{field}: la regola personalizzata {rule} {effect, select, require {ammette solo le coppie in cui {condition}, condizione che nessuna coppia (mentee, mentor) soddisfa} other {vieta le coppie in cui {condition}, condizione che tutte le coppie (mentee, mentor) soddisfano}}: esclude quindi ogni coppia',

  'issue.programme': 'il programma',
  'issue.more': ' (e altri {count})',
  'type.string': 'una stringa',
  'type.number': 'un numero',
  'type.integer': 'un numero intero',
  'type.boolean': 'un valore booleano',
  'type.object': 'un oggetto',
  'type.array': 'un array',
  'type.record': 'un oggetto',
  'type.integerFrom0': 'un numero intero ≥ 0',
  'type.integerFrom1': 'un numero intero ≥ 1',
  'type.finiteFrom1': 'un numero finito ≥ 1',
  'type.en': "'en'",
  'type.catalog': 'un catalogo',
  'type.matching': 'un abbinamento: un oggetto con un array matches',
  'type.infinity': 'Infinity',
  'type.typedArray': 'un array tipizzato',
  'type.msFrom0': 'un numero ≥ 0 (millisecondi)',
  'type.function': 'una funzione',
  'type.abortSignal': 'un AbortSignal',
  'type.threads': 'thread di supporto (size, send, receive)',
  'type.capacityPerColumn': 'una capacità per ogni colonna',
  'type.report': 'un report di programReport',
  'type.mode': '"micro" o "classic"',
  'type.result': 'un risultato di matchProgram (con matches e unmatched)',
  'type.comparable': 'un abbinamento (un risultato di matchProgram, con matches e summary)',
  'type.pairs': 'un array di coppie',
  'type.summary': 'un oggetto (il summary di matchProgram)',
  'type.pair': 'una coppia (mentee, mentor, score)',
  'type.finite': 'un numero finito',
  'type.null': 'null',
  'type.nonEmptyString': 'una stringa non vuota',
  'type.matches': 'un array di abbinamenti',
  'value.array': 'un array di lunghezza {length}',
  'value.object': 'un oggetto ({kind})',
  'value.function': 'una funzione',
  'value.symbol': 'un simbolo',
  'weight.department': 'department: rules.sameDepartment vale "allowed"',
  'weight.custom': 'custom: nessuna regola personalizzata "prefer" o "avoid"',
  'weight.repeat': 'repeat: vale solo con uno storico e rules.repeatPairs "avoided"',
  'weight.novelty': 'novelty: il programma non ha uno storico',
  'weight.rotation': 'rotation: il programma non ha uno storico',
  'issue.required': '{field}: campo obbligatorio (valore atteso: {expected, or})',
  'issue.invalid_type': '{field} deve essere {expected, or}{got, select, no {} other { (valore trovato: {found})}}',
  'issue.too_small':
    '{origin, select, string {il campo {field} non può essere vuoto} other {{field} deve essere {inclusive, select, true {≥} other {>}} {minimum} (valore trovato: {found})}}',
  'issue.too_big':
    '{origin, select, string {il campo {field} è troppo lungo (massimo {maximum} caratteri)} magnitude {{field} deve essere un numero finito non superiore a {maximum, raw} in valore assoluto (valore trovato: {found})} other {{field} deve essere {inclusive, select, true {≤} other {<}} {maximum} (valore trovato: {found})}}',
  'issue.not_multiple_of': '{field} deve essere un multiplo di {divisor} (valore trovato: {found})',
  'issue.invalid_value': '{field} deve essere uno tra {values, items} (valore trovato: {found})',
  'issue.invalid_format':
    '{format, select, date {{field} deve essere una data nel formato AAAA-MM-GG (valore trovato: {found})} other {{field}: valore non valido ({found})}}',
  'issue.unrecognized_keys':
    '{field}: {count, plural, one {campo sconosciuto} other {campi sconosciuti}} {keys, items}',
  'issue.invalid': '{field}: valore non valido ({found})',
  'issue.unknown_change': '{field} non è una modifica prevista ({changes, items})',
  'issue.not_in_programme': '{field}: {found} non è {kind, select, mentor {un mentor} other {un mentee}} del programma',
  'issue.not_json':
    '{field} non è un JSON valido: {reason}{comments, select, true { (se contiene commenti o virgole finali: il JSON non li ammette; vanno tolti, oppure il file va letto con la CLI di mentormatch, che li accetta)} other {}}',
  'issue.too_large':
    '{limit, select, maxInputBytes {testo JSON del programma: {found} byte UTF-8 (almeno)} maxMentors {numero di mentor: {found}} maxMentees {numero di mentee: {found}} maxRequests {numero di richieste: {found}} other {numero di coppie ammesse dalle regole: {found} (almeno, su {rows} righe di domanda × {mentors} mentor)}}, oltre il limite limits.{limit} ({max}); per accettarlo occorre alzare il limite: {option} (CLI: {flag} {found, raw})',
  'issue.invalid_time_zone':
    '{field} non è un fuso orario: indicare un nome IANA come "Europe/Rome" oppure lo scostamento da UTC in ore (valore trovato: {found})',
  'issue.time_zone_offset':
    '{field}: il {date} lo scostamento di {zone} da UTC è di {offset, raw} ore, che non è un multiplo di 0,25 compreso tra -12 e 14',
  'issue.reserved_attribute': '{field}: {name} non può essere il nome di un attributo',
  'issue.duplicate_id':
    '{field}: {kind, select, rule {nome di regola} topic {id di argomento} mentor {id di mentor} other {id di mentee}} {id} duplicato',
  'issue.duplicate_entry':
    "{field}: {kind, select, topic {l'argomento} mentor {il mentor} mentee {il mentee} proposer {il proponente} receiver {il ricevente} column {la colonna} other {il mentee}} {id}{found} {list, select, requests {è richiesto} other {compare}} due volte",
  'issue.unknown_reference':
    '{field}: {kind, select, topic {argomento} mentor {mentor} other {mentee}} {id}{found} {departing, select, true {inesistente o in uscita} other {inesistente}}',
  'issue.self_reference':
    '{field}: {kind, select, topic {un argomento non può essere padre di sé stesso} pair {{id} non può essere insieme mentor e mentee della stessa coppia} mentor {{id} è il mentor stesso} other {{id} è il mentee stesso}}',
  'issue.taxonomy_cycle': '{field}: la tassonomia degli argomenti ha un ciclo che passa per {id}',
  'issue.wrong_mode':
    "{field}: {what, select, hoursBudget {il monte ore vale solo per il micro-mentoring; un programma classico limita i mentor con la capacità} weeklyMinutes {i minuti settimanali valgono solo per il micro-mentoring; un programma classico limita i mentor con la capacità} requests {le richieste valgono solo per il micro-mentoring; un programma classico prevede obiettivi} goals {gli obiettivi valgono solo per il mentoring classico; un programma di micro-mentoring prevede richieste} other {un programma classico abbina mentee interi: togliere l'argomento}}",
  'issue.min_above_max': '{field}: min ({min}) è maggiore di max ({max})',
  'issue.empty_rule':
    '{field}: una regola personalizzata richiede una condizione sul mentor, una condizione sul mentee oppure `same`',
  'issue.topic_required':
    "{field}: {requests, plural, =0 {il mentee {mentee} non ha richieste} one {il mentee {mentee} ha una richiesta} other {il mentee {mentee} ha # richieste}}: indicare l'argomento",
  'issue.unknown_request': '{field}: il mentee {mentee} non ha richieste su {topic}{found}',
  'issue.locked_twice':
    '{field}: {mode, select, micro {questa richiesta è vincolata} other {questo mentee è vincolato}} due volte',
  'issue.locked_and_forbidden': '{field}: questa coppia è sia vincolata sia vietata',
  'issue.locked_but_excluded': '{field}: il mentee {mentee} esclude il mentor {mentor}',
  'issue.history_self_pair': '{field}: {id} non può essere mentor e mentee della stessa coppia',
  'issue.meetings_mismatch':
    '{field}: le ore indicate ({hours}) non corrispondono agli incontri ({sessions} da {sessionMinutes} minuti, cioè {derived} ore): indicare le ore oppure la durata degli incontri, o renderle coerenti',
  'issue.cycle_required':
    '{field}: i minuti settimanali diventano un monte ore solo se il programma indica la durata del ciclo (cycle.weeks)',
  'issue.quota_invalid':
    '{field}: {problem, select, perMentorFields {una quota perMentor richiede un attributo (attribute) e un massimo (max)} perMentorExtra {una quota perMentor accetta attribute, max e count, non mentee, crossDepartment o min} pairsCondition {una quota pairs richiede una condizione sul mentee (mentee) oppure crossDepartment: true, non entrambe} pairsExtra {una quota pairs non accetta attribute né count} pairsBound {una quota pairs richiede min, max, minShare o maxShare} shareMix {una quota in percentuale va da sola: niente min, max o altre percentuali} other {weight vale solo per le quote flessibili: aggiungere soft: true}}',
  'issue.cycle_start_mismatch':
    '{field}: la data di inizio del ciclo e startDate non coincidono ({start} e {startDate}): indicarne una sola, o la stessa data',
  'issue.no_positive_weight':
    '{field}: tutti i pesi dei criteri valgono 0 (uniti ai valori predefiniti del {mode, select, micro {micro-mentoring} other {mentoring classico}}), quindi ogni coppia avrebbe punteggio 0: occorre dare un peso positivo ad almeno un criterio',
  'issue.no_weight_applies':
    '{field}: nessun criterio con peso positivo è applicabile ({criteria, join}), quindi ogni coppia avrebbe punteggio 0: occorre dare un peso positivo a un altro criterio',

  // Gli altri argomenti delle funzioni: abbinamenti, report, coppie vincolate, indici della tabella.
  'issue.mode_mismatch':
    '{field} vale {found}, {against, select, programme {ma il programma è in modalità {mode}} other {ma before.mode vale {mode}: si possono confrontare solo abbinamenti della stessa modalità}}',
  'issue.matched_twice':
    '{field}: {mode, select, micro {la richiesta di {mentee} su {topic}} other {il mentee {mentee}}} compare due volte (anche in matches[{first, raw}])',
  'issue.quota_unsupported':
    "{field}: questa quota non può essere gestita in modo esatto {cause, select, objective {con l'obiettivo stable: usare total, coverage o fair} hoursBudget {quando i budget di ore sono vincolanti: aumentare i budget o togliere la quota} hoursBudgetMinimum {quando i budget di ore sono vincolanti: nessun abbinamento trovato raggiunge il minimo, anche se non è dimostrato che sia impossibile; abbassare il minimo o aumentare i budget} crossing {insieme a un'altra quota sugli stessi mentee o sulle stesse coppie: al massimo una quota perMentor, una sola quota sulle coppie tra reparti o in percentuale, e quote pairs su gruppi di mentee distinti} countMentees {con count \"mentees\" se rules.repeatMentor è attivo: contare le richieste (requests)} share {se è una percentuale, salvo che sia rigida e con l'obiettivo total} other {sulle coppie tra reparti diversi, salvo che sia rigida e con l'obiettivo total}}",
  'issue.quota_infeasible':
    '{field}: {cause, select, locked {le coppie bloccate superano già il massimo di {max, raw} previsto da questa quota} share {nessun abbinamento raggiunge questa percentuale} together {il suo minimo non può essere rispettato insieme ai minimi delle altre quote} other {servono almeno {min, raw} coppie, ma regole, capacità e altre quote ne consentono {most, raw}}}',
  'issue.locked_pair_conflict':
    '{field} ({mentee} con {mentor}): {cause, select, rule {un vincolo vieta questa coppia: {rules}} capacity {le coppie vincolate superano la capacità di {mentor}} hoursBudget {le coppie vincolate superano il monte ore di {mentor}} other {due richieste di {mentee} sono vincolate allo stesso mentor (rules.repeatMentor è disattivato)}}',
  'issue.out_of_range':
    '{field} {maximum, plural, =-1 {non ha valori validi: la tabella non ha {of, select, rows {righe} other {colonne di mentor}}} other {deve essere {kind, select, integer {un numero intero compreso tra {minimum, raw} e {maximum, raw}} other {compreso tra {minimum, raw} e {maximum, raw}}}}} (valore trovato: {found})',

  // Gli input dei solver (`mentormatch/solvers`: matrici, liste di preferenze, opzioni).
  'issue.invalid_list':
    '{field} deve essere un array {item, select, index {di indici di {per, select, proposer {proponenti} other {riceventi}} (numeri)} capacity {con una capacità per ogni {per, select, row {riga} column {colonna} proposer {proponente} other {ricevente}}} id {con un id intero per ogni {per, select, row {riga} column {colonna} proposer {proponente} other {ricevente}}} preferences {con una lista di preferenze per ogni {per, select, row {riga} column {colonna} proposer {proponente} other {ricevente}}} receiver {con un indice di ricevente (o -1) per ogni {per, select, row {riga} column {colonna} proposer {proponente} other {ricevente}}} other {con un numero intero per ogni {per, select, row {riga} column {colonna} proposer {proponente} other {ricevente}}}} (valore trovato: {found})',
  'issue.wrong_length':
    '{field} ha {length, plural, one {# elemento} other {# elementi}}, ma {of, select, matrix {la matrice ha {count, plural, one {# {per, select, row {riga} other {colonna}}} other {# {per, select, row {righe} other {colonne}}}}} proposers {i proponenti sono {count, raw}} indices {indices ne ha {count, raw}} indptr {rows + 1 vale {count, raw}} other {options.{of} ne ha {count, raw}{per, select, proposer { (uno per proponente)} receiver { (uno per ricevente)} other {}}}}',
  'issue.invalid_index':
    '{field} deve essere {unmatched, select, true {-1 oppure } other {}}{kind, select, row {un indice di riga} column {un indice di colonna} proposer {un indice di proponente} receiver {un indice di ricevente} other {un numero intero}}{max, plural, =-1 {{empty, select, matrix {, ma la matrice non ha {kind, select, row {righe} other {colonne}}} other {, ma {empty} è vuoto}}} other { compreso tra 0 e {max, raw}}} (valore trovato: {found})',
  'issue.invalid_indptr':
    '{problem, select, first {{field} deve essere 0 (valore trovato: {found})} decreasing {{field} vale {found}, meno di indptr[{before, raw}], che vale {previous, raw}: i valori non possono diminuire} other {{field} deve essere uguale a indices.length, cioè {count, raw} (valore trovato: {found})}}',
  'issue.bad_entry':
    '{sparse, select, true {data[{index, raw}] (elemento [{row, raw}][{col, raw}])} other {elemento [{row, raw}][{col, raw}]}}: {problem, select, type {non è un numero (valore trovato: {found})} nan {vale NaN} infinity {vale Infinity; quando si massimizza, le coppie vietate valgono -Infinity{sparse, select, true { (o sono assenti)} other {}}} negativeInfinity {vale -Infinity; quando si minimizza, le coppie vietate valgono Infinity{sparse, select, true { (o sono assenti)} other {}}} other {vale {found}, troppo grande in valore assoluto: qui il massimo è {limit}, perché le somme restino finite}}',
  'issue.invalid_row':
    '{problem, select, type {riga {row, raw}: non è un array (valore trovato: {found})} other {riga {row, raw}: {length, plural, one {# elemento} other {# elementi}}, mentre la prima riga ne ha {count, raw} (matrice irregolare)}}',
  'issue.invalid_matrix':
    '{problem, select, data {una DenseMatrix richiede un Float64Array come data (valore trovato: {found})} length {i dati della DenseMatrix hanno lunghezza {length, raw}, ma rows × cols vale {rows} × {cols}} other {servono array annidati, una DenseMatrix o una Matrix di ml-matrix (valore trovato: {found})}}',
  'issue.too_many_entries':
    '{kind, select, pairs {proponenti × riceventi: {rows, raw} × {cols, raw}, più di {max, raw} coppie} cap {matrice {rows, raw}×{cols, raw}: più di {max, raw} elementi} sparse {la matrice sparsa contiene {found, raw} elementi, oltre il limite options.maxEntries ({max, raw}); per accettarla occorre alzare il limite: {option}} other {matrice {rows, raw}×{cols, raw}: {found, raw} elementi, oltre il limite options.maxEntries ({max, raw}); per accettarla occorre alzare il limite: {option}}}',
  'issue.proposer_optimal_only': "{field} è ammesso solo con optimal: 'proposer'",
  'issue.over_capacity':
    '{field} vale {receiver, raw}, ma il ricevente {receiver, raw} ha già esaurito la sua capacità ({capacity, plural, one {# proponente} other {# proponenti}})',

  // Storico: coppie dei cicli precedenti (`rules.repeatPairs`, il criterio `repeat`).
  'criterion.repeat': 'Coppia nuova',
  'detail.repeat.new': 'mai abbinati negli ultimi {days} giorni',
  'detail.repeat.paired': '{paired}, negli ultimi {days} giorni (rules.repeatPairs)',
  'rule.repeatPair': '{paired}, negli ultimi {days} giorni: le regole lo vietano (rules.repeatPairs)',
  'repeat.paired': 'già abbinati il {date}',
  'repeat.pairedOn': 'già abbinati su {topic} il {date}',
  'criterion.novelty': 'Nuovo contatto',
  'criterion.rotation': 'Rotazione dei mentor',
  'detail.novelty.pairedBefore': 'già abbinati in passato ({paired})',
  'detail.novelty.departments': "nuovi l'uno per l'altro, ma i reparti {mentee} e {mentor} hanno già lavorato insieme",
  'detail.novelty.new': 'mai abbinati prima, né i loro reparti',
  'detail.novelty.newPeople': 'mai abbinati prima',
  'detail.rotation': 'coppie negli ultimi {days} giorni: {load}; il mentor più impegnato: {max}',
  // The messages of `programFromTables` (`mentormatch/tables`, and the command line's CSV tables).
  'table.at': '{file}:{line, raw}, colonna {column}: {text}',
  'table.atFile': '{file}:{line, raw}: {text}',
  'table.idEmpty':
    'cella vuota: ogni {kind, select, mentor {mentor} mentee {mentee} other {argomento}} deve avere un id',
  'table.idTaken': "{id} è già l'id della riga {first, raw}",
  'table.noIdColumn': 'manca la colonna id (le colonne sono: {columns, items})',
  'table.otherTable':
    '{table, select, mentors {i mentor} other {i mentee}} non hanno la colonna {field} (è propria dei {other, select, mentors {mentor} other {mentee}})',
  'table.sameColumn': 'ha lo stesso significato della colonna {first}',
  'table.reserved': '{name} non può essere il nome di un attributo',
  'table.whole': '{found} non è un numero intero',
  'table.count': '{found} non è un numero intero ≥ 0',
  'table.amount': '{found} non è un numero di {unit, select, hours {ore} other {minuti}} ≥ 0',
  'table.wrongMode':
    '{what, select, hoursBudget {il monte ore vale solo in modalità micro; in un programma classico i mentor sono limitati dalla capacità} weeklyMinutes {i minuti settimanali valgono solo in modalità micro; in un programma classico i mentor sono limitati dalla capacità} requests {le richieste valgono solo in modalità micro; un programma classico prevede obiettivi} other {gli obiettivi valgono solo in modalità classica; un programma micro prevede richieste}}',
  'table.format':
    '{found} non rispetta il formato {format, select, goal {argomento oppure argomento:peso} request {argomento:livello[:ore[:priorità]]} other {argomento:livello}}{comma, select, yes { (separare le voci con ;)} other {}}',
  'table.level': '{item}: il livello va da 1 (base) a 5 (esperto)',
  'table.positive':
    '{item}: valore non valido per {what, select, hours {le ore} priority {la priorità} other {il peso}} ({found}): serve un numero > 0',
  'table.unknown': '{in} non contiene {kind, select, mentor {il mentor} other {il mentee}} {id}',
} as const;

/**
 * The Italian catalog: every message of the library in Italian, numbers and lists written the
 * Italian way (`0,85`, `96%`, `A, B e C`). Pass it as the `locale` option.
 *
 * @example
 * ```ts
 * import { matchProgram } from 'mentormatch';
 * import { it } from 'mentormatch/locales/it';
 *
 * const result = matchProgram(
 *   {
 *     mode: 'classic',
 *     topics: [{ id: 'sales', name: 'Vendite' }],
 *     mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
 *     mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
 *   },
 *   { locale: it },
 * );
 * const goals = result.matches[0]?.explanation.criteria.find((c) => c.criterion === 'goals');
 * console.log(goals?.detail); // obiettivi ponderati del mentee coperti: 80% (livelli su 5)
 * ```
 */
export const it = { locale: 'it', messages } as const satisfies Catalog & {
  messages: Readonly<Record<MessageCode, string>>;
};
