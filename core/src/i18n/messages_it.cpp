// Every message of sonda's core in Italian, by key. Keys and printf placeholders
// match the other languages' files (tests/core/i18n checks it).
#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

constexpr Message kMessages[] = {
    {"report", "Rapporto sul cambiamento"},
    {"form", "Questionario"},
    {"from", "Da"},
    {"to", "A"},
    {"by", "Per"},
    {"by.territory", "territorio"},
    {"by.role", "ruolo"},
    // Dates (sonda/i18n/dates.hpp) and numbers.
    {"date.day_month_year", "%d %s %d"},
    {"date.month.1", "gennaio"},
    {"date.month.2", "febbraio"},
    {"date.month.3", "marzo"},
    {"date.month.4", "aprile"},
    {"date.month.5", "maggio"},
    {"date.month.6", "giugno"},
    {"date.month.7", "luglio"},
    {"date.month.8", "agosto"},
    {"date.month.9", "settembre"},
    {"date.month.10", "ottobre"},
    {"date.month.11", "novembre"},
    {"date.month.12", "dicembre"},
    {"number.decimal", ","},
    {"group.all", "Tutti"},
    {"by.none", "tutti insieme"},
    {"min_cell", "Gruppo minimo mostrato"},
    {"respondents", "rispondenti"},
    {"code.letters.one", "%lld lettera"},
    {"code.letters.other", "%lld lettere"},
    {"code.digits.one", "%lld cifra"},
    {"code.digits.other", "%lld cifre"},
    {"code.not_recipe", "non segue il codice dello studio: %s, lettere maiuscole (per esempio %s)"},
    {"pairing.heading", "Abbinamento per codice del rispondente"},
    {"pairing.paired.one", "%lld rispondente ha risposto a entrambe le rilevazioni"},
    {"pairing.paired.other", "%lld rispondenti hanno risposto a entrambe le rilevazioni"},
    {"pairing.withheld", "I gruppi non mostrati non sono contati."},
    {"pairing.only", "%lld solo alla prima, %lld solo alla seconda"},
    {"pairing.near.one",
     "%lld codice della prima rilevazione differisce in una sola parte da un codice della seconda "
     "nello stesso territorio: probabile errore di battitura. Controllalo; sonda non abbina mai "
     "codici diversi"},
    {"pairing.near.other",
     "%lld codici della prima rilevazione differiscono in una sola parte da un codice della "
     "seconda nello stesso territorio: probabili errori di battitura. Controllali; sonda non "
     "abbina mai codici diversi"},
    {"score", "punteggio"},
    {"n_from", "n da"},
    {"n_to", "n a"},
    {"n_paired", "coppie"},
    {"design", "disegno"},
    {"mean_from", "media da"},
    {"mean_to", "media a"},
    {"delta", "delta"},
    {"mean", "media da → a"},
    {"change", "cambiamento"},
    {"ci95", "IC 95%"},
    {"p_t", "p (t)"},
    {"p_rank", "p (ranghi)"},
    {"effect", "effetto"},
    {"bands", "fascia da -> a"},
    {"alpha", "alfa da/a"},
    {"paired", "appaiato"},
    {"independent", "indipendente"},
    {"withheld_small", "oscurato: meno di %d"},
    {"withheld_protects", "oscurato a protezione di un altro gruppo"},
    {"reading", "Lettura"},
    {"instrument", "Cosa aggiunge lo strumento"},
    {"no_groups", "Nessuna risposta a questo questionario in queste rilevazioni."},
    {"note", "Nota"},
    {"note.extras_left_out",
     "Omesso in questo gruppo: ciò che vi aggiunge il plugin '%s' %s, che ha avuto un errore in "
     "%s. Le cifre dei punteggi non ne dipendono."},
    {"note.section_failed",
     "Ciò che il plugin '%s' %s aggiunge a questo gruppo è mostrato in semplici tabelle: la sua "
     "sezione del rapporto ha avuto un errore in %s."},
    {"note.extras_left_out_all",
     "Omesso in ogni gruppo: ciò che aggiunge il plugin '%s' %s, che ha avuto un errore in %s. "
     "Le cifre dei punteggi non ne dipendono."},
    {"note.scored_by_other",
     "Alcuni punteggi registrati di questo questionario sono stati calcolati dal plugin '%s' %s, "
     "ma ora è caricata la versione %s: eseguire `sonda rescore --form %s` per ricalcolarli con "
     "questa."},
    {"note.scored_unrecorded",
     "Alcuni punteggi registrati di questo questionario sono stati calcolati prima che sonda "
     "annotasse quale versione del plugin li calcolava; ora è caricato il plugin '%s' %s: "
     "eseguire `sonda rescore --form %s` per ricalcolarli con questo."},
    {"suppression_off",
     "OSCURAMENTO DEI PICCOLI GRUPPI DISATTIVATO: questo rapporto mostra gruppi con meno di "
     "%d "
     "rispondenti. Non condividerlo fuori dal gruppo di valutazione."},
    {"small_group",
     "Non mostrato: mostrerebbe un gruppo di meno di %d persone, in una delle due "
     "rilevazioni, tra chi ha risposto a entrambe o tra i pochi arrivati o usciti tra "
     "l'una e l'altra."},
    {"protecting_group",
     "Non mostrato perché un altro gruppo, più piccolo, non si possa ricavare per "
     "differenza dalle cifre pubblicate; questo gruppo non è piccolo."},
    {"no_answers",
     "Nessuna risposta in una delle due rilevazioni: il cambiamento non si "
     "può calcolare."},
    {"mean_rose", "%s: la media di tutti i rispondenti è salita da %s a %s"},
    {"mean_fell", "%s: la media di tutti i rispondenti è scesa da %s a %s"},
    {"mean_stayed", "%s: la media di tutti i rispondenti è rimasta a %s"},
    {"mean_flat", "%s: la media di tutti i rispondenti è rimasta pressoché uguale (%s, poi %s)"},
    {"paired_change", "; tra i %lld che hanno risposto entrambe le volte il cambiamento è %s"},
    {"paired_change_but",
     ", ma tra i %lld che hanno risposto entrambe le volte il cambiamento è %s"},
    {"independent_change",
     "; confrontando i gruppi come indipendenti (%lld e %lld rispondenti), il "
     "cambiamento è %s"},
    {"pairs_vs_all",
     "Le due cifre non concordano perché la media di tutti i rispondenti conta anche chi "
     "ha risposto una sola volta (%lld solo la prima volta, %lld solo la seconda), e chi è "
     "arrivato o se n'è andato l'ha spostata; il cambiamento tra le coppie invece confronta "
     "ciascuno con sé stesso, ed è su questo che si basa il giudizio."},
    {"interval", "intervallo al 95%% da %s a %s"},
    {"effect_is", "effetto %s, %s %s"},
    {"p_below", "p < 0,001"},
    {"band_moved", "Fascia: %s -> %s."},
    {"band_same", "Fascia invariata: %s."},
    {"read.improved",
     "Un chiaro miglioramento: l'intervallo al 95%% non comprende lo zero e l'effetto è "
     "%s."},
    {"read.worsened",
     "Un chiaro peggioramento: l'intervallo al 95%% non comprende lo zero e l'effetto è "
     "%s."},
    {"read.changed",
     "Un cambiamento chiaro: l'intervallo al 95%% non comprende lo zero e l'effetto è %s; "
     "per questo punteggio nessuna delle due direzioni è migliore."},
    {"lower_is_better", "Per questo punteggio un valore più basso è migliore."},
    {"read.uncertain",
     "Incerto: l'effetto è %s, ma l'intervallo al 95%% comprende lo zero ed è ampio: con "
     "questi dati non si distingue un cambiamento dalla sua assenza."},
    {"read.negligible",
     "Nessuna evidenza di cambiamento: l'intervallo al 95%% comprende lo zero e l'effetto "
     "è trascurabile."},
    {"read.negligible_wide",
     "Nessuna evidenza di cambiamento: l'intervallo al 95%% comprende lo zero e l'effetto "
     "è trascurabile; l'intervallo però è ampio, quindi non si può escludere un "
     "cambiamento di media entità, in un senso o nell'altro."},
    {"read.narrow",
     "Nessuna evidenza di cambiamento: l'intervallo al 95%% comprende lo zero ed è "
     "abbastanza stretto da escludere un cambiamento di media entità."},
    {"read.detectable_negligible",
     "Nessuna evidenza di un cambiamento rilevante: l'intervallo al 95%% non comprende lo "
     "zero, ma l'effetto è trascurabile (in un gruppo numeroso si rilevano anche "
     "spostamenti minimi)."},
    {"read.no_test",
     "Non calcolabile: nessun test possibile (troppo poche risposte o nessuna "
     "variabilità)."},
    {"caution", "Attenzione: %s."},
    {"alpha_low", "gli item di questo punteggio concordano poco (alfa %s)"},
    {"alpha_negative",
     "l'affidabilità di questo punteggio non è interpretabile (alfa %s, sotto lo zero: i "
     "suoi item non vanno nella stessa direzione)"},
    {"alpha_undefined",
     "l'affidabilità di questo punteggio non è interpretabile (in una delle due "
     "rilevazioni l'alfa non si può calcolare)"},
    {"verdict", "Giudizio"},
    {"verdict.clear", "cambiamento chiaro"},
    {"verdict.uncertain", "incerto"},
    {"verdict.no_evidence", "nessuna evidenza di cambiamento"},
    {"verdict.not_computable", "non calcolabile"},
    {"outcome.improved", "migliorato"},
    {"outcome.worsened", "peggiorato"},
    {"outcome.changed", "cambiato"},
    // Outcomes are short tags (HTML, the dashboard's verdict column).
    {"outcome.held", "nessuna evidenza"},
    {"outcome.uncertain", "incerto"},
    {"outcome.not_computable", "non calcolabile"},
    {"negligible", "trascurabile"},
    {"small", "piccolo"},
    {"medium", "medio"},
    {"large", "grande"},
    {"cohen_dz", "dz di Cohen"},
    {"hedges_g", "g di Hedges"},
    // Charts (sonda chart, summaries).
    {"chart.change", "Cambiamento tra due rilevazioni"},
    {"chart.change.about",
     "il cambiamento di ogni punteggio con l'intervallo al 95%, per un territorio o per "
     "tutti"},
    {"chart.change.note",
     "Punto: il cambiamento tra chi ha risposto entrambe le volte (n = coppie), o tra i "
     "due gruppi se sono pochi; linea: l'intervallo al 95%."},
    {"chart.community_mark", "Cerchio vuoto: l'intera comunità."},
    {"chart.colours",
     "Verde: un miglioramento chiaro; rosso: un peggioramento chiaro; blu: un cambiamento "
     "chiaro dove nessuna direzione è migliore; grigio: nessun cambiamento chiaro."},
    {"chart.withheld_note", "I gruppi con meno di %d persone non sono mostrati."},
    {"chart.trend", "Medie nelle rilevazioni"},
    {"chart.trend.about",
     "la media di ogni punteggio in ogni rilevazione, con intervallo al 95% e n"},
    {"chart.trend.note",
     "Media di ogni rilevazione con l'intervallo al 95%; n = rispondenti di quella "
     "rilevazione."},
    {"chart.star", "Profilo di ogni rilevazione"},
    {"chart.star.about", "una stella con un asse per punteggio e un contorno per rilevazione"},
    {"chart.star.note",
     "Ogni asse va dal punteggio minimo al massimo possibile; un contorno per "
     "rilevazione."},
    {"chart.territories", "Cambiamento per territorio"},
    {"chart.territories.about",
     "il cambiamento di ogni territorio su un asse comune, con l'intera comunità come "
     "riferimento"},
    {"chart.not_for_form",
     "il grafico '%s' mostra ciò che aggiunge lo strumento %s; il questionario '%s' è "
     "calcolato da %s"},
    {"chart.no_scale", "Nessun punteggio di questo questionario ha un intervallo da disegnare."},
    {"chart.withheld", "non mostrato"},
    {"chart.everyone", "Intera comunità"},
    // The territory summary (sonda summary).
    {"summary.kicker", "Sintesi dei risultati"},
    {"summary.section_failed",
     "Omesso: ciò che il plugin '%s' %s aggiunge a questa sintesi, perché la sua sezione del "
     "rapporto ha avuto un errore in %s. Le cifre dei punteggi non ne dipendono."},
    {"summary.made", "prodotta il %s"},
    {"summary.intro",
     "Che cosa è cambiato per la vostra équipe, questionario per questionario. Il "
     "cambiamento è misurato tra le persone che hanno risposto entrambe le volte; la linea "
     "intorno a ogni punto è l'intervallo al 95%: più è corta, più il cambiamento è sicuro. "
     "Verde è un miglioramento chiaro, rosso un peggioramento chiaro, blu un cambiamento "
     "chiaro dove nessuna direzione è migliore, grigio nessun cambiamento chiaro."},
    {"summary.counts",
     "%s → %s: %lld persone hanno risposto la prima volta, %lld la seconda, %lld entrambe "
     "le volte."},
    {"summary.improved", "Migliorato"},
    {"summary.held", "Nessun cambiamento chiaro"},
    {"summary.worsened", "Peggiorato"},
    {"summary.changed", "Cambiato (nessuna direzione è migliore)"},
    {"summary.no_waves",
     "Le risposte di questo territorio non bastano per confrontare due rilevazioni."},
    {"summary.protection",
     "Per proteggere i piccoli gruppi non è mostrato alcun dato di meno di %d persone, né "
     "alcuno che permetterebbe di ricavarlo per differenza da altri dati pubblicati."},
    {"summary.page", "Pagina"},
    {"and", "; "},
    // The dashboard (apps/dashboard).
    {"dashboard.everyone", "Tutti"},
    {"dashboard.everyone_selected", "Tutti nella selezione"},
    {"dashboard.col.score", "Punteggio"},
    {"dashboard.col.mean", "Media"},
    {"dashboard.col.change", "Cambiamento"},
    {"dashboard.col.ci", "IC 95%"},
    {"dashboard.col.p_rank", "p (ranghi)"},
    {"dashboard.col.effect", "Effetto"},
    {"dashboard.col.band", "Fascia"},
    {"dashboard.min_cell", "Cella minima"},
    {"dashboard.min_cell.tip",
     "Le cifre che descrivono meno rispondenti di così sono oscurate. Il minimo dello studio è "
     "%d."},
    {"dashboard.form", "Questionario"},
    {"dashboard.from", "Da"},
    {"dashboard.to", "A"},
    {"dashboard.territories", "Territori"},
    {"dashboard.roles", "Ruoli"},
    {"dashboard.language", "Lingua"},
    {"dashboard.export_folder", "Cartella delle immagini"},
    {"dashboard.export_png", "Esporta PNG"},
    {"dashboard.presentation", "Presentazione"},
    {"dashboard.leave_presentation", "Esci dalla presentazione (Esc)"},
    {"dashboard.no_folder", "La cartella non esiste: "},
    {"dashboard.saved_picture", "Salvata "},
    {"dashboard.panel_failed", "Questa vista ha avuto un errore e non è mostrata"},
    {"dashboard.panel_retry", "Riprova"},
    {"dashboard.computing", "Calcolo di alfa e dettagli degli strumenti..."},
    {"entry.new_response", "Nuova risposta"},
    {"entry.no_forms", "Lo studio non ha ancora questionari."},
    {"entry.stored.one", "%lld registrata in questa rilevazione"},
    {"entry.stored.other", "%lld registrate in questa rilevazione"},
    {"entry.first_ones", " (le prime)"},
    {"entry.correcting", "Correzione di"},
    {"entry.new", "Nuova"},
    {"entry.territory", "Territorio"},
    {"entry.role", "Ruolo"},
    {"entry.wave", "Rilevazione"},
    {"entry.respondent", "Codice del rispondente"},
    {"entry.respondent.tip", "Un codice pseudonimo, mai un nome."},
    {"entry.reason.hint", "Perché è corretta o ritirata? (resta nella cronologia)"},
    {"entry.save_correction", "Salva la correzione"},
    {"entry.save", "Salva"},
    {"entry.withdraw", "Ritira"},
    {"entry.reason_correct",
     "Scrivi perché la risposta è corretta: il motivo resta con il contenuto precedente."},
    {"entry.saved_correction", "Correzione salvata."},
    {"entry.saved", "Risposta salvata."},
    {"entry.reason_withdraw", "Scrivi perché la risposta è ritirata: il motivo resta con essa."},
    {"entry.withdrawn", "Risposta ritirata."},
    {"dashboard.paired", "appaiati"},
    {"dashboard.suppression_off",
     "OSCURAMENTO DEI PICCOLI GRUPPI DISATTIVATO: questa vista mostra gruppi con meno di %d "
     "rispondenti (da %d in su). Solo per chi detiene i dati grezzi: non condividerla, né le sue "
     "immagini, fuori dal gruppo di valutazione."},
    {"dashboard.small_groups_toggle", "Mostra i piccoli gruppi (solo chi detiene i dati grezzi)"},
    {"dashboard.territory_subset_note",
     "Tutti insieme: non mostrato per %zu territori su %zu. Un totale su una parte dei territori "
     "non si pubblica: sottratto dal totale di tutti potrebbe far ricavare un gruppo oscurato. "
     "Ogni territorio scelto è mostrato da solo; per il totale spunta tutti i territori, o uno "
     "solo per vedere quello."},
    {"dashboard.territory_subset_hint",
     "Il totale dei territori spuntati non è mostrato (potrebbe far ricavare un gruppo "
     "oscurato): ciascuno è mostrato da solo."},
    {"dashboard.role_subset_note",
     "Nessuna cifra: sono spuntati %zu ruoli su %zu. Un totale su una parte dei ruoli non si "
     "pubblica, nemmeno per territorio: sottratto da un altro totale potrebbe far ricavare un "
     "gruppo oscurato. Per vedere un ruolo spunta solo quello (si vedono allora i territori per "
     "quel ruolo), uno alla volta; oppure spunta tutti i ruoli."},
    {"dashboard.no_responses", "Nessun questionario ha ancora risposte."},
    {"dashboard.two_waves", "Scegli due rilevazioni diverse da confrontare."},
    {"dashboard.suppressed_short", "oscurato (n < %d)"},
    {"entry.remove", "togli"},
    {"entry.add", "+ aggiungi"},
    {"dashboard.scores_only",
     "%lld risposte: qui solo la tabella dei punteggi. Alfa e i dettagli degli strumenti con "
     "`sonda report`, o scegliendo meno territori o ruoli."},
    {"dictionary.column", "colonna"},
    {"dictionary.item", "domanda"},
    {"dictionary.type", "tipo"},
    {"dictionary.label", "etichetta"},
    {"dictionary.values", "valori"},
    {"dictionary.key.id",
     "identificativo della risposta (UUID); importare di nuovo lo stesso id con lo stesso "
     "contenuto "
     "non cambia nulla"},
    {"dictionary.key.form", "identificativo del questionario"},
    {"dictionary.key.form_version", "versione del questionario"},
    {"dictionary.key.wave", "identificativo della rilevazione"},
    {"dictionary.key.territory", "identificativo del territorio"},
    {"dictionary.key.role", "identificativo del ruolo professionale"},
    {"dictionary.key.respondent", "codice pseudonimo del rispondente"},
    {"dictionary.range", "da %s a %s"},
    {"dictionary.at_least", "almeno %s"},
    {"dictionary.at_most", "al massimo %s"},
    {"dictionary.whole_number", "numero intero"},
    {"dictionary.number", "numero"},
    {"dictionary.decimal_comma", "virgola decimale"},
    {"dictionary.several", "più di una ammessa, separate da |"},
    {"dictionary.text", "testo, al massimo %zu caratteri"},
    {"dictionary.text_list",
     "fino a %zu voci, una per riga (o separate da |), ciascuna al massimo %zu caratteri"},
    {"dictionary.plugin_value",
     "un valore JSON (vedi la documentazione del plugin che aggiunge '%s')"},
    {"dictionary.required", "obbligatoria"},
    {"panel.trend", "Andamento"},
    {"dashboard.trend_all_roles",
     "Tutti i ruoli insieme: i grafici di questa scheda riguardano tutti i ruoli, qualunque ruolo "
     "sia spuntato."},
    {"dashboard.drawing", "Disegno dei grafici..."},
    {"dashboard.form_no_data", "Questo questionario non ha ancora risposte."},
    {"dashboard.one_wave",
     "Solo una rilevazione di questo questionario ha risposte: ancora nessun cambiamento da "
     "mostrare."},
    {"panel.overview", "Panoramica"},
    {"panel.entry", "Inserisci / correggi"},
    // The CLI's line on standard error once a file is written (apps/sonda).
    {"cli.wrote_report", "rapporto scritto in %s"},
    {"cli.wrote_chart", "grafico scritto in %s"},
    {"cli.wrote_summary", "sintesi di %s scritta in %s (pagine: %zu)"},
    {"cli.wrote_export.one", "esportata %lld risposta di %s in %s"},
    {"cli.wrote_export.other", "esportate %lld risposte di %s in %s"},
    // The CLI's usage errors: a wrong option, a missing value (apps/sonda).
    // In the language of --lang on the command line, else $SONDA_LANG.
    {"cli.usage.see_help", "%s: %s; consultate `sonda %s --help`"},
    {"cli.usage.see_sonda_help", "%s; consultate `sonda --help`"},
    {"cli.usage.unknown_option", "opzione '%s' sconosciuta"},
    {"cli.usage.unknown_option_before_command", "opzione '%s' sconosciuta prima del comando"},
    {"cli.usage.ambiguous_option", "opzione '%s' ambigua: può indicare più di un'opzione"},
    {"cli.usage.needs_value", "l'opzione '%s' richiede un valore"},
    {"cli.usage.unexpected_value", "l'opzione '%s' non prevede un valore"},
    {"cli.usage.given_twice", "opzione '%s' indicata due volte"},
    {"cli.usage.missing_option", "manca l'opzione obbligatoria '%s'"},
    {"cli.usage.unexpected_argument", "argomento '%s' non previsto"},
    {"cli.usage.which_sub_command", "quale? indicate un sottocomando"},
    {"cli.usage.unknown_sub_command", "sottocomando '%s' sconosciuto (quelli validi sono: %s)"},
    {"cli.usage.unknown_command", "comando '%s' sconosciuto (quelli validi sono: %s)"},
    {"cli.usage.no_command", "nessun comando indicato"},
    {"cli.usage.verbose_version", "--verbose va insieme a --version: sonda --version --verbose"},
    {"cli.usage.whole_number", "--%s richiede un numero intero, non '%s'"},
    {"cli.usage.single_character", "--%s richiede un solo carattere (o 'tab'), non '%s'"},
    {"cli.usage.one_of", "--%s accetta solo uno di questi valori: %s; non '%s'"},
    {"cli.usage.at_least", "--%s deve essere almeno %d"},
    {"cli.usage.width", "--width deve essere tra %d e %d pixel"},
    {"cli.usage.required", "l'opzione %s è obbligatoria"},
    {"cli.usage.needs_option", "%s richiede anche %s"},
    {"cli.usage.not_both", "indicate %s o %s, non entrambe"},
    {"cli.usage.exclusive", "%s e %s si escludono a vicenda"},
    {"cli.usage.no_database",
     "nessun database indicato: usate --db FILE (SQLite) o --db postgresql://..., oppure "
     "impostate SONDA_DB"},
    {"cli.usage.wait", "%s richiede un numero intero di secondi da 0 a %d, non '%s'"},
    {"cli.usage.wait_empty", "--wait richiede un numero intero di secondi"},
    {"cli.usage.chart_format", "--format deve essere png, pdf o svg, non '%s'"},
    {"cli.usage.summary_format", "--format deve essere pdf, html o png, non '%s'"},
    {"cli.usage.summary_folder",
     "--out %s è un file: con --territory all si scrive un file per territorio, in una cartella"},
    {"cli.usage.export_form",
     "l'opzione --form FORM è obbligatoria (i questionari si elencano con `sonda forms list "
     "--db DB`)"},
    {"cli.usage.decimal", "--decimal deve essere '.' o ','"},
    {"cli.usage.delimiter_decimal", "--delimiter e --decimal devono essere diversi"},
    {"cli.usage.bom_ndjson",
     "--bom è per le esportazioni CSV; un file NDJSON (JSON) non comincia mai con il byte order "
     "mark"},
    {"cli.usage.maps_csv_wide", "--maps va insieme a --format csv-wide"},
    {"cli.usage.maps_file", "--maps richiede il nome di un file"},
    {"cli.usage.maps_out", "--maps e --out devono indicare due file diversi"},
    {"cli.usage.maps_one_file", "--maps completa un solo CSV largo: indicate un solo FILE"},
    {"cli.usage.one_form_id", "indicate l'id di un solo questionario"},
    {"cli.usage.form_files", "indicate almeno un file di questionario"},
    {"cli.usage.import_files", "indicate il file (o i file) da importare"},
    {"cli.usage.rejected_skip_invalid", "--rejected va solo insieme a --skip-invalid"},
    {"cli.usage.rejected_one_file", "--rejected vale per un solo file da importare alla volta"},
    {"cli.usage.rejected_dry_run", "--dry-run non scrive nulla, nemmeno il file di --rejected"},
    {"cli.usage.one_form_format",
     "--format %s riporta un solo questionario: indicate --form (questionari con risposte: %s)"},
    {"cli.usage.link_option", "indicate --%s del link"},
    {"cli.usage.rescore_form", "indicate il questionario con --form"},
    {"cli.usage.account_name", "indicate il nome dell'account con --name"},
    {"cli.usage.role_missing",
     "indicate un ruolo con --role: admin, evaluator, coordinator o collector"},
    {"cli.usage.role_unknown",
     "ruolo '%s' sconosciuto; quelli validi sono: admin, evaluator, coordinator, collector"},
    {"cli.usage.revoke_name", "indicate il nome di un solo account o link"},
    // sonda forms list|show (apps/sonda/command_forms.cpp).
    {"forms.list.form", "QUESTIONARIO"},
    {"forms.list.plugin", "PLUGIN"},
    {"forms.list.items", "DOMANDE"},
    {"forms.list.responses", "RISPOSTE"},
    {"forms.list.title", "TITOLO"},
    {"forms.list.none", "(nessun questionario)"},
    {"forms.show.heading", "Questionario %s v%d (plugin %s)"},
    {"forms.show.items", "Domande (%zu)"},
    {"forms.show.required", " (obbligatoria)"},
    {"forms.show.several", " (anche più d'una)"},
    {"forms.show.matrix", "righe: %s; colonne: %s; celle: %s"},
    {"forms.show.scores", "Punteggi (%zu)"},
    {"forms.show.higher", "più alto è meglio"},
    {"forms.show.lower", "più basso è meglio"},
    {"forms.show.neither", "nessuna direzione è migliore"},
    {"forms.show.score_items", "domande:"},
    {"forms.show.reversed", " (invertita)"},
    {"forms.show.bands", "fasce:"},
    {"forms.placeholder",
     "Gli elenchi che i questionari prendono dallo studio compaiono come \"%s\": indicate "
     "--study FILE o --db DB per vederli e per controllare i questionari con essi."},
    // sonda study show (apps/sonda/command_study.cpp).
    {"study.show.heading", "Studio %s"},
    {"study.show.languages", "Lingue: %s"},
    {"study.show.min_cell", "Gruppo più piccolo mostrato (min_cell): %d"},
    {"study.show.territories", "Territori (%zu)"},
    {"study.show.roles", "Ruoli (%zu)"},
    {"study.show.services", "Servizi (%zu)"},
    {"study.show.waves", "Rilevazioni (%zu)"},
    {"cli.warning", "avviso: %s"},
    {"cli.more_warnings", "avviso: e altri %lld"},
};

}  // namespace

std::span<const Message> core_messages_it() { return kMessages; }

}  // namespace sonda::i18n
