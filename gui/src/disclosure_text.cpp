#include "sonda/gui/disclosure_text.hpp"

#include "sonda/i18n/catalogue.hpp"

namespace sonda::gui::disclosure {

using i18n::format;

// The report's own words (core/src/i18n), so the two never drift apart.
std::string withheld_marker(Withheld why, int min_cell, const std::string& language) {
    if (why == Withheld::Protects) return i18n::tr(language, "withheld_protects");
    return format(language, "withheld_small", min_cell);
}

std::string withheld_reason(Withheld why, int min_cell, const std::string& language) {
    if (why == Withheld::Protects) return i18n::tr(language, "protecting_group");
    return format(language, "small_group", min_cell);
}

std::string suppression_off_banner(int study_min_cell, int shown_min_cell,
                                   const std::string& language) {
    return format(language, "dashboard.suppression_off", study_min_cell, shown_min_cell);
}

std::string small_groups_toggle(const std::string& language) {
    return i18n::tr(language, "dashboard.small_groups_toggle");
}

std::string territory_subset_note(std::size_t chosen, std::size_t all,
                                  const std::string& language) {
    return format(language, "dashboard.territory_subset_note", chosen, all);
}

std::string territory_subset_hint(const std::string& language) {
    return i18n::tr(language, "dashboard.territory_subset_hint");
}

std::string role_subset_note(std::size_t chosen, std::size_t all, const std::string& language) {
    return format(language, "dashboard.role_subset_note", chosen, all);
}

std::string suppressed_short(int min_cell, const std::string& language) {
    return format(language, "dashboard.suppressed_short", min_cell);
}

}  // namespace sonda::gui::disclosure
