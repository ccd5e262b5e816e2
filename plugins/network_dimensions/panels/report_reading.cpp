#include "report_reading.hpp"

namespace sonda::network_dimensions::panels {

const ScoreReport* find_score(const GroupReport& group, const std::string& name) {
    for (const ScoreReport& score : group.scores)
        if (score.stats.score == name) return &score;
    return nullptr;
}

std::string score_label(const Report& report, const std::string& name,
                        const std::string& language) {
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.name == name) return definition.label.get(language);
    return name;
}

}  // namespace sonda::network_dimensions::panels
