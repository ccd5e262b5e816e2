#include "objectives_section.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>

#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::report_detail {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::optional<std::string> text_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    std::string text = value.isString() ? value.extract<std::string>() : value.toString();
    if (text.empty()) return std::nullopt;
    return text;
}

std::optional<double> number_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key) || !object.get(key).isNumeric()) return std::nullopt;
    const double value = object.get(key).convert<double>();
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

template <typename Each>
void for_each_object(const Array::Ptr& list, Each each) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i)
        if (Object::Ptr entry = list->getObject(static_cast<unsigned>(i))) each(*entry);
}

ObjectivesTally tally_of(const Object& tally) {
    ObjectivesTally out;
    out.objectives = static_cast<long long>(number_of(tally, "objectives").value_or(0));
    out.achieved = static_cast<long long>(number_of(tally, "achieved").value_or(0));
    out.dropped = static_cast<long long>(number_of(tally, "dropped").value_or(0));
    out.counted = static_cast<long long>(number_of(tally, "counted").value_or(0));
    out.rate = number_of(tally, "rate");
    out.mean_progress = number_of(tally, "mean_progress");
    return out;
}

ObjectiveLine line_of(const Object& entry) {
    ObjectiveLine line;
    line.id = text_of(entry, "id").value_or("");
    line.title = text_of(entry, "title").value_or(line.id);
    line.dimension = text_of(entry, "dimension").value_or("");
    line.owner = text_of(entry, "owner").value_or("");
    return line;
}

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
    return key_title(id);
}

const char* say(const std::string& language, const char* en, const char* it) {
    return language == "it" ? it : en;
}

std::string territory_title(const std::string& id, const Study* study,
                            const std::string& language) {
    if (study)
        if (const Territory* territory = study->territory(id)) return territory->name.get(language);
    return id;
}

std::string percent(const std::optional<double>& share, const std::string& language) {
    if (!share) return "–";
    return format_number(*share * 100, 0, language) + "%";
}

std::string progress(const std::optional<double>& value, const std::string& language) {
    return value ? format_number(*value, 0, language) + "%" : "–";
}

std::string tally_text(const std::optional<ObjectivesTally>& tally, const std::string& language) {
    if (!tally) return say(language, "no answer", "nessuna risposta");
    return std::to_string(tally->achieved) + "/" + std::to_string(tally->counted) + " (" +
           percent(tally->rate, language) + ")";
}

std::string mark_word(const std::string& mark, const std::string& language) {
    if (mark == "stalled") return say(language, "stalled", "fermo");
    if (mark == "new") return say(language, "new", "nuovo");
    if (mark == "removed") return say(language, "removed", "tolto");
    return "";
}

std::string counts_text(const ObjectivesTerritory& territory, const std::string& language) {
    return std::to_string(territory.followed) + " " + say(language, "followed", "seguiti") + " · " +
           std::to_string(territory.stalled) + " " + say(language, "stalled", "fermi") + " · " +
           std::to_string(territory.added) + " " + say(language, "new", "nuovi") + " · " +
           std::to_string(territory.removed) + " " + say(language, "removed", "tolti");
}

long long count_at(const ObjectivesTerritory& territory, const std::string& from,
                   const std::string& to) {
    auto found = territory.transitions.find({from, to});
    return found == territory.transitions.end() ? 0 : found->second;
}

long long margin(const ObjectivesTerritory& territory, const std::string& mark,
                 const std::string& status) {
    return std::count_if(territory.lines.begin(), territory.lines.end(),
                         [&](const ObjectiveLine& line) {
                             return line.mark == mark &&
                                    (mark == "new" ? line.status_to : line.status_from) == status;
                         });
}

}  // namespace

std::string objective_status_title(const std::string& status, const std::string& language) {
    return title_of(status, language);
}

std::string objective_dimension_title(const std::string& dimension, const std::string& language) {
    return title_of(dimension, language);
}

