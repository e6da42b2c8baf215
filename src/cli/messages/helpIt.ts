/**
 * The Italian of `--help` (`--locale it`): every code of src/cli/messages/helpEn.ts with the same
 * parameters, in the glossary of src/locales/it.ts. Option and command names, values such as
 * `micro|classic` and CSV headers are syntax and stay as they are. Part of the command line's
 * Italian catalog (src/cli/messages/it.ts).
 */
export const HELP_IT = {
  'cli.help.exitCodes': `Codici di uscita:
  0  completato
  1  dati non validi: un file che non si può leggere, un JSON non valido, un programma non valido
     (ogni problema è elencato con il suo percorso, per esempio
     "mentors[3].skills[0].topic: argomento \\"pricng\\" inesistente"), oppure un input più grande
     di --max-input-bytes (predefinito: 256 MiB)
  2  riga di comando errata: comando od opzione sconosciuti, valore mancante o non valido
  3  nessuna soluzione rispetta i requisiti obbligatori: il programma ha delle richieste, ma non si
     può abbinare nemmeno una richiesta (micro) o un mentee (classic), perché livelli, vincoli,
     esclusioni, capacità o monte ore li lasciano tutti senza mentor (match, e report quando
     abbina; il risultato viene scritto comunque, e una riga sullo standard error lo segnala)
Un programma valido che contiene con ogni probabilità un errore (una regola personalizzata che cita
un attributo che nessuno ha, o che esclude ogni coppia) viene abbinato comunque: ogni avviso è una
riga sullo standard error ("mentormatch match: avviso: rules.custom[0].same: ...") e il codice di
uscita resta 0, a meno che non si possa abbinare nessuna richiesta (3).`,
  'cli.help.limits': `  --max-mentors <n>   Rifiuta un programma con più di <n> mentor (predefinito: 100000)
  --max-mentees <n>   ... con più di <n> mentee (predefinito: 1000000)
  --max-requests <n>  ... con più di <n> richieste di argomenti in tutto (predefinito: 1000000)
  --max-pairs <n>     ... con più di <n> coppie ammesse dalle regole (predefinito: 20000000, circa
                      1 GB di memoria); un programma oltre un limite si ferma con codice di
                      uscita 1 prima del calcolo dei punteggi (le coppie: appena il conteggio lo
                      supera)`,
  'cli.help.input': `Il file del programma può contenere commenti (// e /* */) e virgole finali (JSONC).`,
  'cli.help.maxInput': `  --max-input-bytes <n>
                      Legge al massimo <n> byte di ogni input (un file, lo standard input, una
                      tabella CSV): uno più grande viene rifiutato con codice di uscita 1 prima
                      che riempia la memoria (predefinito: 268435456, 256 MiB; al massimo
                      524288000, 500 MiB)`,
  'cli.help.textCells': `In tabelle e Markdown, nomi e id sono scritti in modo che nessuno possa inviare un comando al
terminale, riordinare una riga o falsificarne una: un carattere di controllo (ESC, DEL, C1) o un
controllo bidirezionale (da U+202A a U+202E, da U+2066 a U+2069, U+200E, U+200F, U+061C) appare
come sequenza di escape, per esempio {esc} o {rlo}, e un a capo o una tabulazione come \\n, \\r
o \\t (uno spazio in Markdown).`,
  'cli.help.markdownCells': `{textCells}
In Markdown un nome non produce nemmeno formattazione: ciò che aprirebbe un titolo, un elenco, una
citazione o un blocco di codice, o creerebbe un link (http://, https://, www.), viene preceduto da
una barra rovesciata.`,
  'cli.help.tableOptions': `  --mentors <file>    I mentor in CSV, una riga per mentor (con --mentees: al posto di un file del
                      programma; le colonne sono descritte in 'mentormatch import --help')
  --mentees <file>    I mentee in CSV, una riga per mentee
  --topics <file>     Gli argomenti in CSV (id, name, parent); facoltativo: gli argomenti usati
                      vengono creati
  --mode <modalità>   micro o classic (obbligatorio con --mentors e --mentees)
  --separator <c>     Il separatore dei campi CSV: un carattere, come ; o tab (predefinito: ,)
  --start-date <data> Il giorno di inizio del ciclo (AAAA-MM-GG), su cui si risolvono i nomi dei
                      fusi orari (predefinito: oggi)
  --cycle-weeks <n>   La durata del ciclo in settimane, da 1 a 520: trasforma i weekly_minutes
                      dei mentor in monte ore (weekly_minutes × settimane / 60)
{maxInput}`,
  'cli.help.bom': `  --bom               Inizia il CSV con il byte order mark UTF-8, per i fogli di calcolo
                      (predefinito: attivo quando --out indica un file .csv, non sullo
                      standard output)
  --no-bom            Nessun byte order mark, nemmeno in un file .csv`,
  'cli.help.csvCells': `Nel CSV, una cella di testo (un id, un nome, un motivo) che inizia con =, +, -, @, una
tabulazione o un ritorno a capo riceve un ' iniziale, così che i fogli di calcolo la mostrino come
testo e non la eseguano mai come formula; i valori numerici (punteggi, posizioni) sono scritti
come numeri.`,
  'cli.help.main': `Uso: mentormatch <comando> [opzioni]

Il motore di abbinamento dei programmi di mentoring: abbinamenti mentor–mentee ottimali e
spiegati.

Comandi:
  match    Abbina un programma: le coppie con punteggi e motivi, i non abbinati con il perché
  report   Domanda e offerta per argomento, mentor di riferimento, prontezza e abbinamento
           (Markdown, HTML)
  suggest  I mentor migliori per un mentee, con punteggi e motivi
  diff     Che cosa cambia tra due abbinamenti: coppie mantenute, aggiunte, rimosse, spostate;
           indicatori
  import   Un programma dalle esportazioni di un foglio di calcolo: mentor, mentee e argomenti
           in CSV
  schema   Stampa lo JSON Schema del formato del programma
  sample   Genera un programma di esempio realistico per fare prove

Opzioni:
  -h, --help     Mostra questa guida; \`mentormatch <comando> --help\` mostra la guida di un comando
  -v, --version  Mostra la versione
  --locale <tag> Per ogni comando: la lingua di spiegazioni, motivi, report e messaggi, en o it
                 (predefinita: da LC_ALL, LC_MESSAGES o LANG; inglese per le altre lingue)

Per provare:
  mentormatch sample --mode micro --mentors 40 --mentees 150 > programma.json
  mentormatch match programma.json

{exitCodes}
`,
  'cli.help.match': `Uso: mentormatch match <programma.json> [--objective total|coverage|fair|stable] [--format table|json|csv] [--out file] [--bom|--no-bom]
     mentormatch match --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] [opzioni]

Abbina un programma (un file JSON, oppure - per lo standard input): ogni coppia con il suo
punteggio e il motivo che pesa di più, ogni non abbinato con il perché, e il confronto tra
l'abbinamento e l'ordine di arrivo.

{input}

Opzioni:
{tableOptions}
  --objective <nome>  L'obiettivo di ottimizzazione. total: il punteggio totale più alto;
                      coverage: più coppie possibili, poi il totale più alto; fair: più coppie
                      possibili, poi il punteggio minimo più alto, poi il totale più alto;
                      stable: nessuna coppia bloccante, cioè nessun mentee e mentor che
                      preferirebbero entrambi stare insieme piuttosto che con chi hanno
                      (predefinito: l'"objective" del programma, altrimenti total)
  --format <nome>     table (predefinito): colonne allineate, poi i non abbinati e un riepilogo
                      json: il risultato completo di matchProgram, ogni punteggio spiegato
                      csv: un solo foglio per i fogli di calcolo, con la prima colonna "kind":
                      una riga "pair" per coppia, poi una riga "unmatched" per ogni richiesta
                      (o mentee) non abbinata; nomi ed e-mail (un attributo "email") accanto
                      agli id, vuoti se mancano
  -o, --out <file>    Scrive il risultato in <file> invece che sullo standard output
  --max-blocking <n>  Con --format json: elenca al più <n> coppie bloccanti in summary.blocking,
                      o tutte con "all" (predefinito: 1000; summary.blockingPairs le conta tutte)
{bom}
{limits}
  --verbose           Avanzamento sullo standard error (mostrato comunque se è un terminale)
  -h, --help          Mostra questa guida

{csvCells}

{textCells}

Esempi:
  mentormatch match programma.json
  mentormatch match programma.json --objective fair --format csv --out coppie.csv

{exitCodes}
`,
  'cli.help.report': `Uso: mentormatch report <programma.json> [--format markdown|json] [--html report.html] [--out report.md]
     mentormatch report --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] [opzioni]

Un report sul programma (un file JSON, oppure - per lo standard input), in Markdown: domanda e
offerta per argomento, gli argomenti più richiesti e quelli scoperti, i mentor di riferimento, la
prontezza e l'abbinamento (distribuzione dei punteggi, carico dei mentor, i non abbinati per
motivo).

{input}

Opzioni:
{tableOptions}
  --html <file>       Scrive anche il report come pagina HTML autonoma in <file>
  --title <testo>     Il titolo della pagina HTML (predefinito: "Report del programma: <nome>")
  --objective <nome>  L'obiettivo di ottimizzazione dell'abbinamento nel report: total, coverage,
                      fair o stable
  --no-match          Report prima dell'abbinamento: nessuna sezione sull'abbinamento (più veloce
                      sui programmi grandi)
  --format <nome>     markdown (predefinito), oppure json: l'oggetto report di programReport,
                      come dati
  -o, --out <file>    Scrive il Markdown (o il JSON) in <file> invece che sullo standard output
{limits}
  --verbose           Avanzamento sullo standard error (mostrato comunque se è un terminale)
  -h, --help          Mostra questa guida

{markdownCells}

Esempi:
  mentormatch report programma.json > report.md
  mentormatch report programma.json --html report.html --out report.md
  mentormatch report programma.json --format json --out report.json

{exitCodes}
`,
  'cli.help.suggest': `Uso: mentormatch suggest <programma.json> --mentee <id> [-k 5] [--format table|json|csv] [--bom|--no-bom]
     mentormatch suggest --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] --mentee <id> [opzioni]

I k mentor migliori per un mentee, per ogni richiesta di argomento (micro) o per il mentee
(classic), dal migliore, con i punteggi e i motivi che pesano di più. Le rose rispettano i posti
liberi di ogni mentor sull'intera coorte: un mentor non viene mai proposto a più persone di quante
ne possa seguire.

{input}

Opzioni:
{tableOptions}
  --mentee <id>       Il mentee (obbligatorio)
  -k <n>              Mentor per rosa, da 1 a 1000 (predefinito: 5)
  --exposure <x>      Persone a cui un mentor può essere proposto per ogni posto libero, un numero
                      ≥ 1 (predefinito: 1)
  --format <nome>     table (predefinito), json (le rose, ogni punteggio spiegato), oppure csv:
                      una riga per mentor proposto (mentee e nome, argomento in modalità micro,
                      posizione, mentor e nome, punteggio)
  -o, --out <file>    Scrive le rose in <file> invece che sullo standard output
{bom}
{limits}
  --verbose           Avanzamento sullo standard error (mostrato comunque se è un terminale)
  -h, --help          Mostra questa guida

{csvCells}

{textCells}

Esempi:
  mentormatch suggest programma.json --mentee e-002 -k 3
  mentormatch suggest programma.json --mentee e-002 --format csv --out rosa.csv

{exitCodes}
`,
  'cli.help.import': `Uso: mentormatch import --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] [--name N] [--start-date AAAA-MM-GG] [--cycle-weeks N] [--out programma.json]

Crea un programma dalle esportazioni di un foglio di calcolo, una riga per persona (CSV, RFC 4180:
i campi tra virgolette possono contenere virgole, virgolette e a capo; CRLF o LF; il byte order
mark UTF-8 va bene), e lo scrive in JSON, pronto per 'mentormatch match' (che accetta anche
direttamente le stesse opzioni). Ogni problema è elencato con file, riga e colonna
("mentees.csv:14, colonna skills: "pricing:x" non rispetta il formato argomento:livello"); in quel
caso non viene scritto nulla.

Colonne (intestazioni in maiuscolo o minuscolo; spazi, trattini e trattini bassi si equivalgono:
"Manager ID" è manager_id):
  tutti     id (obbligatorio; oppure employee_id), name (oppure full_name), email, department,
            manager_id, grade (un numero intero), languages (en;fr), time_zone (ore rispetto a
            UTC, oppure un nome come Europe/Rome), values (curiosità;rigore), preferences (id
            dell'altra parte, dal preferito: m-1;m-7)
  mentor    skills (pricing:5;negotiation:3, livelli da 1 a 5), offers (pricing;negotiation),
            capacity (un numero intero), hours_budget (ore, modalità micro), weekly_minutes
            (minuti a settimana, modalità micro, con --cycle-weeks)
  mentee    requests (micro: argomento:livello[:ore[:priorità]], per esempio
            pricing:3;negotiation:2:1.5), goals (classic: finance;leadership:2, un peso dopo i
            due punti), exclude (id di mentor)
  argomenti id, name, parent (le altre colonne vengono ignorate)
Ogni altra colonna dei file delle persone diventa un attributo per le regole personalizzate, con il
nome della sua intestazione: true e false diventano valori booleani, i numeri scritti in forma
semplice (12, non 007) diventano numeri. Le celle vuote sono valori assenti. Gli argomenti usati ma
non elencati (o tutti, senza il file degli argomenti) vengono creati dai loro id.

Opzioni:
  --mentors <file>        I mentor in CSV (obbligatorio)
  --mentees <file>        I mentee in CSV (obbligatorio)
  --topics <file>         Gli argomenti in CSV (facoltativo)
  --mode <modalità>       micro: i mentee scrivono richieste; classic: i mentee scrivono obiettivi
                          (obbligatorio)
  --separator <c>         Il separatore dei campi CSV: un carattere, come ; o tab (predefinito: ,)
  --name <testo>          Il nome del programma
  --start-date <data>     Il giorno di inizio del ciclo (AAAA-MM-GG), su cui si risolvono i nomi
                          dei fusi orari
  --cycle-weeks <n>       La durata del ciclo in settimane, da 1 a 520: trasforma i weekly_minutes
                          dei mentor in monte ore (weekly_minutes × settimane / 60)
  --max-input-bytes <n>   Legge al massimo <n> byte di ogni file CSV: uno più grande viene
                          rifiutato con codice di uscita 1 (predefinito: 268435456, 256 MiB; al
                          massimo 524288000, 500 MiB)
  -o, --out <file>        Scrive il programma in <file> invece che sullo standard output
  --verbose               Avanzamento sullo standard error (mostrato comunque se è un terminale)
  -h, --help              Mostra questa guida

Esempi:
  mentormatch import --mentors mentors.csv --mentees mentees.csv --topics topics.csv --mode micro --out programma.json
  mentormatch match --mentors mentors.csv --mentees mentees.csv --mode micro --format csv --out coppie.csv

{exitCodes}
`,
  'cli.help.diff': `Uso: mentormatch diff <prima.json> <dopo.json> [--objective total|coverage|fair|stable] [--format table|json|markdown] [--out file]

Confronta due abbinamenti di un programma, per le domande del tipo "che cosa succede se" (altri
pesi, un altro obiettivo di ottimizzazione, persone che entrano o escono): le coppie mantenute,
aggiunte e rimosse, le richieste (o i mentee) passate a un altro mentor con i punteggi prima e
dopo, e gli indicatori affiancati con le variazioni: abbinati, punteggio totale (ponderato per
priorità, e semplice), punteggio medio e minimo, coppie bloccanti. Ogni file (oppure - per lo
standard input, per uno dei due) è un programma, abbinato qui, oppure un risultato salvato con
\`mentormatch match --format json\` (riconosciuto dai campi "matches" e "summary").

{input}

Opzioni:
  --objective <nome>  L'obiettivo di ottimizzazione con cui abbinare i programmi: total,
                      coverage, fair o stable (predefinito: l'"objective" di ogni programma,
                      altrimenti total); un risultato salvato mantiene il proprio
  --format <nome>     table (predefinito): le coppie spostate, aggiunte e rimosse, poi gli
                      indicatori
                      json: l'oggetto del confronto di compareMatchings (con ogni coppia
                      mantenuta)
                      markdown: come la tabella, per una issue o una pagina wiki
  -o, --out <file>    Scrive il confronto in <file> invece che sullo standard output
{maxInput}
  -h, --help          Mostra questa guida

{markdownCells}

Esempi:
  mentormatch diff programma.json programma-nuovi-pesi.json
  mentormatch match programma.json --format json --out prima.json
  mentormatch diff prima.json programma.json --objective fair --format markdown

{exitCodes}
`,
  'cli.help.schema': `Uso: mentormatch schema [--out file]

Stampa lo JSON Schema (draft 2020-12) del formato del programma, per editor, moduli e validatori
in altri linguaggi. Controlla solo la struttura; \`mentormatch match\` controlla anche i
riferimenti tra gli id.

Opzioni:
  -o, --out <file>  Scrive lo schema in <file> invece che sullo standard output
  -h, --help        Mostra questa guida
`,
  'cli.help.sample': `Uso: mentormatch sample --mode micro|classic --mentors <n> --mentees <n> [--seed <s>] [--topics <n>] [--meetings [--cycle-weeks <n>]] [--history <n>] [--quotas] [--out file]

Genera un programma realistico per fare prove: un'azienda con otto sedi e undici reparti, una
tassonomia di dodici aree tematiche, mentor con da 5 a 20 competenze (pochi esperti), una domanda
concentrata su pochi argomenti molto richiesti, linee di riporto, preferenze ed esclusioni, e
regole che usano ogni funzionalità. Le stesse opzioni danno lo stesso file, byte per byte.

Opzioni:
  --mode <modalità> micro: un mentor per richiesta di argomento; classic: un mentor per mentee
                    (obbligatorio)
  --mentors <n>     Quanti mentor, da 1 a 100000 (obbligatorio)
  --mentees <n>     Quanti mentee, da 1 a 100000 (obbligatorio)
  --seed <s>        Il seme del generatore, un numero intero da 0 a 4294967295 (predefinito: 1)
  --topics <n>      Gli argomenti, aree tematiche comprese, da 13 a 100000 (predefinito: i 98
                    scritti a mano)
  --meetings        Indica gli incontri: un ciclo (6 settimane in micro, 26 in classic, dal
                    2026-03-02), numero e durata degli incontri sulla maggior parte di richieste
                    e obiettivi, minuti a settimana per ogni mentor micro (senza, nessun
                    incontro: il file è quello di sempre)
  --cycle-weeks <n> Con --meetings: la durata del ciclo in settimane, da 1 a 520
  --history <n>     I cicli precedenti di cui generare uno storico, da 0 a 120: mesi (micro) o
                    coorti annuali (classic), con gli esperti più noti estratti più spesso
                    (predefinito: 0, nessuno)
  --quotas          Aggiunge delle quote: al massimo 1 (classic) o 2 (micro) mentee dello stesso
                    reparto per mentor, almeno metà dei neoassunti (classic) o delle richieste dei
                    mentee da remoto (micro) abbinati; i mentor micro non hanno allora un monte ore
  -o, --out <file>  Scrive il programma in <file> invece che sullo standard output
  -h, --help        Mostra questa guida

Esempi:
  mentormatch sample --mode micro --mentors 40 --mentees 150 --seed 1 > micro.json
  mentormatch sample --mode classic --mentors 1000 --mentees 5000 --topics 200 --out grande.json
  mentormatch sample --mode micro --mentors 40 --mentees 150 --meetings > incontri.json
  mentormatch sample --mode micro --mentors 40 --mentees 150 --history 12 > con-storico.json
  mentormatch sample --mode classic --mentors 40 --mentees 70 --quotas > quote.json
`,
} as const;
