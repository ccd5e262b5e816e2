#include "report_wording.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

namespace sonda::report_detail {

namespace {

struct Phrase {
    const char* en;
    const char* it;
};

// Every word the renderings print, in the two languages of the users.
const std::map<std::string_view, Phrase>& phrases() {
    static const std::map<std::string_view, Phrase> table{
        {"report", {"Change report", "Rapporto sul cambiamento"}},
        {"form", {"Form", "Questionario"}},
        {"from", {"From", "Da"}},
        {"to", {"To", "A"}},
        {"by", {"By", "Per"}},
        {"by.territory", {"territory", "territorio"}},
        {"by.role", {"role", "ruolo"}},
        {"by.none", {"everyone together", "tutti insieme"}},
        {"min_cell", {"Smallest group shown", "Gruppo minimo mostrato"}},
        {"respondents", {"respondents", "rispondenti"}},
        {"score", {"score", "punteggio"}},
        {"n_from", {"n from", "n da"}},
        {"n_to", {"n to", "n a"}},
        {"n_paired", {"pairs", "coppie"}},
        {"design", {"design", "disegno"}},
        {"mean_from", {"mean from", "media da"}},
        {"mean_to", {"mean to", "media a"}},
        {"delta", {"delta", "delta"}},
        {"mean", {"mean from → to", "media da → a"}},
        {"change", {"change", "cambiamento"}},
        {"ci95", {"95% CI", "IC 95%"}},
        {"p_t", {"p (t)", "p (t)"}},
        {"p_rank", {"p (rank)", "p (ranghi)"}},
        {"effect", {"effect", "effetto"}},
        {"bands", {"band from -> to", "fascia da -> a"}},
        {"alpha", {"alpha from/to", "alfa da/a"}},
        {"paired", {"paired", "appaiato"}},
        {"independent", {"independent", "indipendente"}},
        {"withheld_small", {"withheld: fewer than %d", "oscurato: meno di %d"}},
        {"withheld_protects",
         {"withheld to protect another group", "oscurato a protezione di un altro gruppo"}},
        {"reading", {"Reading", "Lettura"}},
        {"instrument", {"What the instrument adds", "Cosa aggiunge lo strumento"}},
        {"no_groups",
         {"No answers for this form in these waves.",
          "Nessuna risposta a questo questionario in queste rilevazioni."}},
        {"suppression_off",
         {"SMALL-CELL SUPPRESSION IS OFF: this report shows groups of fewer than %d respondents. "
          "Do not share it outside the evaluation team.",
          "OSCURAMENTO DEI PICCOLI GRUPPI DISATTIVATO: questo rapporto mostra gruppi con meno di "
          "%d "
          "rispondenti. Non condividerlo fuori dal gruppo di valutazione."}},
        {"small_group",
         {"Withheld: it would show a group of fewer than %d people, in one of the two waves, "
          "among those who answered both, or among the few who came or left between them.",
          "Non mostrato: mostrerebbe un gruppo di meno di %d persone, in una delle due "
          "rilevazioni, tra chi ha risposto a entrambe o tra i pochi arrivati o usciti tra "
          "l'una e l'altra."}},
        {"protecting_group",
         {"Withheld so that another, smaller group cannot be worked out by subtraction from "
          "the published figures; this group itself is not small.",
          "Non mostrato perché un altro gruppo, più piccolo, non si possa ricavare per "
          "differenza dalle cifre pubblicate; questo gruppo non è piccolo."}},
        {"no_answers",
         {"No answers in one of the two waves: no change can be computed.",
          "Nessuna risposta in una delle due rilevazioni: il cambiamento non si "
          "può calcolare."}},
        {"mean_rose",
         {"%s: the mean of all respondents rose from %s to %s",
          "%s: la media di tutti i rispondenti è salita da %s a %s"}},
        {"mean_fell",
         {"%s: the mean of all respondents fell from %s to %s",
          "%s: la media di tutti i rispondenti è scesa da %s a %s"}},
        {"mean_stayed",
         {"%s: the mean of all respondents stayed at %s",
          "%s: la media di tutti i rispondenti è rimasta a %s"}},
        {"mean_flat",
         {"%s: the mean of all respondents stayed about the same (%s, then %s)",
          "%s: la media di tutti i rispondenti è rimasta pressoché uguale (%s, poi %s)"}},
        {"paired_change",
         {"; among the %lld who answered both times the change is %s",
          "; tra i %lld che hanno risposto entrambe le volte il cambiamento è %s"}},
        {"paired_change_but",
         {", but among the %lld who answered both times the change is %s",
          ", ma tra i %lld che hanno risposto entrambe le volte il cambiamento è %s"}},
        {"independent_change",
         {"; compared as independent groups (%lld and %lld respondents), the change is %s",
          "; confrontando i gruppi come indipendenti (%lld e %lld rispondenti), il "
          "cambiamento è %s"}},
        {"pairs_vs_all",
         {"The two disagree because the mean of all respondents also counts those who answered "
          "only once (%lld only the first time, %lld only the second), and who came or left "
          "moved it; the change among the pairs compares each person with themselves, and it "
          "is the one the verdict is about.",
          "Le due cifre non concordano perché la media di tutti i rispondenti conta anche chi "
          "ha risposto una sola volta (%lld solo la prima volta, %lld solo la seconda), e chi è "
          "arrivato o se n'è andato l'ha spostata; il cambiamento tra le coppie invece confronta "
          "ciascuno con sé stesso, ed è su questo che si basa il giudizio."}},
        {"interval", {"95%% interval %s to %s", "intervallo al 95%% da %s a %s"}},
        {"effect_is", {"%s effect, %s %s", "effetto %s, %s %s"}},
        {"p_below", {"p < 0.001", "p < 0,001"}},
        {"band_moved", {"Band: %s -> %s.", "Fascia: %s -> %s."}},
        {"band_same", {"Band unchanged: %s.", "Fascia invariata: %s."}},
        {"read.improved",
         {"A clear improvement: the 95%% interval does not include zero and the effect is %s.",
          "Un chiaro miglioramento: l'intervallo al 95%% non comprende lo zero e l'effetto è "
          "%s."}},
        {"read.worsened",
         {"A clear worsening: the 95%% interval does not include zero and the effect is %s.",
          "Un chiaro peggioramento: l'intervallo al 95%% non comprende lo zero e l'effetto è "
          "%s."}},
        {"read.changed",
         {"A clear change: the 95%% interval does not include zero and the effect is %s; "
          "neither direction is better for this score.",
          "Un cambiamento chiaro: l'intervallo al 95%% non comprende lo zero e l'effetto è %s; "
          "per questo punteggio nessuna delle due direzioni è migliore."}},
        {"lower_is_better",
         {"For this score lower is better.",
          "Per questo punteggio un valore più basso è migliore."}},
        {"read.uncertain",
         {"Uncertain: the effect is %s, but the 95%% interval includes zero and is wide: these "
          "data cannot tell a change from no change.",
          "Incerto: l'effetto è %s, ma l'intervallo al 95%% comprende lo zero ed è ampio: con "
          "questi dati non si distingue un cambiamento dalla sua assenza."}},
        {"read.negligible",
         {"No evidence of change: the 95%% interval includes zero and the effect is negligible.",
          "Nessuna evidenza di cambiamento: l'intervallo al 95%% comprende lo zero e l'effetto "
          "è trascurabile."}},
        {"read.negligible_wide",
         {"No evidence of change: the 95%% interval includes zero and the effect is negligible; "
          "the interval is wide, though, so a change of medium size either way is not ruled "
          "out.",
          "Nessuna evidenza di cambiamento: l'intervallo al 95%% comprende lo zero e l'effetto "
          "è trascurabile; l'intervallo però è ampio, quindi non si può escludere un "
          "cambiamento di media entità, in un senso o nell'altro."}},
        {"read.narrow",
         {"No evidence of change: the 95%% interval includes zero and is narrow enough to rule "
          "out a change of medium size.",
          "Nessuna evidenza di cambiamento: l'intervallo al 95%% comprende lo zero ed è "
          "abbastanza stretto da escludere un cambiamento di media entità."}},
        {"read.detectable_negligible",
         {"No evidence of a change that matters: the 95%% interval does not include zero, but "
          "the effect is negligible (a large group detects even tiny shifts).",
          "Nessuna evidenza di un cambiamento rilevante: l'intervallo al 95%% non comprende lo "
          "zero, ma l'effetto è trascurabile (in un gruppo numeroso si rilevano anche "
          "spostamenti minimi)."}},
        {"read.no_test",
         {"Not computable: no test was possible (too few answers or no variation).",
          "Non calcolabile: nessun test possibile (troppo poche risposte o nessuna "
          "variabilità)."}},
        {"caution", {"Caution: %s.", "Attenzione: %s."}},
        {"alpha_low",
         {"the items of this score agree weakly (alpha %s)",
          "gli item di questo punteggio concordano poco (alfa %s)"}},
        {"alpha_negative",
         {"the reliability of this score is not interpretable (alpha %s, below zero: its items "
          "do not go together here)",
          "l'affidabilità di questo punteggio non è interpretabile (alfa %s, sotto lo zero: i "
          "suoi item non vanno nella stessa direzione)"}},
        {"alpha_undefined",
         {"the reliability of this score is not interpretable (alpha cannot be computed at one "
          "of the two times)",
          "l'affidabilità di questo punteggio non è interpretabile (in una delle due "
          "rilevazioni l'alfa non si può calcolare)"}},
        {"verdict", {"Verdict", "Giudizio"}},
        {"verdict.clear", {"clear change", "cambiamento chiaro"}},
        {"verdict.uncertain", {"uncertain", "incerto"}},
        {"verdict.no_evidence", {"no evidence of change", "nessuna evidenza di cambiamento"}},
        {"verdict.not_computable", {"not computable", "non calcolabile"}},
        {"outcome.improved", {"improved", "migliorato"}},
        {"outcome.worsened", {"worsened", "peggiorato"}},
        {"outcome.changed", {"changed", "cambiato"}},
        // Outcomes are short tags (HTML, the dashboard's verdict column).
        {"outcome.held", {"no evidence", "nessuna evidenza"}},
        {"outcome.uncertain", {"uncertain", "incerto"}},
        {"outcome.not_computable", {"not computable", "non calcolabile"}},
        {"negligible", {"negligible", "trascurabile"}},
        {"small", {"small", "piccolo"}},
        {"medium", {"medium", "medio"}},
        {"large", {"large", "grande"}},
        {"cohen_dz", {"Cohen's dz", "dz di Cohen"}},
        {"hedges_g", {"Hedges' g", "g di Hedges"}},
        // Charts (sonda chart, summaries).
        {"chart.change", {"Change between two waves", "Cambiamento tra due rilevazioni"}},
        {"chart.change.about",
         {"each score's change with its 95% interval, for one territory or everyone",
          "il cambiamento di ogni punteggio con l'intervallo al 95%, per un territorio o per "
          "tutti"}},
        {"chart.change.note",
         {"Dot: the change among those who answered both times (n = pairs), or between the "
          "two groups where few did; line: its 95% interval.",
          "Punto: il cambiamento tra chi ha risposto entrambe le volte (n = coppie), o tra i "
          "due gruppi se sono pochi; linea: l'intervallo al 95%."}},
        {"chart.community_mark",
         {"Hollow ring: the whole community.", "Cerchio vuoto: l'intera comunità."}},
        {"chart.colours",
         {"Green: a clear improvement; red: a clear worsening; blue: a clear change where "
          "neither direction is better; grey: no clear change.",
          "Verde: un miglioramento chiaro; rosso: un peggioramento chiaro; blu: un cambiamento "
          "chiaro dove nessuna direzione è migliore; grigio: nessun cambiamento chiaro."}},
        {"chart.withheld_note",
         {"Groups of fewer than %d people are not shown.",
          "I gruppi con meno di %d persone non sono mostrati."}},
        {"chart.trend", {"Means over the waves", "Medie nelle rilevazioni"}},
        {"chart.trend.about",
         {"the mean of each score in every wave with its 95% interval and n",
          "la media di ogni punteggio in ogni rilevazione, con intervallo al 95% e n"}},
        {"chart.trend.note",
         {"Mean of each wave with its 95% interval; n = respondents in that wave.",
          "Media di ogni rilevazione con l'intervallo al 95%; n = rispondenti di quella "
          "rilevazione."}},
        {"chart.star", {"Profile of each wave", "Profilo di ogni rilevazione"}},
        {"chart.star.about",
         {"a star with one axis per score and one outline per wave",
          "una stella con un asse per punteggio e un contorno per rilevazione"}},
        {"chart.star.note",
         {"Each axis runs from the lowest to the highest possible score; one outline per wave.",
          "Ogni asse va dal punteggio minimo al massimo possibile; un contorno per "
          "rilevazione."}},
        {"chart.territories", {"Change by territory", "Cambiamento per territorio"}},
        {"chart.territories.about",
         {"every territory's change on one common axis, the whole community as reference",
          "il cambiamento di ogni territorio su un asse comune, con l'intera comunità come "
          "riferimento"}},
        {"chart.heatmap", {"Themes of the expectations", "Temi delle aspettative"}},
        {"chart.heatmap.about",
         {"how many texts name each theme for each service (team-expectations)",
          "quanti testi citano ciascun tema per ciascun servizio (team-expectations)"}},
        {"chart.heatmap.note",
         {"Texts that name each theme for each service; in brackets the change since %s.",
          "Testi che citano ciascun tema per ciascun servizio; tra parentesi la variazione "
          "rispetto a %s."}},
        {"chart.not_for_form",
         {"chart '%s' draws what the %s instrument adds; form '%s' is scored by %s",
          "il grafico '%s' mostra ciò che aggiunge lo strumento %s; il questionario '%s' è "
          "calcolato da %s"}},
        {"chart.network-map", {"Network map", "Mappa di rete"}},
        {"chart.network-map.about",
         {"the later wave's network map, each move since the earlier wave drawn as an arrow "
          "(network-dimensions)",
          "la mappa di rete della rilevazione più recente, ogni spostamento dalla precedente "
          "come freccia (network-dimensions)"}},
        {"chart.network-map.caption",
         {"%s, with the moves since %s", "%s, con gli spostamenti da %s"}},
        {"chart.network-map.note",
         {"Each actor sits on the median ring of those who placed it; an actor placed by fewer "
          "than the smallest group shown is not drawn.",
          "Ogni attore sta sul cerchio mediano di chi lo ha collocato; un attore collocato da "
          "meno persone del gruppo minimo mostrato non è disegnato."}},
        {"chart.no_scale",
         {"No score of this form has a range to draw.",
          "Nessun punteggio di questo questionario ha un intervallo da disegnare."}},
        {"chart.withheld", {"not shown", "non mostrato"}},
        {"chart.everyone", {"Whole community", "Intera comunità"}},
        // The territory summary (sonda summary).
        {"summary.kicker", {"Summary of results", "Sintesi dei risultati"}},
        {"summary.made", {"made on %s", "prodotta il %s"}},
        {"summary.intro",
         {"What changed for your team, questionnaire by questionnaire. A change is measured "
          "among the people who answered both times; the line around each dot is its 95% "
          "interval: the shorter the line, the surer the change. Green is a clear improvement, "
          "red a clear worsening, blue a clear change where neither direction is better, grey "
          "no clear change.",
          "Che cosa è cambiato per la vostra équipe, questionario per questionario. Il "
          "cambiamento è misurato tra le persone che hanno risposto entrambe le volte; la linea "
          "intorno a ogni punto è l'intervallo al 95%: più è corta, più il cambiamento è sicuro. "
          "Verde è un miglioramento chiaro, rosso un peggioramento chiaro, blu un cambiamento "
          "chiaro dove nessuna direzione è migliore, grigio nessun cambiamento chiaro."}},
        {"summary.counts",
         {"%s → %s: %lld people answered the first time, %lld the second, %lld both times.",
          "%s → %s: %lld persone hanno risposto la prima volta, %lld la seconda, %lld entrambe "
          "le volte."}},
        {"summary.improved", {"Improved", "Migliorato"}},
        {"summary.held", {"No clear change", "Nessun cambiamento chiaro"}},
        {"summary.worsened", {"Worsened", "Peggiorato"}},
        {"summary.changed",
         {"Changed (neither direction is better)", "Cambiato (nessuna direzione è migliore)"}},
        {"summary.no_waves",
         {"Not enough answers from this territory to compare two waves.",
          "Le risposte di questo territorio non bastano per confrontare due rilevazioni."}},
        {"summary.themes",
         {"Expectation themes most present in %s", "Temi delle aspettative più presenti in %s"}},
        {"summary.theme_counts",
         {"texts that name each theme, in brackets how many in %s",
          "testi che citano ciascun tema, tra parentesi quanti in %s"}},
        {"summary.objectives",
         {"Improvement objectives in %s", "Obiettivi di miglioramento in %s"}},
        {"summary.objective_counts",
         {"%lld achieved, %lld under way, %lld stalled, %lld new, %lld removed.",
          "%lld raggiunti, %lld in corso, %lld fermi, %lld nuovi, %lld tolti."}},
        {"summary.stalled", {"stalled", "fermo"}},
        {"summary.new", {"new", "nuovo"}},
        {"summary.protection",
         {"To protect small groups, no figure of fewer than %d people is shown, nor any that "
          "would let one be worked out by subtraction from other published figures.",
          "Per proteggere i piccoli gruppi non è mostrato alcun dato di meno di %d persone, né "
          "alcuno che permetterebbe di ricavarlo per differenza da altri dati pubblicati."}},
        {"summary.page", {"Page", "Pagina"}},
        {"and", {"; ", "; "}},
        // The network map's legend.
        {"map.inward", {"moved inward", "verso il centro"}},
        {"map.outward", {"moved outward", "verso l'esterno"}},
        {"map.appeared", {"appeared", "comparso"}},
        {"map.disappeared", {"disappeared", "scomparso"}},
        {"map.unchanged", {"same ring", "stesso cerchio"}},
        {"map.centre", {"centre: your service", "centro: il vostro servizio"}},
        {"map.rings",
         {"rings numbered from 1, the closest", "cerchi numerati da 1, il più vicino"}},
        {"map.arrow",
         {"arrow: from the ring of the first wave to that of the second",
          "freccia: dal cerchio della prima rilevazione a quello della seconda"}},
        {"map.between",
         {"a dot on a line: the median falls between two rings",
          "un punto su una linea: la mediana cade tra due cerchi"}},
        {"map.cut",
         {"names cut with … are in full in the table below",
          "i nomi tagliati con … sono per intero nella tabella sotto"}},
    };
    return table;
}

bool is_italian(const std::string& language) { return language == "it"; }

bool usable(std::optional<double> value) { return value && std::isfinite(*value); }

}  // namespace

std::vector<std::string> english_phrases() {
    std::vector<std::string> english;
    for (const auto& [key, phrase] : phrases())
        if (std::string_view(phrase.en) != phrase.it) english.emplace_back(phrase.en);
    return english;
}

std::string tr(const std::string& language, std::string_view key) {
    auto found = phrases().find(key);
    if (found == phrases().end()) return std::string(key);
    return is_italian(language) ? found->second.it : found->second.en;
}

std::string format_number(std::optional<double> value, int decimals, const std::string& language) {
    if (!usable(value)) return "–";
    double shown = *value;
    // "-0.00" reads as a change that is not there.
    if (std::fabs(shown) < 0.5 * std::pow(10.0, -decimals)) shown = 0.0;
    std::string text = printf_string("%.*f", decimals, shown);
    if (is_italian(language))
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string format_signed(std::optional<double> value, int decimals, const std::string& language) {
    std::string text = format_number(value, decimals, language);
    if (usable(value) && text[0] != '-' && text.find_first_not_of("0.,") != std::string::npos)
        return "+" + text;
    return text;
}

std::string format_p(std::optional<double> p, const std::string& language) {
    if (!usable(p)) return "–";
    if (*p < 0.001) return is_italian(language) ? "<0,001" : "<0.001";
    return format_number(p, 3, language);
}

const char* by_name(GroupBy by) {
    switch (by) {
        case GroupBy::Territory:
            return "territory";
        case GroupBy::Role:
            return "role";
        case GroupBy::None:
            return "none";
    }
    return "none";
}

std::string design_name(Design design) {
    return design == Design::Paired ? "paired" : "independent";
}

std::string group_title(const GroupReport& group, const Study* study, const std::string& language) {
    if (!group.label.empty()) return group.label.get(language);
    if (study) {
        if (const Territory* territory = study->territory(group.group))
            return territory->name.get(language);
        if (const Role* role = study->role(group.group)) return role->name.get(language);
    }
    if (group.group == "all") return is_italian(language) ? "Tutti" : "Everyone";
    return group.group;
}

std::string wave_title(const std::string& wave, const Study* study, const std::string& language) {
    if (study)
        if (const Wave* found = study->wave(wave)) {
            std::string label = found->label.get(language);
            std::string title = label.empty() ? found->id : label;
            if (!found->date.empty() && title != found->date) title += " (" + found->date + ")";
            return title;
        }
    return wave;
}

const ScoreDefinition* definition_of(const Report& report, const std::string& score) {
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.name == score) return &definition;
    return nullptr;
}

std::string score_title(const Report& report, const std::string& score,
                        const std::string& language) {
    const ScoreDefinition* definition = definition_of(report, score);
    if (definition && !definition->label.empty()) return definition->label.get(language);
    return score;
}

std::string band_title(const ScoreDefinition* definition, const std::optional<std::string>& band,
                       const std::string& language) {
    if (!band) return "–";
    if (definition)
        for (const Band& candidate : definition->bands)
            if (candidate.id == *band && !candidate.label.empty())
                return candidate.label.get(language);
    return *band;
}

std::string effect_words(double effect_size, const std::string& language) {
    const double size = std::fabs(effect_size);
    if (size < 0.2) return tr(language, "negligible");
    if (size < 0.5) return tr(language, "small");
    if (size < 0.8) return tr(language, "medium");
    return tr(language, "large");
}

std::string suppressed_marker(const Report& report, const ScoreReport& score,
                              const std::string& language) {
    if (score.withheld == Withheld::Protects) return tr(language, "withheld_protects");
    return printf_string(tr(language, "withheld_small"), report.min_cell);
}

std::string withheld_reading(const Report& report, Withheld why, const std::string& language) {
    if (why == Withheld::Protects) return tr(language, "protecting_group");
    return printf_string(tr(language, "small_group"), report.min_cell);
}

std::string suppression_off_warning(const Report& report, const std::string& language) {
    return printf_string(tr(language, "suppression_off"), report.study_min_cell);
}

namespace {

// -1, 0 or +1 as the reader sees it at `decimals`: a change printed as 0.00
// is no change, so it never reads "rose" or "fell".
int shown_sign(double value, int decimals) {
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) return 0;
    return value > 0 ? 1 : -1;
}

const char* verdict_phrase(const ChangeVerdict& verdict) {
    switch (verdict.reason) {
        case VerdictReason::ExcludesZero:
            return verdict.outcome == Outcome::Improved   ? "read.improved"
                   : verdict.outcome == Outcome::Worsened ? "read.worsened"
                                                          : "read.changed";
        case VerdictReason::IncludesZeroWide:
            return "read.uncertain";
        case VerdictReason::Negligible:
            return "read.negligible";
        case VerdictReason::NegligibleWide:
            return "read.negligible_wide";
        case VerdictReason::Narrow:
            return "read.narrow";
        case VerdictReason::DetectableNegligible:
            return "read.detectable_negligible";
        case VerdictReason::NoTest:
            return "read.no_test";
    }
    return "read.no_test";
}

// What alpha says about the meaning of the score, if anything: below zero
// or not computable, the score's reliability cannot be read at all; below
// 0.7, its items agree weakly. Scores without items (counts, rates) and
// single-item scores have no alpha to speak of.
std::optional<std::string> alpha_caution(const Report& report, const ScoreComparison& s,
                                         const ScoreDefinition* definition,
                                         const std::string& language) {
    // A scores-only report (the dashboard's, above its full-report limit)
    // reads no item answers: its alpha is empty by design.
    const bool has_alpha = report.items_read && definition && definition->items.size() >= 2;
    if (!has_alpha) return std::nullopt;
    std::optional<double> lowest;
    bool undefined = false;
    for (auto [alpha, n] : {std::pair{s.alpha_from, s.n_from}, std::pair{s.alpha_to, s.n_to}}) {
        if (!usable(alpha)) {
            undefined |= n >= 2;  // with fewer than two answers there is nothing to measure
            continue;
        }
        if (!lowest || *alpha < *lowest) lowest = alpha;
    }
    if (lowest && *lowest < 0.0)
        return printf_string(tr(language, "alpha_negative"),
                             format_number(lowest, 2, language).c_str());
    if (undefined) return tr(language, "alpha_undefined");
    if (lowest && *lowest < 0.7)
        return printf_string(tr(language, "alpha_low"), format_number(lowest, 2, language).c_str());
    return std::nullopt;
}

}  // namespace

