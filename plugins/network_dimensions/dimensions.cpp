#include "dimensions.hpp"

#include <algorithm>

#include "messages.hpp"

namespace sonda::network_dimensions {

namespace {

template <std::size_t N>
std::string join(const std::array<std::string_view, N>& ids) {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) out += i + 1 == N ? message("definition.or") : ", ";
        out += ids[i];
    }
    return out;
}

LocalizedText bilingual(const char* italian, const char* english) {
    LocalizedText text;
    text.set("it", italian);
    text.set("en", english);
    return text;
}

}  // namespace

bool is_dimension(std::string_view id) {
    return std::find(kDimensionIds.begin(), kDimensionIds.end(), id) != kDimensionIds.end();
}

bool is_facet(std::string_view id) {
    return std::find(kFacetIds.begin(), kFacetIds.end(), id) != kFacetIds.end();
}

std::string dimension_list() { return join(kDimensionIds); }
std::string facet_list() { return join(kFacetIds); }

LocalizedText dimension_label(std::string_view id) {
    if (id == "sharing") return bilingual("Condivisione", "Sharing");
    if (id == "integration") return bilingual("Integrazione", "Integration");
    if (id == "consolidation_development")
        return bilingual("Consolidamento e sviluppo", "Consolidation and development");
    if (id == "capacity_building") return bilingual("Capacity building", "Capacity building");
    return LocalizedText(std::string(id));
}

LocalizedText facet_label(std::string_view id) {
    if (id == "strengths") return bilingual("Punti di forza", "Strengths");
    if (id == "weaknesses") return bilingual("Punti di debolezza", "Weaknesses");
    if (id == "objectives")
        return bilingual("Obiettivi di miglioramento", "Improvement objectives");
    return LocalizedText(std::string(id));
}

}  // namespace sonda::network_dimensions
