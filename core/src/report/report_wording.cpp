#include "report_wording.hpp"

#include <cmath>
#include <cstdio>
#include <map>

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
        {"rose", {"rose", "è salito"}},
        {"fell", {"fell", "è sceso"}},
        {"same", {"stayed the same", "è rimasto uguale"}},
        {"mean_went", {"%s %s from %s to %s", "%s %s da %s a %s"}},
        {"paired_change",
         {"among the %lld who answered both times the change is %s",
          "tra i %lld che hanno risposto entrambe le volte il cambiamento è %s"}},
        {"independent_change",
         {"compared as independent groups (%lld and %lld respondents), the change is %s",
          "confrontando i gruppi come indipendenti (%lld e %lld rispondenti), il cambiamento è "
          "%s"}},
        {"interval", {"95%% interval %s to %s", "intervallo al 95%% da %s a %s"}},
        {"effect_is", {"effect size %s %s (%s)", "dimensione dell'effetto %s %s (%s)"}},
        {"band_moved", {"Band: %s -> %s.", "Fascia: %s -> %s."}},
        {"band_same", {"Band unchanged: %s.", "Fascia invariata: %s."}},
        {"evidence_clear",
         {"The evidence of a change is reasonably clear.",
          "L'evidenza di un cambiamento è ragionevolmente chiara."}},
        {"evidence_weak", {"The evidence is weak: %s.", "L'evidenza è debole: %s."}},
        {"small_n",
         {"only %lld respondents behind the comparison",
          "solo %lld rispondenti dietro il confronto"}},
        {"crosses_zero",
         {"the interval includes no change", "l'intervallo comprende il non-cambiamento"}},
        {"p_large", {"p = %s is not below 0.05", "p = %s non è sotto 0,05"}},
        {"no_test",
         {"no test was possible (too few answers or no variation)",
          "nessun test possibile (troppe poche risposte o nessuna variabilità)"}},
        {"alpha_low",
         {"the items of this score agree weakly (alpha %s)",
          "gli item di questo punteggio concordano poco (alfa %s)"}},
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
         {"Green: a clear improvement; red: a clear worsening; grey: no clear change.",
          "Verde: un miglioramento chiaro; rosso: un peggioramento chiaro; grigio: nessun "
          "cambiamento chiaro."}},
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
          "red a clear worsening, grey no clear change.",
          "Che cosa è cambiato per la vostra équipe, questionario per questionario. Il "
          "cambiamento è misurato tra le persone che hanno risposto entrambe le volte; la linea "
          "intorno a ogni punto è l'intervallo al 95%: più è corta, più il cambiamento è sicuro. "
          "Verde è un miglioramento chiaro, rosso un peggioramento chiaro, grigio nessun "
          "cambiamento chiaro."}},
        {"summary.counts",
         {"%s → %s: %lld people answered the first time, %lld the second, %lld both times.",
          "%s → %s: %lld persone hanno risposto la prima volta, %lld la seconda, %lld entrambe "
          "le volte."}},
        {"summary.improved", {"Improved", "Migliorato"}},
        {"summary.held", {"No clear change", "Nessun cambiamento chiaro"}},
        {"summary.worsened", {"Worsened", "Peggiorato"}},
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

Reading read_change(const Report& report, const ScoreReport& score, const std::string& language) {
    const ScoreComparison& s = score.stats;
    const std::string title = score_title(report, s.score, language);
    Reading reading;
    if (s.suppressed) {
        reading.text = title + ": " + withheld_reading(report, score.withheld, language);
        reading.weak = true;
        return reading;
    }
    if (!usable(s.mean_from) || !usable(s.mean_to)) {
        reading.text = title + ": " + tr(language, "no_answers");
        reading.weak = true;
        return reading;
    }

    const double delta = *s.mean_to - *s.mean_from;
    const char* direction = std::fabs(delta) < 0.005 ? "same" : delta > 0 ? "rose" : "fell";
    std::string text =
        printf_string(tr(language, "mean_went"), title.c_str(), tr(language, direction).c_str(),
                      format_number(s.mean_from, 2, language).c_str(),
                      format_number(s.mean_to, 2, language).c_str());
    const std::string change = format_signed(s.diff_mean, 2, language);
    if (s.design == Design::Paired)
        text += "; " + printf_string(tr(language, "paired_change"), s.n_paired, change.c_str());
    else
        text += "; " +
                printf_string(tr(language, "independent_change"), s.n_from, s.n_to, change.c_str());
    if (usable(s.ci95_low) && usable(s.ci95_high))
        text += " (" + printf_string(tr(language, "interval"),
                                     format_signed(s.ci95_low, 2, language).c_str(),
                                     format_signed(s.ci95_high, 2, language).c_str());
    if (usable(s.p_t)) text += ", p = " + format_p(s.p_t, language);
    if (usable(s.effect_size))
        text += ", " + printf_string(tr(language, "effect_is"),
                                     tr(language, s.effect_size_kind).c_str(),
                                     format_number(s.effect_size, 2, language).c_str(),
                                     effect_words(*s.effect_size, language).c_str());
    if (usable(s.ci95_low) && usable(s.ci95_high)) text += ")";
    text += ".";

    const ScoreDefinition* definition = definition_of(report, s.score);
    if (score.band_from && score.band_to) {
        const std::string from = band_title(definition, score.band_from, language);
        const std::string to = band_title(definition, score.band_to, language);
        text += " " + (from == to
                           ? printf_string(tr(language, "band_same"), from.c_str())
                           : printf_string(tr(language, "band_moved"), from.c_str(), to.c_str()));
    }

    const long long behind = s.design == Design::Paired ? s.n_paired : std::min(s.n_from, s.n_to);
    if (behind < kSmallSample)
        reading.cautions.push_back(printf_string(tr(language, "small_n"), behind));
    if (!usable(s.p_t) || !usable(s.ci95_low) || !usable(s.ci95_high)) {
        reading.cautions.push_back(tr(language, "no_test"));
    } else {
        if (*s.ci95_low <= 0.0 && *s.ci95_high >= 0.0)
            reading.cautions.push_back(tr(language, "crosses_zero"));
        if (*s.p_t >= 0.05)
            reading.cautions.push_back(
                printf_string(tr(language, "p_large"), format_p(s.p_t, language).c_str()));
    }
    const std::size_t doubts_before_alpha = reading.cautions.size();
    for (std::optional<double> alpha : {s.alpha_from, s.alpha_to})
        if (usable(alpha) && *alpha < 0.7) {
            reading.cautions.push_back(printf_string(tr(language, "alpha_low"),
                                                     format_number(alpha, 2, language).c_str()));
            break;
        }

    // Low alpha alone does not make a change doubtful, only its meaning.
    reading.weak = doubts_before_alpha > 0;
    if (reading.cautions.empty()) {
        text += " " + tr(language, "evidence_clear");
    } else {
        std::string reasons;
        for (const std::string& caution : reading.cautions)
            reasons += (reasons.empty() ? "" : tr(language, "and")) + caution;
        if (reading.weak)
            text += " " + printf_string(tr(language, "evidence_weak"), reasons.c_str());
        else
            text += " " + tr(language, "evidence_clear") + " (" + reasons + ")";
    }
    reading.text = text;
    return reading;
}

}  // namespace sonda::report_detail