bool read_objectives_section(const Object& instrument, ObjectivesSection& out) {
    Object::Ptr transitions = instrument.getObject("transitions");
    Object::Ptr achievement = instrument.getObject("achievement");
    if (!transitions || !achievement || !transitions->getArray("list")) return false;
    out = ObjectivesSection{};
    out.statuses = {"planned", "in_progress", "achieved", "dropped"};
    out.keys_used = {"instrument",  "team_level",  "territories_from", "territories_to",
                     "transitions", "achievement", "stalled",          "new",
                     "removed",     "warnings"};
    std::vector<std::string> order;
    std::map<std::string, ObjectivesTerritory> territories;
    auto territory = [&](const std::string& id) -> ObjectivesTerritory& {
        auto [at, fresh] = territories.try_emplace(id);
        if (fresh) order.push_back(id);
        at->second.territory = id;
        return at->second;
    };
    auto know = [&](const std::optional<std::string>& status) {
        if (status &&
            std::find(out.statuses.begin(), out.statuses.end(), *status) == out.statuses.end())
            out.statuses.push_back(*status);
    };
    for (const char* wave : {"from", "to"}) {
        Object::Ptr at = achievement->getObject(wave);
        if (!at) continue;
        for_each_object(at->getArray("by_territory"), [&](const Object& tally) {
            if (auto id = text_of(tally, "territory"))
                (wave[0] == 'f' ? territory(*id).from : territory(*id).to) = tally_of(tally);
        });
    }
    std::set<std::pair<std::string, std::string>> stalled;
    for_each_object(instrument.getArray("stalled"), [&](const Object& pair) {
        stalled.insert({text_of(pair, "territory").value_or(""), text_of(pair, "id").value_or("")});
    });
    for_each_object(transitions->getArray("list"), [&](const Object& pair) {
        ObjectiveLine line = line_of(pair);
        line.status_from = text_of(pair, "status_from");
        line.status_to = text_of(pair, "status_to");
        line.progress_from = number_of(pair, "progress_from");
        line.progress_to = number_of(pair, "progress_to");
        know(line.status_from);
        know(line.status_to);
        const std::string id = text_of(pair, "territory").value_or("");
        ObjectivesTerritory& entry = territory(id);
        ++entry.followed;
        if (stalled.count({id, line.id})) {
            line.mark = "stalled";
            ++entry.stalled;
        }
        if (line.status_from && line.status_to)
            ++entry.transitions[{*line.status_from, *line.status_to}];
        entry.lines.push_back(std::move(line));
    });
    for (const char* list : {"new", "removed"}) {
        const bool added = list[0] == 'n';
        for_each_object(instrument.getArray(list), [&](const Object& objective) {
            ObjectiveLine line = line_of(objective);
            line.mark = list;
            (added ? line.status_to : line.status_from) = text_of(objective, "status");
            (added ? line.progress_to : line.progress_from) = number_of(objective, "progress");
            know(added ? line.status_to : line.status_from);
            ObjectivesTerritory& entry = territory(text_of(objective, "territory").value_or(""));
            ++(added ? entry.added : entry.removed);
            entry.lines.push_back(std::move(line));
        });
    }
    if (Array::Ptr warnings = instrument.getArray("warnings"))
        for (std::size_t i = 0; i < warnings->size(); ++i)
            out.warnings.push_back(warnings->get(static_cast<unsigned>(i)).toString());
    // Stalled first (what needs attention), then new, removed, followed; by id within.
    auto rank = [](const std::string& mark) {
        return mark == "stalled" ? 0 : mark == "new" ? 1 : mark == "removed" ? 2 : 3;
    };
    for (const std::string& id : order) {
        ObjectivesTerritory& entry = territories[id];
        std::stable_sort(entry.lines.begin(), entry.lines.end(),
                         [&](const ObjectiveLine& a, const ObjectiveLine& b) {
                             return rank(a.mark) != rank(b.mark) ? rank(a.mark) < rank(b.mark)
                                                                 : a.id < b.id;
                         });
        out.territories.push_back(std::move(entry));
    }
    return true;
}

