#include "team_expectations/messages.hpp"

namespace sonda::team_expectations {

namespace {

constexpr i18n::Message kEnglish[] = {
    {"panel.team-expectations.heatmap", "Team expectations"},
    {"team-expectations.chart.heatmap", "Themes of the expectations"},
    {"team-expectations.chart.heatmap.about",
     "how many texts name each theme for each service (team-expectations)"},
    {"team-expectations.chart.heatmap.note",
     "Texts that name each theme for each service; in brackets the change since %s."},
    {"team-expectations.summary.themes", "Expectation themes most present in %s"},
    {"team-expectations.summary.theme_counts",
     "texts that name each theme, in brackets how many in %s"},
    // The dashboard panel (panels/).
    {"team-expectations.heatmap.suppressed", "suppressed"},
    {"team-expectations.heatmap.no_responses", "no responses"},
    {"team-expectations.heatmap.no_figure", "no figure"},
    {"team-expectations.heatmap.all_territories", "All territories"},
    {"team-expectations.heatmap.chosen_territories", "Chosen territories together"},
    {"team-expectations.heatmap.counting", "Counting the themes…"},
    {"team-expectations.heatmap.no_group", "No group to show."},
    {"team-expectations.heatmap.group", "Group"},
    {"team-expectations.heatmap.count", "Count"},
    {"team-expectations.heatmap.coded_texts", "coded texts"},
    {"team-expectations.heatmap.respondents_who_wrote", "respondents who wrote them"},
    {"team-expectations.heatmap.show", "Show"},
    {"team-expectations.heatmap.wave_a", "Wave A"},
    {"team-expectations.heatmap.wave_b", "Wave B"},
    {"team-expectations.heatmap.change", "Change B – A"},
    {"team-expectations.heatmap.respondents_not_shown", "respondents: not shown"},
    {"team-expectations.heatmap.coding_warnings", "coding warnings"},
    {"team-expectations.heatmap.fewer_more", "fewer / more"},
    {"team-expectations.heatmap.scale", "scale"},
    {"team-expectations.heatmap.nobody_answered_legend", "nobody answered at that wave"},
    {"team-expectations.heatmap.no_theme_counts", "No theme counts in this report."},
    {"team-expectations.heatmap.click_to_read", "click: read the texts"},
    {"team-expectations.heatmap.uncoded_row", "Texts with no codebook theme"},
    {"team-expectations.heatmap.click_a_cell", "Click a cell to read its coded texts."},
    {"team-expectations.heatmap.uncoded_heading", "Texts with no theme"},
    {"team-expectations.heatmap.nobody_answered", "Nobody answered at this wave."},
    {"team-expectations.heatmap.no_text", "No text."},
    {"team-expectations.heatmap.territory_not_shown", "from a territory not shown at this wave"},
    {"team-expectations.heatmap.coded_by_hand", "coded by hand"},
    {"team-expectations.heatmap.keywords", "keywords"},
    {"team-expectations.heatmap.texts.one", "%lld text"},
    {"team-expectations.heatmap.texts.other", "%lld texts"},
    {"team-expectations.heatmap.respondents.one", "%lld respondent"},
    {"team-expectations.heatmap.respondents.other", "%lld respondents"},
    {"team-expectations.heatmap.one_wave_suppressed", "one wave suppressed"},
    {"team-expectations.heatmap.respondents_n", "respondents: wave A n = %lld → wave B n = %lld"},
    {"team-expectations.heatmap.suppressed_legend", "suppressed: fewer than %d respondents"},
    {"team-expectations.heatmap.group_suppressed",
     "Group suppressed: fewer than %d respondents at a wave, or hidden along with a small group so "
     "that it cannot be worked out by difference"},
    {"team-expectations.heatmap.texts_withheld",
     "Suppressed: fewer than %d respondents, the texts are not shown"},
};

constexpr i18n::Message kItalian[] = {
    {"panel.team-expectations.heatmap", "Aspettative delle équipe"},
    {"team-expectations.chart.heatmap", "Temi delle aspettative"},
    {"team-expectations.chart.heatmap.about",
     "quanti testi citano ciascun tema per ciascun servizio (team-expectations)"},
    {"team-expectations.chart.heatmap.note",
     "Testi che citano ciascun tema per ciascun servizio; tra parentesi la variazione "
     "rispetto a %s."},
    {"team-expectations.summary.themes", "Temi delle aspettative più presenti in %s"},
    {"team-expectations.summary.theme_counts",
     "testi che citano ciascun tema, tra parentesi quanti in %s"},
    // The dashboard panel (panels/).
    {"team-expectations.heatmap.suppressed", "oscurato"},
    {"team-expectations.heatmap.no_responses", "nessuna risposta"},
    {"team-expectations.heatmap.no_figure", "nessun dato"},
    {"team-expectations.heatmap.all_territories", "Tutti i territori"},
    {"team-expectations.heatmap.chosen_territories", "Territori scelti, insieme"},
    {"team-expectations.heatmap.counting", "Calcolo dei temi in corso…"},
    {"team-expectations.heatmap.no_group", "Nessun gruppo da mostrare."},
    {"team-expectations.heatmap.group", "Gruppo"},
    {"team-expectations.heatmap.count", "Conteggio"},
    {"team-expectations.heatmap.coded_texts", "testi codificati"},
    {"team-expectations.heatmap.respondents_who_wrote", "rispondenti che ne scrivono"},
    {"team-expectations.heatmap.show", "Mostra"},
    {"team-expectations.heatmap.wave_a", "Rilevazione A"},
    {"team-expectations.heatmap.wave_b", "Rilevazione B"},
    {"team-expectations.heatmap.change", "Variazione B – A"},
    {"team-expectations.heatmap.respondents_not_shown", "rispondenti: non mostrati"},
    {"team-expectations.heatmap.coding_warnings", "avvisi sulla codifica"},
    {"team-expectations.heatmap.fewer_more", "calo / aumento"},
    {"team-expectations.heatmap.scale", "scala"},
    {"team-expectations.heatmap.nobody_answered_legend", "nessuna risposta alla rilevazione"},
    {"team-expectations.heatmap.no_theme_counts", "Nessun conteggio dei temi in questo report."},
    {"team-expectations.heatmap.click_to_read", "clic: leggi i testi"},
    {"team-expectations.heatmap.uncoded_row", "Testi senza tema del codebook"},
    {"team-expectations.heatmap.click_a_cell",
     "Fai clic su una cella per leggere i testi codificati."},
    {"team-expectations.heatmap.uncoded_heading", "Testi senza tema"},
    {"team-expectations.heatmap.nobody_answered", "Nessuna risposta a questa rilevazione."},
    {"team-expectations.heatmap.no_text", "Nessun testo."},
    {"team-expectations.heatmap.territory_not_shown",
     "da un territorio non mostrato a questa rilevazione"},
    {"team-expectations.heatmap.coded_by_hand", "codificato a mano"},
    {"team-expectations.heatmap.keywords", "parole chiave"},
    {"team-expectations.heatmap.texts.one", "%lld testo"},
    {"team-expectations.heatmap.texts.other", "%lld testi"},
    {"team-expectations.heatmap.respondents.one", "%lld rispondente"},
    {"team-expectations.heatmap.respondents.other", "%lld rispondenti"},
    {"team-expectations.heatmap.one_wave_suppressed", "una rilevazione oscurata"},
    {"team-expectations.heatmap.respondents_n",
     "rispondenti: rilevazione A n = %lld → rilevazione B n = %lld"},
    {"team-expectations.heatmap.suppressed_legend", "oscurato: meno di %d rispondenti"},
    {"team-expectations.heatmap.group_suppressed",
     "Gruppo oscurato: meno di %d rispondenti in una rilevazione, o nascosto insieme a un gruppo "
     "piccolo perché questo non si ricavi per differenza"},
    {"team-expectations.heatmap.texts_withheld",
     "Oscurato: meno di %d rispondenti, i testi non sono mostrati"},
};

}  // namespace

std::span<const i18n::Message> messages_en() { return kEnglish; }
std::span<const i18n::Message> messages_it() { return kItalian; }

void add_messages() {
    i18n::Catalogue::instance().add("en", kEnglish);
    i18n::Catalogue::instance().add("it", kItalian);
}

}  // namespace sonda::team_expectations
