// What sonda says about input it refuses, in Italian: an import's rows and
// cells, a response's answers, the JSON and CSV that carry them, and the
// import's summary. Keys and printf placeholders match messages_input_en.cpp
// (tests/core/i18n checks it). Field names of the files (form, wave, answers,
// form_version...) stay as written in the files.
#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

constexpr Message kMessages[] = {
    {"location.line", "riga %lld"},
    {"location.item", "domanda %s"},
    {"input.list_more", "%s e altri %zu"},
    {"input.list_none", "nessuno"},
    {"input.rows.one", "%lld riga"},
    {"input.rows.other", "%lld righe"},
    {"input.not_uuid",
     "%s non è un UUID (8-4-4-4-12 cifre esadecimali, come "
     "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d)"},
    {"input.unknown_wave", "%s non è una rilevazione dello studio (rilevazioni: %s)"},
    {"input.unknown_territory", "%s non è un territorio dello studio (territori: %s)"},
    {"input.unknown_role", "%s non è un ruolo dello studio (ruoli: %s)"},
    {"input.unknown_form_version", "il questionario %s non ha la versione %d (versioni: %s)"},
    {"input.unknown_form", "%s non è un questionario conosciuto (questionari: %s)"},
    {"input.answers_missing", "manca 'answers'"},
    {"input.required_unanswered", "la domanda obbligatoria '%s' non ha risposta"},
    {"input.item_type_not_loaded",
     "il tipo di domanda '%s' non è caricato: arriva con il plugin del questionario '%s' (vedi "
     "`sonda plugins`)"},
    {"input.items_are", "le sue domande sono %s"},
    {"input.items_many", "ha %zu domande (vedi `sonda forms show %s`)"},
    {"input.unknown_item", "%s non è una domanda del questionario '%s' v%d; %s"},
    {"input.instrument_not_loaded",
     "il plugin del questionario '%s' (strumento '%s') non è caricato, quindi le sue regole non "
     "si possono verificare (vedi `sonda plugins`)"},
    {"input.respondent_empty", "il codice del rispondente è vuoto"},
    {"input.respondent_space",
     "il codice del rispondente contiene uno spazio, quindi sembra un nome: i rispondenti sono "
     "codici pseudonimi (lettere, cifre, -, _ e .), mai nomi"},
    {"input.respondent_characters",
     "il codice del rispondente può contenere solo lettere A-Z e a-z, cifre, -, _ e . (i "
     "rispondenti sono codici pseudonimi, mai nomi)"},
    {"input.respondent_too_long",
     "il codice del rispondente è lungo %zu caratteri; ne sono ammessi al massimo 64"},
    {"input.key_missing", "manca la chiave '%s'"},
    {"input.key_not_string", "'%s' deve essere una stringa"},
    {"input.key_empty", "'%s' non può essere vuoto"},
    {"input.key_unknown",
     "chiave '%s' sconosciuta (sono previste id, form, form_version, wave, territory, role, "
     "respondent, answers)"},
    {"input.version_not_positive", "'form_version' deve essere un numero intero positivo"},
    {"input.answers_not_object", "'answers' deve essere un oggetto"},
    {"input.likert.scale", "da %s a %s"},
    {"input.likert.not_whole", "deve essere un numero intero %s, trovato %s"},
    {"input.likert.outside", "%lld è fuori dalla scala %s"},
    {"input.likert.not_point", "'%s' non è un punto della scala %s"},
    {"input.likert.not_whole_point", "'%s' non è un punto intero della scala %s"},
    {"input.choice.not_value", "deve essere uno dei valori %s, trovato %s"},
    {"input.choice.not_array",
     "deve essere un elenco di valori (se ne può scegliere più d'uno), trovato %s"},
    {"input.choice.entry_not_string", "deve essere un valore (una stringa), trovato %s"},
    {"input.choice.twice", "'%s' è scelto due volte"},
    {"input.choice.unknown", "'%s' non è uno dei valori %s"},
    {"input.choice.cell_unknown", "'%s' non è né un valore (%s) né l'etichetta di uno di essi"},
    {"input.choice.cell_unknown_multiple",
     "'%s' non è né un valore (%s) né l'etichetta di uno di essi; separa più valori con |"},
    {"input.label_twice", "'%s' è l'etichetta sia di '%s' sia di '%s'; scrivi il valore"},
    {"input.number.not_number", "deve essere un numero, trovato %s"},
    {"input.number.not_exact",
     "deve stare tra -9007199254740992 e 9007199254740992 per essere conservato esattamente, "
     "trovato %s"},
    {"input.number.not_whole", "deve essere un numero intero, trovato %s"},
    {"input.number.below", "%s è sotto il minimo %s"},
    {"input.number.above", "%s supera il massimo %s"},
    {"input.number.write_plainly",
     "scrivilo senza separatori delle migliaia, con '%s' come separatore decimale"},
    {"input.number.thousands", "'%s' ha un separatore delle migliaia; %s"},
    {"input.number.cell_not_number", "'%s' non è un numero"},
    {"input.number.ambiguous",
     "'%s' è ambiguo: '%s' potrebbe separare le migliaia o i decimali; %s"},
    {"input.number.unrepresentable", "'%s' non è un numero che sonda possa rappresentare"},
    {"input.text.not_string", "deve essere un testo (una stringa), trovato %s"},
    {"input.text.too_long", "è lungo %zu caratteri; ne sono ammessi al massimo %zu"},
    {"input.text_list.not_array", "deve essere un elenco di testi, trovato %s"},
    {"input.text_list.too_many", "ha %zu voci; ne sono ammesse al massimo %zu"},
    {"input.text_list.empty_entry", "è vuota; togli le voci vuote"},
    {"input.text_list.line_break", "contiene un a capo; fai di ogni riga una voce a sé"},
    {"input.matrix.not_object", "deve essere un oggetto {riga: {colonna: valore}}, trovato %s"},
    {"input.matrix.no_cell_type", "la matrice non ha un tipo di cella utilizzabile"},
    {"input.matrix.unknown_row", "'%s' non è una riga della matrice; le righe sono %s"},
    {"input.matrix.row_not_object", "deve essere un oggetto {colonna: valore}, trovato %s"},
    {"input.matrix.unknown_column", "'%s' non è una colonna della matrice; le colonne sono %s"},
    {"input.control.c1", "un carattere di controllo C1"},
    {"input.control.single_line",
     "contiene il carattere di controllo %s (%s) al carattere %zu; un testo su una riga non "
     "ammette caratteri di controllo, nemmeno un a capo"},
    {"input.control.multi_line",
     "contiene il carattere di controllo %s (%s) al carattere %zu; un testo ammette tabulazioni "
     "e a capo, ma nessun altro carattere di controllo"},
    {"input.json.an_object", "un oggetto"},
    {"input.json.an_array", "un elenco"},
    {"input.json.a_string", "una stringa"},
    {"input.json.a_boolean", "un valore vero/falso"},
    {"input.json.a_number", "un numero"},
    {"input.json.another_type", "un valore di un altro tipo"},
    {"input.json.invalid_utf8", "UTF-8 non valido al byte %zu (salva il file come UTF-8)"},
    {"input.json.several_values", "JSON non valido: più di un valore"},
    {"input.json.malformed", "JSON non valido: %s"},
    {"input.json.not_object", "serve un oggetto JSON, trovato %s"},
    {"input.json.duplicate_key",
     "chiave %s ripetuta in %s (le chiavi di un oggetto devono essere diverse)"},
    {"input.json.number_at", "il numero %s in %s %s"},
    {"input.json.integer_range",
     "è fuori intervallo: un intero JSON deve stare tra -9223372036854775808 e "
     "18446744073709551615"},
    {"input.json.number_range",
     "è fuori intervallo: un numero JSON deve stare entro +-1.7976931348623157e308"},
    {"input.ndjson.too_long", "riga di %lld byte, oltre il limite di %zu byte per una risposta"},
    {"input.csv.tab", "una tabulazione"},
    {"input.csv.record_too_long", "riga più lunga di %zu byte"},
    {"input.csv.record_too_long_quote",
     "riga più lunga di %zu byte (virgolette aperte alla riga %lld e mai chiuse?)"},
    {"input.csv.stray_quote",
     "virgolette dentro il campo %zu, che non è tra virgolette (racchiudi il campo tra virgolette "
     "e raddoppia quelle interne: \"\")"},
    {"input.csv.after_quote",
     "testo dopo le virgolette di chiusura del campo %zu (ci si aspetta %s o la fine della riga)"},
    {"input.csv.unclosed_quote",
     "le virgolette aperte alla riga %lld non vengono mai chiuse (il file finisce dentro un campo "
     "tra virgolette)"},
    {"input.csv.invalid_utf8",
     "UTF-8 non valido al byte %zu del campo %zu (il file è stato letto come UTF-8 dalla sua "
     "prima lettera accentata in poi; salva tutto il file in una sola codifica)"},
    {"input.csv.column_twice", "la colonna '%s' compare due volte (colonne %zu e %zu)"},
    {"input.csv.column_unknown",
     "la colonna '%s' non è né l'id di una domanda né una cella di matrice scritta "
     "domanda[riga][colonna]"},
    {"input.csv.missing_column",
     "manca la colonna %s; un CSV largo ha le colonne %s (e, se si vuole, id), poi una colonna "
     "per domanda"},
    {"input.csv.missing_columns",
     "mancano le colonne %s; un CSV largo ha le colonne %s (e, se si vuole, id), poi una colonna "
     "per domanda"},
    {"input.csv.width.one",
     "%lld campo dove l'intestazione ne ha %zu (un valore che contiene il separatore va tra "
     "virgolette doppie)"},
    {"input.csv.width.other",
     "%lld campi dove l'intestazione ne ha %zu (un valore che contiene il separatore va tra "
     "virgolette doppie)"},
    {"input.csv.key_empty", "'%s' è vuoto"},
    {"input.csv.bad_version", "'form_version' deve essere un numero intero positivo, trovato '%s'"},
    {"input.csv.not_in_version",
     "'%s' non è una domanda del questionario '%s' versione %d; lascia vuota questa cella nelle "
     "righe di quella versione"},
    {"input.csv.type_unknown",
     "il tipo di domanda '%s' non è conosciuto (il suo plugin è caricato? vedi `sonda plugins`)"},
    {"input.csv.unnamed_column", "un valore nella colonna %zu, che nell'intestazione non ha nome"},
    {"input.csv.other_form",
     "questionario '%s' in un file le cui righe sono del questionario '%s': metti ogni "
     "questionario in un file CSV a sé"},
    {"input.csv.column_not_item",
     "la colonna %zu '%s' non è una domanda del questionario '%s'; le sue colonne sono %s"},
    {"input.csv.empty",
     "file CSV vuoto: serve una riga di intestazione con le colonne %s (id si può omettere) e le "
     "domande"},
    {"input.csv.bad_header", "riga di intestazione non valida: %s"},
    {"input.read_error", "errore di lettura dopo %lld byte"},
    {"input.cannot_open", "impossibile aprire il file: %s"},
    {"input.nul_byte",
     "il byte %lld è un byte NUL: sono dati binari, non testo NDJSON o CSV; non è stato "
     "importato nulla"},
    {"input.binary",
     "questo è %s, non NDJSON o CSV: nel foglio di calcolo salvalo come \"CSV UTF-8\" e importa "
     "quel file; non è stato importato nulla"},
    {"input.binary.zip", "un file zip, come lo è una cartella di lavoro (.xlsx, .ods)"},
    {"input.binary.xls", "una vecchia cartella di lavoro di Excel (.xls)"},
    {"input.binary.utf16", "testo UTF-16 (il \"Testo Unicode\" di Excel)"},
    {"input.maps_with_ndjson",
     "--maps completa le righe di un CSV largo; %s è NDJSON, le cui risposte portano i loro "
     "elenchi in JSON"},
    {"input.sheet.sheet", "foglio"},
    {"input.sheet.no_reader",
     "nessun tipo di domanda caricato tiene le risposte una voce per riga, quindi nessuno legge "
     "questo foglio (il plugin del suo tipo di domanda è caricato? vedi `sonda plugins`)"},
    {"input.sheet.cannot_open", "impossibile aprire il %s: %s"},
    {"input.sheet.fits_none",
     "l'intestazione non nomina le colonne di alcun tipo di domanda: non si capisce di chi sia "
     "questo foglio (tipi di domanda con un foglio così: %s)"},
    {"input.sheet.fits_several",
     "l'intestazione va bene per più di un tipo di domanda: non si capisce di chi sia questo "
     "foglio (tipi di domanda con un foglio così: %s)"},
    {"input.sheet.from_line", "%s (dalla riga %lld)"},
    {"input.sheet.other_form",
     "le righe del %s sono per il questionario '%s' (%s:%lld), questa riga per il questionario "
     "'%s'"},
    {"input.sheet.no_item",
     "il questionario '%s' versione %d non ha una domanda %s, eppure %s ha righe di %s per "
     "questa risposta"},
    {"input.sheet.other_item",
     "le righe del %s sono per la domanda '%s' (%s:%lld), ma nel questionario '%s' la domanda "
     "%s è '%s'"},
    {"input.sheet.both",
     "la cella %s di questa riga è compilata e %s ha righe di %s per la stessa risposta: tienine "
     "una delle due"},
    {"store.write_lock", "il blocco di scrittura"},
    {"store.responses_table", "la tabella delle risposte"},
    {"store.waiting",
     "in attesa di un'altra scrittura (un altro sonda o programma tiene %s di %s; attendo fino a "
     "%d s, si cambia con --wait SECONDI o SONDA_WAIT)"},
    {"store.waited_too_long",
     "database %s: un altro programma ha tenuto %s per più di %d s; non è stato scritto nulla. "
     "Riprova quando ha finito, oppure attendi di più con --wait SECONDI (o SONDA_WAIT)"},
    {"input.rejected", "scartata"},
    {"input.too_long_to_copy",
     " (la riga è troppo lunga per essere copiata nel file delle righe scartate)"},
    {"input.respondent_twice",
     "una seconda riga per il rispondente '%s' del territorio '%s' alla rilevazione '%s' (la "
     "prima è alla riga %lld): un rispondente compila il questionario '%s' una volta per "
     "rilevazione; tieni una delle due righe"},
    {"input.id_twice",
     "la risposta %s è anche alla riga %lld, con un contenuto diverso: un id di risposta è una "
     "sola risposta"},
    {"input.id_derived",
     " (una riga senza id ha l'id ricavato da studio, questionario, rilevazione, territorio e "
     "rispondente: le due righe sono la risposta di un rispondente a un questionario nella "
     "stessa rilevazione; tienine una)"},
    {"input.conflict_response", "risposta %s"},
    {"input.conflict_derived",
     " (la riga non ha id: è ricavato da studio '%s', questionario '%s', rilevazione '%s', "
     "territorio '%s' e rispondente '%s')"},
    {"input.nothing_stored", "non è stato registrato nulla di questo file"},
    {"input.more_issues.one", "e %lld altro problema non elencato (%lld in tutto, in %s)"},
    {"input.more_issues.other", "e altri %lld problemi non elencati (%lld in tutto, in %s)"},
    {"input.rows_invalid.one",
     "%lld riga su %lld non è valida: non è stato importato nulla (correggila, oppure importa con "
     "--skip-invalid per registrare le righe valide)"},
    {"input.rows_invalid.other",
     "%lld righe su %lld non sono valide: non è stato importato nulla (correggile, oppure importa "
     "con --skip-invalid per registrare le righe valide)"},
    {"input.nothing_imported", "non è stato importato nulla"},
    {"input.rejected_unwritable",
     "impossibile scrivere le righe scartate in '%s': disco pieno o file non scrivibile; non è "
     "stato importato nulla"},
    {"input.rejected_unwritten",
     "l'importazione è stata registrata, ma le righe scartate non si sono potute scrivere: %s"},
    {"import.inserted.one", "%lld inserita"},
    {"import.inserted.other", "%lld inserite"},
    {"import.would_insert.one", "%lld da inserire"},
    {"import.would_insert.other", "%lld da inserire"},
    {"import.unchanged.one", "%lld invariata"},
    {"import.unchanged.other", "%lld invariate"},
    {"import.rejected.one", "%lld scartata"},
    {"import.rejected.other", "%lld scartate"},
    {"import.written_to", " (scritte in %s)"},
    {"import.dry_run", " (prova: non è stato registrato nulla)"},
    {"import.total", "totale: %s"},
    {"import.rejected_issue", "scartata: %s"},
    {"import.nothing_imported.one",
     "non è stato importato nulla da questo file (%lld problema, elencato sopra)"},
    {"import.nothing_imported.other",
     "non è stato importato nulla da questo file (%lld problemi, elencati sopra)"},
    {"import.nothing_imported_rows.one",
     "non è stato importato nulla da questo file (%lld problema, elencato sopra: correggilo, "
     "oppure usa --skip-invalid)"},
    {"import.nothing_imported_rows.other",
     "non è stato importato nulla da questo file (%lld problemi, elencati sopra: correggili, "
     "oppure usa --skip-invalid)"},
    {"import.all_rejected.one", "non è stato registrato nulla: la sua unica riga è stata scartata"},
    {"import.all_rejected.other",
     "non è stato registrato nulla: tutte le sue %lld righe sono state scartate"},
    // Exports (core/src/io/exporter.cpp).
    {"export.not_long_rows",
     "risposta %s: la risposta a '%s' non si può scrivere come %s; esportatela senza --maps"},
    {"export.two_long_sheets",
     "le domande del questionario '%s' tengono le risposte in fogli lunghi di due tipi (%s, %s): "
     "--maps ne scrive uno solo"},
    {"export.same_separator",
     "il separatore di campo e il separatore decimale sono entrambi '%s'; con la virgola decimale "
     "usate ';'"},
    {"export.no_form", "un'esportazione richiede un questionario (--form)"},
    {"export.maps_format", "un foglio delle mappe (--maps) va con il formato csv-wide"},
    {"export.bom_ndjson", "il byte order mark è per le esportazioni CSV, non per NDJSON"},
    // Where and why a JSON text is malformed (core/src/util/json_syntax.cpp).
    {"input.json.malformed_at", "JSON non valido alla riga %zu, colonna %zu: %s"},
    {"input.json.malformed_at_column", "JSON non valido alla colonna %zu: %s"},
    {"input.json.too_deep", "JSON non valido: annidato per più di %zu livelli"},
    {"input.json.syntax.end",
     "il testo finisce prima che il JSON sia completo (manca una '}', una ']' o delle virgolette "
     "di chiusura?)"},
    {"input.json.syntax.single_quote",
     "testi e chiavi vanno tra virgolette doppie (\"), non tra apici (')"},
    {"input.json.syntax.unexpected",
     "%s non può iniziare un valore (un valore è un numero, un \"testo\", true, false, null, {...} "
     "o [...])"},
    {"input.json.syntax.after_member",
     "dopo un valore in un oggetto serve ',' o '}', trovato %s (manca una ',' prima?)"},
    {"input.json.syntax.after_element",
     "dopo un valore in un elenco serve ',' o ']', trovato %s (manca una ',' prima?)"},
    {"input.json.syntax.trailing_comma", "una ',' subito prima di %s: toglietela"},
    {"input.json.syntax.key", "serve una chiave tra virgolette doppie, trovato %s"},
    {"input.json.syntax.colon", "dopo la chiave serve ':', trovato %s"},
    {"input.json.syntax.control",
     "un a capo o un carattere di controllo dentro un testo (l'a capo si scrive \\n)"},
    {"input.json.syntax.unicode_escape", "\\u deve essere seguito da quattro cifre esadecimali"},
    {"input.json.syntax.escape",
     "una barra rovesciata seguita da %s dentro un testo (la barra rovesciata si scrive \\\\)"},
    {"input.json.syntax.open_string", "un testo aperto con \" non viene mai chiuso"},
    {"input.json.syntax.number",
     "'%s' non è un numero JSON (i numeri usano il punto, come 2.5, e niente zeri iniziali)"},
    {"input.json.syntax.word",
     "parola '%s' sconosciuta (i testi vanno tra virgolette doppie; le sole parole del JSON sono "
     "true, false e null)"},
    {"input.json.syntax.excess", "altro testo dopo la fine del valore JSON"},
    // What a report, chart or summary is asked for (core/src/report, chart, summary).
    {"request.unknown_wave",
     "rilevazione '%s' sconosciuta (data con --%s); le rilevazioni dello studio sono: %s"},
    {"request.same_wave",
     "--from e --to indicano la stessa rilevazione '%s': un rapporto di cambiamento confronta due "
     "rilevazioni diverse"},
    {"request.form_version_part",
     "--form-version %d riporterebbe una parte delle risposte a '%s' in queste rilevazioni (anche "
     "la versione %d ne ha): quella parte non è un gruppo della tabella protetta. Riportate tutte "
     "le versioni insieme, senza --form-version"},
    {"request.min_cell_low",
     "il gruppo più piccolo mostrato (min_cell) deve essere almeno 1, non %lld"},
    {"request.min_cell_below",
     "--min-cell %lld è sotto il min_cell %lld dello studio: gruppi così piccoli non vengono mai "
     "pubblicati. Per vederli comunque (solo chi detiene i dati grezzi) aggiungete "
     "--no-suppression"},
    {"request.removed_while_reading",
     "la risposta '%s' è stata rimossa mentre il rapporto veniva letto; rieseguite il rapporto"},
    {"request.trend_two_waves",
     "un andamento richiede risposte al questionario '%s' in almeno due rilevazioni"},
    {"request.unknown_chart", "grafico '%s' sconosciuto; i grafici sono: %s"},
    // A wave, territory or role given on the command line (apps/sonda/study_filters.cpp).
    {"request.unknown.wave", "rilevazione '%s' sconosciuta; quelle valide sono: %s"},
    {"request.unknown.territory", "territorio '%s' sconosciuto; quelli validi sono: %s"},
    {"request.unknown.role", "ruolo '%s' sconosciuto; quelli validi sono: %s"},
    {"request.unknown.none", "nessuno"},
    {"request.no_waves.none",
     "impossibile scegliere le rilevazioni da confrontare per il questionario '%s': non ha "
     "risposte in nessuna rilevazione; indicate --from e --to (le rilevazioni dello studio sono: "
     "%s)"},
    {"request.no_waves.only",
     "impossibile scegliere le rilevazioni da confrontare per il questionario '%s': ha risposte "
     "solo in %s%s; indicate --from e --to (le rilevazioni dello studio sono: %s)"},
    {"request.no_waves.after", " dopo '%s'"},
    {"request.warning.form", "questionario '%s': %s"},
    {"store.form_changed",
     "il questionario '%s' versione %d è già registrato con una definizione diversa e %lld "
     "risposte lo usano: date al questionario modificato un nuovo numero di versione"},
};

}  // namespace

std::span<const Message> core_input_messages_it() { return kMessages; }

}  // namespace sonda::i18n
