#include "team_expectations/messages.hpp"

namespace sonda::team_expectations {

namespace {

constexpr i18n::Message kEnglish[] = {
    {"team-expectations.chart.heatmap", "Themes of the expectations"},
    {"team-expectations.chart.heatmap.about",
     "how many texts name each theme for each service (team-expectations)"},
    {"team-expectations.chart.heatmap.note",
     "Texts that name each theme for each service; in brackets the change since %s."},
    {"team-expectations.summary.themes", "Expectation themes most present in %s"},
    {"team-expectations.summary.theme_counts",
     "texts that name each theme, in brackets how many in %s"},
};

constexpr i18n::Message kItalian[] = {
    {"team-expectations.chart.heatmap", "Temi delle aspettative"},
    {"team-expectations.chart.heatmap.about",
     "quanti testi citano ciascun tema per ciascun servizio (team-expectations)"},
    {"team-expectations.chart.heatmap.note",
     "Testi che citano ciascun tema per ciascun servizio; tra parentesi la variazione "
     "rispetto a %s."},
    {"team-expectations.summary.themes", "Temi delle aspettative più presenti in %s"},
    {"team-expectations.summary.theme_counts",
     "testi che citano ciascun tema, tra parentesi quanti in %s"},
};

}  // namespace

std::span<const i18n::Message> messages_en() { return kEnglish; }
std::span<const i18n::Message> messages_it() { return kItalian; }

void add_messages() {
    i18n::Catalogue::instance().add("en", kEnglish);
    i18n::Catalogue::instance().add("it", kItalian);
}

}  // namespace sonda::team_expectations
