// The dashboard's words for disclosure control, from the message catalogue
// (core/src/i18n): why a cell is withheld (the report's own words), the
// banner shown while groups below the study's min_cell are visible, and why a
// total over part of the territories or roles is not shown.
#pragma once

#include <cstddef>
#include <string>

#include "sonda/stats/table_protection.hpp"

namespace sonda::gui::disclosure {

// What a withheld cell reads: "withheld: fewer than 5" (Small) or "withheld
// to protect another group" (Protects). No is read as Small: a suppressed
// figure whose report gives no reason is withheld for its own size.
std::string withheld_marker(Withheld why, int min_cell, const std::string& language);
// The same as a sentence, for tooltips.
std::string withheld_reason(Withheld why, int min_cell, const std::string& language);

// The red banner of every view while groups smaller than the study's
// min_cell are shown (suppression off); `shown_min_cell` is the smallest
// group shown.
std::string suppression_off_banner(int study_min_cell, int shown_min_cell,
                                   const std::string& language);
// The checkbox that allows it.
std::string small_groups_toggle(const std::string& language);

// In place of the everyone-together figures when `chosen` of `all`
// territories are ticked: that total is no group of the protected table.
std::string territory_subset_note(std::size_t chosen, std::size_t all, const std::string& language);
// The same in one line, beside the territory filter.
std::string territory_subset_hint(const std::string& language);
// In place of every figure when `chosen` of `all` roles are ticked: no
// report of the dashboard is a cell of the protected table then.
std::string role_subset_note(std::size_t chosen, std::size_t all, const std::string& language);
// The few words inside a small chart box: "withheld (n < 5)".
std::string suppressed_short(int min_cell, const std::string& language);

}  // namespace sonda::gui::disclosure
