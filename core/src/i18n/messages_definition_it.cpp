// What sonda says about a form definition it refuses, in Italian. Keys and
// printf placeholders match messages_definition_en.cpp. The keys of the form
// file (id, items, label, choices...) stay as written in the file.
#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

constexpr Message kMessages[] = {
    {"definition.missing_key", "manca '%s'"},
    {"definition.wrong_type", "deve essere %s, trovato %s"},
    {"definition.a_string", "una stringa"},
    {"definition.an_integer", "un numero intero"},
    {"definition.a_number", "un numero"},
    {"definition.true_or_false", "true o false"},
    {"definition.an_object", "un oggetto"},
    {"definition.an_array", "un elenco"},
    {"definition.unknown_key", "chiave '%s' sconosciuta (sono previste %s)"},
    {"definition.not_empty", "non può essere vuoto"},
    {"definition.not_whole", "deve essere un numero intero, trovato %s"},
    {"definition.text_or_languages",
     "deve essere un testo o un oggetto di testi per lingua come {\"it\": \"...\", \"en\": "
     "\"...\"}, trovato %s"},
    {"definition.no_language_text", "deve dare il testo in almeno una lingua"},
    {"definition.not_language_code", "'%s' non è un codice di lingua come it o en"},
    {"definition.no_text_in", "manca il testo in '%s' (il file dichiara le lingue %s)"},
    {"definition.language_code",
     "deve essere un codice di lingua come \"it\" o \"en\", trovato %s"},
    {"definition.listed_twice", "'%s' compare due volte"},
    {"definition.no_languages", "deve elencare almeno una lingua"},
    {"definition.form_id",
     "'%s' non è un id di questionario valido: usa lettere minuscole a-z, cifre, - e _ (al "
     "massimo 64)"},
    {"definition.form_version", "deve essere un numero intero da 1 a %lld, trovato %lld"},
    {"definition.instrument_id",
     "'%s' non è un id di strumento: al massimo %zu tra lettere minuscole, cifre, '-' e '_', come "
     "mio-strumento"},
    {"definition.no_items", "deve elencare almeno una domanda"},
    {"definition.item_not_object",
     "deve essere un oggetto {\"id\", \"type\", \"label\", ...}, trovato %s"},
    {"definition.item_id",
     "'%s' non è un id di domanda valido: usa lettere minuscole a-z, cifre e _ (al massimo 64)"},
    {"definition.item_twice", "l'id di domanda '%s' è ripetuto (anche in %s)"},
    {"definition.unknown_item_type",
     "il tipo di domanda '%s' non è conosciuto; tipi conosciuti: %s (il tipo di un plugin "
     "richiede quel plugin caricato: vedi `sonda plugins`)"},
    {"definition.instrument_not_loaded",
     "lo strumento '%s' non è caricato; strumenti caricati: %s (vedi `sonda plugins`)"},
    {"definition.not_form_folder", "non è una cartella di file di questionario"},
    {"definition.not_regular_file",
     "saltato: non è un file normale (una FIFO, un dispositivo, un socket o un collegamento "
     "interrotto)"},
    {"definition.cannot_list_folder", "non riesco a leggere la cartella: %s"},
    {"definition.form_defined_twice", "il questionario '%s' versione %d è definito anche in %s"},
    {"definition.limit_range", "deve essere da 1 a %zu, trovato %lld"},
    {"definition.labels_twice",
     "dai le etichette dei punti una volta sola, in 'labels' o in 'scale', non in entrambi"},
    {"definition.no_choices", "deve elencare almeno un {\"value\", \"label\"}"},
    {"definition.choice_not_object",
     "deve essere un oggetto {\"value\": ..., \"label\": ...}, trovato %s"},
    {"definition.value_spaces", "'%s' inizia o finisce con uno spazio"},
    {"definition.value_separator",
     "'%s' contiene '|' o un a capo, che nelle celle CSV separano i valori"},
    {"definition.value_too_long", "supera i %zu caratteri"},
    {"definition.value_twice", "il valore '%s' è ripetuto (anche in %s)"},
    {"definition.cell_twice",
     "dai la cella una volta sola, come \"cell\": {\"type\": ...} o come \"cell_type\", non in "
     "entrambi i modi"},
    {"definition.max_not_above_min", "max (%s) deve essere maggiore di min (%s)"},
    {"definition.choice.no_choices",
     "manca 'choices': una domanda a scelta ha bisogno di un elenco di {\"value\", \"label\"}"},
    {"definition.likert.no_bound", "manca '%s': una scala likert ha bisogno di min e max"},
    {"definition.likert.bound_range", "deve essere un numero intero da %lld a %lld, trovato %s"},
    {"definition.likert.too_many_points",
     "una scala likert ha al massimo %lld punti; %lld..%lld ne ha %lld"},
    {"definition.likert.not_point", "'%s' non è un punto della scala (%lld..%lld)"},
    {"definition.likert.point_outside", "il punto %s è fuori dalla scala %lld..%lld"},
    {"definition.likert.labelled_twice", "il punto %lld ha due etichette"},
    {"definition.matrix.no_list",
     "manca '%s': una matrice ha bisogno di righe e colonne, ciascuna un elenco di {\"value\", "
     "\"label\"}"},
    {"definition.matrix.no_cell",
     "manca 'cell': una matrice ha bisogno di {\"type\": %s, più le chiavi di quel tipo}"},
    {"definition.matrix.cell_type",
     "una cella di matrice non può essere di tipo '%s'; può essere %s"},
    {"definition.number.whole_range",
     "deve essere tra %lld e %lld per i numeri interi, trovato %s"},
    {"definition.study.kind.study", "studio"},
    {"definition.study.kind.territory", "territorio"},
    {"definition.study.kind.role", "ruolo"},
    {"definition.study.kind.service", "servizio"},
    {"definition.study.kind.wave", "rilevazione"},
    {"definition.study.kind.code_part", "parte del codice"},
    {"definition.study.one.territory", "un territorio"},
    {"definition.study.one.role", "un ruolo"},
    {"definition.study.one.service", "un servizio"},
    {"definition.study.one.wave", "una rilevazione"},
    {"definition.study.one.code_part", "una parte del codice"},
    {"definition.study.id",
     "'%s' non è un id di %s valido: usa lettere minuscole a-z, cifre, - e _ (al massimo 64)"},
    {"definition.study.at_least_one", "deve elencare almeno %s"},
    {"definition.study.id_twice", "l'id di %s '%s' è ripetuto (anche in %s)"},
    {"definition.study.min_cell", "deve essere un numero intero da 1 a %lld, trovato %lld"},
    {"definition.study.not_date", "'%s' non è una data scritta AAAA-MM-GG"},
    {"definition.study.order_range", "deve essere un numero intero da 1 a 1000000, trovato %lld"},
    {"definition.study.no_order",
     "non ha 'order' mentre altre rilevazioni ce l'hanno: dai un ordine a ogni rilevazione, o a "
     "nessuna (allora seguono le loro date)"},
    {"definition.study.order_twice", "l'ordine %d è dato anche in %s"},
    {"definition.study.letters_or_digits",
     "indica \"letters\" oppure \"digits\": quante lettere o cifre ha questa parte del codice"},
    {"definition.study.part_length", "deve essere un numero intero da 1 a 8, trovato %lld"},
    {"definition.study.code_too_long",
     "il codice sarebbe lungo %d caratteri; i codici dei rispondenti ne hanno al massimo 32"},
    {"definition.study.services_unknown",
     "prende i servizi dello studio (%s), noti solo con lo studio: controllalo con --study FILE, "
     "oppure caricalo con `sonda init`"},
    {"definition.study.placeholder", "(i servizi dello studio)"},
    {"definition.study.service_written_too",
     "i servizi dello studio comprendono '%s', che questo elenco scrive anche in %s: togliete uno "
     "dei due"},
    {"definition.study.no_services",
     "prende i servizi dello studio (%s), ma lo studio '%s' non ne dichiara: aggiungili ai suoi "
     "\"services\""},
    {"definition.init.created",
     "creato %s: studio %s (territori: %zu, ruoli: %zu, servizi: %zu, rilevazioni: %zu), "
     "questionari: %zu"},
    {"definition.init.updated",
     "aggiornato %s: studio %s (territori: %zu, ruoli: %zu, servizi: %zu, rilevazioni: %zu), "
     "questionari: %zu"},
    {"definition.init.form", "  questionario %s v%d (%s)"},
    {"definition.form.unknown", "questionario '%s'%s sconosciuto; questionari noti: %s"},
    {"definition.form.version", " versione %d"},
    {"definition.validate.ok", "valido (questionario %s v%d, plugin %s, domande: %zu)"},
    {"definition.validate.invalid", "file di questionario non validi: %zu su %zu"},
    {"definition.file.form", "il file del questionario"},
    {"definition.file.study", "il file dello studio"},
    {"definition.file.unreadable", "impossibile leggere %s: %s"},
    {"definition.file.missing", "il file non esiste"},
    {"definition.file.folder", "è una cartella, non un file"},
    {"definition.file.cannot_open", "il sistema non è riuscito ad aprirlo (%s)"},
    {"definition.file.cannot_read", "il sistema non è riuscito a leggerlo (%s)"},
    {"definition.file.too_long", "%s è lungo %s byte; se ne accettano al massimo %zu"},
    {"definition.file.more_than", "più di %zu"},
    // The declarative instrument's scores and bands (core/src/declarative).
    {"definition.declarative.band_not_object",
     "deve essere una fascia {\"id\", \"label\", \"from\", \"to\"}, trovato %s"},
    {"definition.declarative.band_id",
     "'%s' non è un id di fascia valido: usate lettere minuscole a-z, cifre, - e _ (al massimo "
     "64)"},
    {"definition.declarative.band_reversed",
     "la fascia '%s' va da %s a %s; `from` deve essere minore di `to`"},
    {"definition.declarative.bands_not_array",
     "deve essere un elenco di fasce {\"id\", \"label\", \"from\", \"to\"}, trovato %s"},
    {"definition.declarative.bands_empty",
     "non elenca nessuna fascia; togliete la chiave se il punteggio non ha fasce (un elenco vuoto "
     "serve solo a escludere un punteggio dalle `bands` comuni del questionario)"},
    {"definition.declarative.band_twice", "l'id di fascia '%s' è usato due volte"},
    {"definition.declarative.band_overlap",
     "la fascia '%s' comincia da %s, prima della fine della fascia '%s' (%s): le fasce vanno "
     "ordinate dalla più bassa alla più alta senza sovrapporsi"},
    {"definition.declarative.band_below_range",
     "la fascia '%s' comincia da %s, sotto l'intervallo del punteggio '%s' (%s)"},
    {"definition.declarative.band_above_range",
     "la fascia '%s' finisce a %s, sopra l'intervallo del punteggio '%s' (%s)"},
    {"definition.declarative.no_scores",
     "manca 'scores': un questionario dichiarativo vi dichiara i suoi punteggi, ciascuno media o "
     "somma di domande (docs/instruments/declarative.md)"},
    {"definition.declarative.scores_empty",
     "non elenca nessun punteggio: un questionario dichiarativo ne dichiara almeno uno"},
    {"definition.declarative.shared_bands_unused",
     "ogni punteggio dichiara le proprie `bands`, quindi le `bands` del questionario non servono a "
     "nessuno; toglietele, oppure quelle di un punteggio"},
    {"definition.declarative.score_not_object",
     "deve essere un punteggio {\"id\", \"label\", \"method\", \"items\", \"improvement\", ...}, "
     "trovato %s"},
    {"definition.declarative.score_id",
     "'%s' non è un id di punteggio valido: usate lettere minuscole a-z, cifre e _ (al massimo "
     "64)"},
    {"definition.declarative.score_twice", "l'id di punteggio '%s' è ripetuto (anche in %s)"},
    {"definition.declarative.method_unknown",
     "metodo '%s' sconosciuto; sono previsti mean (media) o sum (somma)"},
    {"definition.declarative.improvement_unknown",
     "direzione '%s' sconosciuta; sono previste higher (più è meglio), lower (meno è meglio) o "
     "neither"},
    {"definition.declarative.items_empty",
     "non elenca nessuna domanda: un punteggio si calcola da domande likert o numeriche"},
    {"definition.declarative.item_not_id", "deve essere l'id di una domanda, trovato %s"},
    {"definition.declarative.item_unknown",
     "domanda '%s' sconosciuta; le domande del questionario sono: %s"},
    {"definition.declarative.item_not_numeric",
     "la domanda '%s' è di tipo %s; un punteggio si calcola da domande likert e numeriche, le cui "
     "risposte sono numeri"},
    {"definition.declarative.item_twice", "la domanda '%s' è elencata due volte"},
    {"definition.declarative.reversed_not_in_score",
     "la domanda '%s' è invertita ma non è tra le domande di questo punteggio; elencatela anche in "
     "`items`"},
    {"definition.declarative.reversed_no_range",
     "la domanda '%s' non ha min e max: una risposta invertita vale min + max - risposta, quindi "
     "indicate entrambi"},
    {"definition.declarative.min_answered_low", "deve essere almeno 1, trovato %lld"},
    {"definition.declarative.min_answered_high.one",
     "vale %lld ma il punteggio ha solo %zu domanda: non si potrebbe mai calcolare"},
    {"definition.declarative.min_answered_high.other",
     "vale %lld ma il punteggio ha solo %zu domande: non si potrebbe mai calcolare"},
    {"definition.declarative.item_no_range", "la domanda '%s' non ha min e max"},
    {"definition.declarative.item_other_scale",
     "la domanda '%s' ha la scala %s ma '%s' ha la scala %s"},
    {"definition.declarative.prorated_scale",
     "una somma con meno risposte del totale viene riproporzionata (la media delle domande con "
     "risposta per %zu), e questo richiede che tutte le domande abbiano la stessa scala, mentre "
     "%s; impostate min_answered a %zu oppure usate il metodo mean"},
    {"definition.declarative.min_too_high",
     "vale %s ma il punteggio può scendere fino a %s (dalle scale delle sue domande); l'intervallo "
     "deve contenere ogni valore che il punteggio può assumere"},
    {"definition.declarative.max_too_low",
     "vale %s ma il punteggio può salire fino a %s (dalle scale delle sue domande); l'intervallo "
     "deve contenere ogni valore che il punteggio può assumere"},
    {"definition.declarative.range_empty",
     "l'intervallo del punteggio %s..%s è vuoto: `min` deve essere minore di `max`"},
    {"definition.declarative.bands_no_range",
     "il punteggio '%s' ha fasce (in %s) ma nessun intervallo: le sue domande non hanno min e max, "
     "quindi indicate `min` e `max` del punteggio"},
    {"definition.init.form_conflict",
     "%s. Lo studio è comunque registrato; per registrare solo lo studio, indicate con --forms una "
     "cartella vuota"},
};

}  // namespace

std::span<const Message> core_definition_messages_it() { return kMessages; }

}  // namespace sonda::i18n