void write_objectives_html(const ObjectivesSection& section, const GroupReport& group,
                           const Report& report, const Study* study, const std::string& language,
                           std::ostream& out) {
    out << "<div class=\"objectives\">\n";
    if (section.territories.empty())
        out << "<p class=\"muted\">"
            << say(language, "No objectives at either wave.",
                   "Nessun obiettivo in nessuna delle due rilevazioni.")
            << "</p>\n";
    for (const ObjectivesTerritory& territory : section.territories) {
        out << "<div class=\"objectives-territory\" data-territory=\""
            << html_escape(territory.territory) << "\">\n";
        // A by-territory group already carries the name as its heading.
        if (territory.territory != group.group)
            out << "<h4>" << html_escape(territory_title(territory.territory, study, language))
                << "</h4>\n";
        out << "<p class=\"obj-counts\">" << html_escape(counts_text(territory, language))
            << "</p>\n<div class=\"obj-pair\">\n";

        // The transition table: rows wave A's status, columns wave B's.
        out << "<table class=\"data transitions\"><caption>"
            << say(language, "Status transitions", "Transizioni di stato")
            << "</caption><thead><tr><th>" << say(language, "A \\ B", "A \\ B") << "</th>";
        for (const std::string& status : section.statuses)
            out << "<th>" << html_escape(objective_status_title(status, language)) << "</th>";
        out << "<th class=\"margin\">" << say(language, "(removed)", "(tolti)")
            << "</th></tr></thead><tbody>\n";
        auto cell = [&](long long n, const char* kind) {
            out << "<td class=\"num " << kind << (n == 0 ? " zero" : "") << "\">" << n << "</td>";
        };
        for (const std::string& from : section.statuses) {
            out << "<tr><th>" << html_escape(objective_status_title(from, language)) << "</th>";
            for (const std::string& to : section.statuses)
                cell(count_at(territory, from, to), from == to         ? "same"
                                                    : to == "achieved" ? "to-achieved"
                                                    : to == "dropped"  ? "to-dropped"
                                                                       : "moved");
            cell(margin(territory, "removed", from), "margin");
            out << "</tr>\n";
        }
        out << "<tr><th>" << say(language, "(new)", "(nuovi)") << "</th>";
        for (const std::string& to : section.statuses) cell(margin(territory, "new", to), "margin");
        out << "<td></td></tr>\n</tbody></table>\n";

        // Achievement of both waves, with a bar a printer renders too.
        out << "<table class=\"data achievement\"><caption>"
            << say(language, "Achievement (achieved / not dropped)",
                   "Raggiungimento (raggiunti / non abbandonati)")
            << "</caption><thead><tr><th></th><th>" << say(language, "objectives", "obiettivi")
            << "</th><th>" << say(language, "rate", "tasso") << "</th><th>"
            << say(language, "mean progress", "avanz. medio") << "</th></tr></thead><tbody>\n";
        for (bool second : {false, true}) {
            const std::optional<ObjectivesTally>& tally = second ? territory.to : territory.from;
            // The waves' full titles head the report; here the letter and date.
            const std::string& wave_id = second ? report.to_wave : report.from_wave;
            const Wave* wave = study ? study->wave(wave_id) : nullptr;
            out << "<tr><th>" << (second ? "B " : "A ")
                << html_escape(wave && !wave->date.empty() ? wave->date : wave_id) << "</th>";
            if (!tally) {
                out << "<td colspan=\"3\" class=\"muted\">"
                    << say(language, "no answer at this wave",
                           "nessuna risposta a questa rilevazione")
                    << "</td></tr>\n";
                continue;
            }
            out << "<td class=\"num\">" << tally->objectives << "</td><td class=\"num\">"
                << html_escape(tally_text(tally, language))
                << "<span class=\"rate-bar\"><span style=\"width:"
                << (tally->rate ? std::clamp(*tally->rate, 0.0, 1.0) * 100 : 0.0)
                << "%\"></span></span></td>"
                << "<td class=\"num\">" << html_escape(progress(tally->mean_progress, language))
                << "</td></tr>\n";
        }
        out << "</tbody></table>\n</div>\n";

        // Every objective of either wave; stalled ones first and highlighted.
        if (!territory.lines.empty()) {
            out << "<table class=\"data objective-list\"><thead><tr><th>"
                << say(language, "Objective", "Obiettivo") << "</th><th>"
                << say(language, "Dimension", "Dimensione") << "</th><th>"
                << say(language, "Owner", "Responsabile") << "</th><th>"
                << say(language, "Status A → B", "Stato A → B") << "</th><th>"
                << say(language, "Progress A → B", "Avanzamento A → B")
                << "</th><th></th></tr></thead><tbody>\n";
            for (const ObjectiveLine& line : territory.lines) {
                out << "<tr" << (line.mark.empty() ? "" : " class=\"" + line.mark + "\"") << "><td>"
                    << html_escape(line.title) << " <span class=\"muted\">" << html_escape(line.id)
                    << "</span></td><td>"
                    << html_escape(objective_dimension_title(line.dimension, language))
                    << "</td><td>" << html_escape(line.owner) << "</td><td>"
                    << html_escape(line.status_from
                                       ? objective_status_title(*line.status_from, language)
                                       : "–")
                    << " → "
                    << html_escape(
                           line.status_to ? objective_status_title(*line.status_to, language) : "–")
                    << "</td><td class=\"num\">"
                    << html_escape(progress(line.progress_from, language)) << " → "
                    << html_escape(progress(line.progress_to, language)) << "</td><td>";
                if (!line.mark.empty())
                    out << "<span class=\"tag obj-" << line.mark << "\">"
                        << html_escape(mark_word(line.mark, language)) << "</span>";
                out << "</td></tr>\n";
            }
            out << "</tbody></table>\n";
        }
        out << "</div>\n";
    }
    out << "<p class=\"legend\">"
        << say(language,
               "Stalled: still planned or in progress at B and its progress did not grow. "
               "Objectives are the territory team's plan, not persons' answers: they are shown "
               "whatever the group size; the score statistics above follow the smallest group "
               "shown.",
               "Fermo: ancora pianificato o in corso in B e l'avanzamento non è cresciuto. Gli "
               "obiettivi sono il piano dell'équipe territoriale, non risposte di persone: sono "
               "mostrati qualunque sia la dimensione del gruppo; le statistiche dei punteggi sopra "
               "seguono il gruppo minimo mostrato.")
        << "</p>\n";
    if (!section.warnings.empty()) {
        out << "<ul class=\"warnings\">";
        for (const std::string& warning : section.warnings)
            out << "<li>" << html_escape(warning) << "</li>";
        out << "</ul>\n";
    }
    out << "</div>\n";
}