Reading read_change(const Report& report, const ScoreReport& score, const std::string& language) {
    const ScoreComparison& s = score.stats;
    const std::string title = score_title(report, s.score, language);
    const ScoreDefinition* definition = definition_of(report, s.score);
    Reading reading;
    reading.verdict = judge_change(report, score);
    if (s.suppressed) {
        reading.text = title + ": " + withheld_reading(report, score.withheld, language);
        return reading;
    }
    if (!usable(s.mean_from) || !usable(s.mean_to)) {
        reading.text = title + ": " + tr(language, "no_answers");
        return reading;
    }

    // The mean of everyone at each wave, in words that match the figures shown.
    const std::string from = format_number(s.mean_from, 2, language);
    const std::string to = format_number(s.mean_to, 2, language);
    const double delta = *s.mean_to - *s.mean_from;
    const int mean_sign = from == to ? 0 : shown_sign(delta, 2);
    std::string text;
    if (mean_sign != 0)
        text = printf_string(tr(language, mean_sign > 0 ? "mean_rose" : "mean_fell"), title.c_str(),
                             from.c_str(), to.c_str());
    else if (from == to)
        text = printf_string(tr(language, "mean_stayed"), title.c_str(), from.c_str());
    else
        text = printf_string(tr(language, "mean_flat"), title.c_str(), from.c_str(), to.c_str());

    // The change the verdict judges: over the pairs, or between the groups.
    // Over the pairs it can go the other way from the means (newcomers and
    // leavers move the means, not the pairs): then say so, and why.
    const std::string change = format_signed(s.diff_mean, 2, language);
    bool disagree = false;
    if (s.design == Design::Paired) {
        disagree = usable(s.diff_mean) && shown_sign(*s.diff_mean, 2) != mean_sign;
        text += printf_string(tr(language, disagree ? "paired_change_but" : "paired_change"),
                              s.n_paired, change.c_str());
    } else {
        text += printf_string(tr(language, "independent_change"), s.n_from, s.n_to, change.c_str());
    }
    std::vector<std::string> figures;
    if (usable(s.ci95_low) && usable(s.ci95_high))
        figures.push_back(printf_string(tr(language, "interval"),
                                        format_signed(s.ci95_low, 2, language).c_str(),
                                        format_signed(s.ci95_high, 2, language).c_str()));
    if (usable(s.p_t)) figures.push_back(p_value_words(s.p_t, language));
    if (usable(s.effect_size))
        figures.push_back(printf_string(tr(language, "effect_is"),
                                        effect_words(*s.effect_size, language).c_str(),
                                        effect_kind_words(s.effect_size_kind, language).c_str(),
                                        format_number(s.effect_size, 2, language).c_str()));
    if (!figures.empty()) {
        text += " (";
        for (std::size_t i = 0; i < figures.size(); ++i) text += (i ? ", " : "") + figures[i];
        text += ")";
    }
    text += ".";
    if (disagree)
        text += " " + printf_string(tr(language, "pairs_vs_all"), s.n_from - s.n_paired,
                                    s.n_to - s.n_paired);

    if (score.band_from && score.band_to) {
        const std::string band_from = band_title(definition, score.band_from, language);
        const std::string band_to = band_title(definition, score.band_to, language);
        text += " " + (band_from == band_to
                           ? printf_string(tr(language, "band_same"), band_from.c_str())
                           : printf_string(tr(language, "band_moved"), band_from.c_str(),
                                           band_to.c_str()));
    }

    const ChangeVerdict& verdict = reading.verdict;
    const std::string phrase = tr(language, verdict_phrase(verdict));
    text += " " + (verdict.reason == VerdictReason::NoTest
                       ? phrase
                       : printf_string(phrase, effect_words(*s.effect_size, language).c_str()));
    if (verdict.verdict == Verdict::Clear && definition &&
        definition->improvement == Improvement::Lower)
        text += " " + tr(language, "lower_is_better");

    // Alpha speaks to what the score means, not to whether it changed.
    if (auto caution = alpha_caution(report, s, definition, language)) {
        reading.cautions.push_back(*caution);
        text += " " + printf_string(tr(language, "caution"), caution->c_str());
    }
    reading.text = text;
    return reading;
}

}  // namespace sonda::report_detail
