#include "objectives_monitoring/report_words.hpp"

#include <algorithm>

#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::objectives {

namespace {

int rank(ObjectiveMark mark) {
    switch (mark) {
        case ObjectiveMark::Stalled:
            return 0;
        case ObjectiveMark::New:
            return 1;
        case ObjectiveMark::Removed:
            return 2;
        default:
            return 3;
    }
}

}  // namespace

std::string built_in_label(const std::string& kind, const std::string& id,
                           const std::string& language) {
    const std::string key = "objectives-monitoring." + kind + "." + id;
    const i18n::Catalogue& catalogue = i18n::Catalogue::instance();
    return catalogue.has(language, key) || catalogue.has("en", key) ? i18n::tr(language, key)
                                                                    : std::string();
}

std::string status_title(const std::string& status, const std::string& language) {
    const std::string label = built_in_label("status", status, language);
    return label.empty() ? report_detail::key_title(status) : label;
}

std::string dimension_title(const std::string& dimension, const std::string& language) {
    const std::string label = built_in_label("dimension", dimension, language);
    return label.empty() ? report_detail::key_title(dimension) : label;
}

std::string territory_title(const std::string& id, const Study* study,
                            const std::string& language) {
    if (study)
        if (const Territory* territory = study->territory(id)) return territory->name.get(language);
    return id;
}

std::string percent(const std::optional<double>& share, const std::string& language) {
    if (!share) return "–";
    return report_detail::format_number(*share * 100, 0, language) + "%";
}

std::string progress_text(const std::optional<double>& value, const std::string& language) {
    return value ? report_detail::format_number(*value, 0, language) + "%" : "–";
}

std::string tally_text(const std::optional<ObjectivesTally>& tally, const std::string& language) {
    if (!tally) return i18n::tr(language, "objectives-monitoring.no_answer");
    return std::to_string(tally->achieved) + "/" + std::to_string(tally->counted) + " (" +
           percent(tally->rate, language) + ")";
}

std::string count_text(const std::string& what, long long count, const std::string& language) {
    return i18n::format_count(language, "objectives-monitoring.count." + what, count);
}

std::string counts_text(long long followed, long long stalled, long long added, long long removed,
                        const std::string& language) {
    return count_text("followed", followed, language) + " · " +
           count_text("stalled", stalled, language) + " · " + count_text("new", added, language) +
           " · " + count_text("removed", removed, language);
}

std::string counts_text(const TerritoryObjectives& territory, const std::string& language) {
    return counts_text(territory.followed, territory.stalled, territory.added, territory.removed,
                       language);
}

const char* mark_id(ObjectiveMark mark) {
    switch (mark) {
        case ObjectiveMark::Stalled:
            return "stalled";
        case ObjectiveMark::New:
            return "new";
        case ObjectiveMark::Removed:
            return "removed";
        default:
            return "";
    }
}

std::string mark_word(ObjectiveMark mark, const std::string& language) {
    switch (mark) {
        case ObjectiveMark::Stalled:
            return i18n::tr(language, "objectives-monitoring.mark.stalled");
        case ObjectiveMark::New:
            return i18n::tr(language, "objectives-monitoring.mark.new");
        case ObjectiveMark::Removed:
            return i18n::tr(language, "objectives-monitoring.mark.removed");
        default:
            return "";
    }
}

long long transitions(const TerritoryObjectives& territory, const std::string& from,
                      const std::string& to) {
    return std::count_if(territory.objectives.begin(), territory.objectives.end(),
                         [&](const ObjectiveChange& change) {
                             return change.status_from == from && change.status_to == to;
                         });
}

long long margin(const TerritoryObjectives& territory, ObjectiveMark mark,
                 const std::string& status) {
    return std::count_if(
        territory.objectives.begin(), territory.objectives.end(),
        [&](const ObjectiveChange& change) {
            return change.mark == mark &&
                   (mark == ObjectiveMark::New ? change.status_to : change.status_from) == status;
        });
}

std::vector<const ObjectiveChange*> in_report_order(const TerritoryObjectives& territory) {
    std::vector<const ObjectiveChange*> out;
    for (const ObjectiveChange& change : territory.objectives) out.push_back(&change);
    std::stable_sort(
        out.begin(), out.end(), [](const ObjectiveChange* a, const ObjectiveChange* b) {
            return rank(a->mark) != rank(b->mark) ? rank(a->mark) < rank(b->mark) : a->id < b->id;
        });
    return out;
}

}  // namespace sonda::objectives
