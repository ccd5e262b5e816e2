// The four network dimensions of the workshop of 5 March 2024 (sharing,
// integration, consolidation and development, capacity building) and the three
// facets a territory writes texts for (strengths, weaknesses, improvement
// objectives). Form files name them by these ids; the labels are the plugin's,
// so every form and report speaks of them the same way.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "sonda/model/localized_text.hpp"

namespace sonda::network_dimensions {

inline constexpr std::array<std::string_view, 4> kDimensionIds = {
    "sharing", "integration", "consolidation_development", "capacity_building"};

inline constexpr std::array<std::string_view, 3> kFacetIds = {"strengths", "weaknesses",
                                                              "objectives"};

bool is_dimension(std::string_view id);
bool is_facet(std::string_view id);

// "a, b, c and d": for messages that list the valid values.
std::string dimension_list();
std::string facet_list();

LocalizedText dimension_label(std::string_view id);
LocalizedText facet_label(std::string_view id);

}  // namespace sonda::network_dimensions
