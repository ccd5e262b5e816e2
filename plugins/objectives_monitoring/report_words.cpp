#include "objectives_monitoring/report_words.hpp"

#include <algorithm>

#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::objectives {

namespace {

struct Words {
    const char* id;
    const char* en;
    const char* it;
};
constexpr Words kTitles[] = {
    {"planned", "Planned", "Pianificato"},
    {"in_progress", "In progress", "In corso"},
    {"achieved", "Achieved", "Raggiunto"},
    {"dropped", "Dropped", "Abbandonato"},
    {"sharing", "Sharing", "Condivisione"},
    {"integration", "Integration", "Integrazione"},
    {"consolidation_development", "Consolidation and development", "Consolidamento e sviluppo"},
    {"capacity_building", "Capacity building", "Capacity building"},
};

std::string title_of(const std::string& id, const std::string& language) {
    for (const Words& words : kTitles)
        if (id == words.id) return language == "it" ? words.it : words.en;
    return report_detail::key_title(id);
}

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

const char* say(const std::string& language, const char* en, const char* it) {
    return language == "it" ? it : en;
}

std::string status_title(const std::string& status, const std::string& language) {
    return title_of(status, language);
}

std::string dimension_title(const std::string& dimension, const std::string& language) {
    return title_of(dimension, language);
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
    if (!tally) return say(language, "no answer", "nessuna risposta");
    return std::to_string(tally->achieved) + "/" + std::to_string(tally->counted) + " (" +
           percent(tally->rate, language) + ")";
}

std::string counts_text(const TerritoryObjectives& territory, const std::string& language) {
    return std::to_string(territory.followed) + " " + say(language, "followed", "seguiti") + " · " +
           std::to_string(territory.stalled) + " " + say(language, "stalled", "fermi") + " · " +
           std::to_string(territory.added) + " " + say(language, "new", "nuovi") + " · " +
           std::to_string(territory.removed) + " " + say(language, "removed", "tolti");
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
            return say(language, "stalled", "fermo");
        case ObjectiveMark::New:
            return say(language, "new", "nuovo");
        case ObjectiveMark::Removed:
            return say(language, "removed", "tolto");
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