void write_objectives_text(const ObjectivesSection& section, const GroupReport& group,
                           const Report& report, const Study* study, const std::string& language,
                           std::ostream& out) {
    (void)report;
    for (const ObjectivesTerritory& territory : section.territories) {
        if (territory.territory != group.group)
            out << "  " << territory_title(territory.territory, study, language) << ":\n";
        out << "  " << say(language, "Objectives", "Obiettivi") << ": "
            << counts_text(territory, language) << '\n';
        out << "  " << say(language, "Achievement A -> B", "Raggiungimento A -> B") << ": "
            << tally_text(territory.from, language) << " -> " << tally_text(territory.to, language)
            << '\n';
        out << "  " << say(language, "Transitions", "Transizioni") << ":\n";
        bool any = false;
        for (const std::string& from : section.statuses)
            for (const std::string& to : section.statuses)
                if (long long n = count_at(territory, from, to); n > 0) {
                    out << "    " << objective_status_title(from, language) << " -> "
                        << objective_status_title(to, language) << ": " << n << '\n';
                    any = true;
                }
        if (!any) out << "    " << say(language, "(none)", "(nessuna)") << '\n';
        for (const char* mark : {"stalled", "new", "removed"}) {
            std::vector<const ObjectiveLine*> lines;
            for (const ObjectiveLine& line : territory.lines)
                if (line.mark == mark) lines.push_back(&line);
            if (lines.empty()) continue;
            out << "  " << key_title(mark_word(mark, language)) << ":\n";
            for (const ObjectiveLine* line : lines)
                out << "    - " << line->title << " [" << line->id << "] "
                    << (line->status_from ? objective_status_title(*line->status_from, language)
                                          : "–")
                    << " -> "
                    << (line->status_to ? objective_status_title(*line->status_to, language) : "–")
                    << ", " << progress(line->progress_from, language) << " -> "
                    << progress(line->progress_to, language) << '\n';
        }
    }
    for (const std::string& warning : section.warnings) out << "  ! " << warning << '\n';
}

}  // namespace sonda::report_detail
