#include "map_sheet.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/NumberParser.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <tuple>

#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"
#include "sonda/util/json_text.hpp"

namespace sonda::network_dimensions {

namespace {

enum Column {
    c_wave,
    c_territory,
    c_respondent,
    c_form,
    c_item,
    c_centre,
    c_service,
    c_name,
    c_ring,
    c_intensity,
    c_note,
    c_count
};
const std::array<const char*, c_count> kColumns = {"wave", "territory", "respondent", "form",
                                                   "item", "centre",    "service",    "name",
                                                   "ring", "intensity", "note"};

std::string trimmed(const std::string& text) {
    const std::size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) return {};
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

std::string key_of(const std::string& wave, const std::string& territory,
                   const std::string& respondent) {
    return wave + '\x1f' + territory + '\x1f' + respondent;
}

// A cell as the wide and long exports write numbers: integers as they are,
// other numbers in the shortest text that reads back, with `decimal`.
std::string cell_text(const Poco::Dynamic::Var& value, char decimal) {
    if (value.isEmpty()) return {};
    if (value.isString()) return value.extract<std::string>();
    if (value.type() == typeid(bool)) return value.extract<bool>() ? "true" : "false";
    if (value.isInteger()) return std::to_string(value.convert<long long>());
    if (value.isNumeric()) {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value.convert<double>());
        std::string text(buffer, result.ptr);
        if (decimal != '.') std::replace(text.begin(), text.end(), '.', decimal);
        return text;
    }
    return json_text(value);
}

std::string column_prefix(const std::string& column) {
    return i18n::message("network-dimensions.sheet.column", column) + ": ";
}

std::string column_list() {
    std::string out;
    for (const char* name : kColumns) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

}  // namespace

MapSheet::MapSheet(const std::string& path, SheetLines& lines) : m_source(path) {
    SheetLine record;
    if (!lines.next(record))
        throw InvalidInput(Location{path, 0, "", ""},
                           i18n::message("network-dimensions.sheet.empty", column_list()));
    if (!record.error.empty())
        throw InvalidInput(Location{path, record.line, "", ""},
                           i18n::message("input.csv.bad_header", record.error));

    std::vector<Issue> issues;
    // A problem of one cell names its column before saying what is wrong.
    auto fail = [&](long long line, const std::string& column, const std::string& reason) {
        issues.push_back(Issue{Location{path, line, "", ""},
                               column.empty() ? reason : column_prefix(column) + reason});
    };
    std::array<std::optional<std::size_t>, c_count> index;
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string name = trimmed(record.fields[i]);
        if (name.empty()) continue;
        std::size_t found = c_count;
        for (std::size_t c = 0; c < c_count; ++c)
            if (name == kColumns[c]) found = c;
        if (found == c_count)
            fail(
                record.line, "",
                i18n::message("network-dimensions.sheet.not_a_column", i + 1, name, column_list()));
        else if (index[found])
            fail(record.line, "", i18n::message("network-dimensions.sheet.column_twice", name));
        else
            index[found] = i;
    }
    for (const Column required : {c_wave, c_territory, c_respondent, c_ring})
        if (!index[required])
            fail(record.line, "",
                 i18n::message("network-dimensions.sheet.missing_column", kColumns[required],
                               column_list()));
    if (!index[c_service] && !index[c_name])
        fail(record.line, "", i18n::message("network-dimensions.sheet.no_actor_column"));
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    const std::size_t width = record.fields.size();

    while (lines.next(record)) {
        const long long line = record.line;
        if (!record.error.empty()) {
            fail(line, "", record.error);
            continue;
        }
        if (record.fields.size() != width) {
            fail(line, "",
                 i18n::message_count("input.csv.width",
                                     static_cast<long long>(record.fields.size()), width));
            continue;
        }
        std::array<std::string, c_count> cell;
        for (std::size_t c = 0; c < c_count; ++c)
            if (index[c]) {
                const std::string& text = record.fields[*index[c]];
                // A note keeps its spaces, as a text answer does.
                cell[c] = c == c_note ? text : trimmed(text);
            }
        bool ok = true;
        for (const Column required : {c_wave, c_territory, c_respondent})
            if (cell[required].empty()) {
                fail(line, kColumns[required],
                     i18n::message("network-dimensions.sheet.key_empty", kColumns[required]));
                ok = false;
            }
        // The form and the item are one for the whole sheet.
        for (const auto& [column, value, value_line] :
             {std::tuple{c_form, &m_form, &m_form_line},
              std::tuple{c_item, &m_item, &m_item_line}}) {
            if (cell[column].empty()) continue;
            if (value->empty()) {
                *value = cell[column];
                *value_line = line;
            } else if (*value != cell[column]) {
                fail(line, kColumns[column],
                     i18n::message("network-dimensions.sheet.one_form", kColumns[column],
                                   cell[column], *value_line, *value));
                ok = false;
            }
        }
        Poco::JSON::Object::Ptr actor = new Poco::JSON::Object;
        if (!cell[c_service].empty()) actor->set("service", cell[c_service]);
        if (!cell[c_name].empty()) actor->set("name", cell[c_name]);
        for (const Column number : {c_ring, c_intensity}) {
            if (cell[number].empty()) continue;
            int value = 0;
            if (!Poco::NumberParser::tryParse(cell[number], value)) {
                fail(line, kColumns[number],
                     i18n::message("network-dimensions.sheet.not_whole", cell[number]));
                ok = false;
            } else {
                actor->set(kColumns[number], value);
            }
        }
        if (!trimmed(cell[c_note]).empty()) actor->set("note", cell[c_note]);
        const bool places_actor = actor->size() > 0;
        if (places_actor && cell[c_ring].empty()) {
            fail(line, "ring", i18n::message("network-dimensions.sheet.no_ring"));
            ok = false;
        }
        if (places_actor && !actor->has("service") && !actor->has("name")) {
            fail(line, "", i18n::message("network-dimensions.sheet.no_actor"));
            ok = false;
        }
        if (!ok) continue;

        const std::string key = key_of(cell[c_wave], cell[c_territory], cell[c_respondent]);
        auto [found, fresh] = m_maps.try_emplace(key);
        Map& map = found->second;
        if (fresh) {
            map.first_line = line;
            m_order.push_back(key);
        }
        if (!cell[c_centre].empty()) {
            if (map.centre.empty()) {
                map.centre = cell[c_centre];
                map.centre_line = line;
            } else if (map.centre != cell[c_centre]) {
                fail(line, "centre",
                     i18n::message("network-dimensions.sheet.two_centres", cell[c_centre],
                                   map.centre_line, map.centre));
                continue;
            }
        }
        if (places_actor) {
            map.actors->add(actor);
            map.actor_lines.push_back(line);
        }
    }
    if (const std::string failure = lines.failure(); !failure.empty()) fail(0, "", failure);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
}

const MapSheet::Map* MapSheet::find(const std::string& wave, const std::string& territory,
                                    const std::string& respondent) const {
    const auto found = m_maps.find(key_of(wave, territory, respondent));
    return found == m_maps.end() ? nullptr : &found->second;
}

std::optional<long long> MapSheet::first_line(const std::string& wave, const std::string& territory,
                                              const std::string& respondent) const {
    const Map* map = find(wave, territory, respondent);
    if (!map) return std::nullopt;
    return map->first_line;
}

void MapSheet::touch(const std::string& wave, const std::string& territory,
                     const std::string& respondent) {
    const auto found = m_maps.find(key_of(wave, territory, respondent));
    if (found != m_maps.end()) found->second.used = true;
}

Poco::Dynamic::Var MapSheet::take(const std::string& wave, const std::string& territory,
                                  const std::string& respondent) {
    touch(wave, territory, respondent);
    const Map* map = find(wave, territory, respondent);
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    if (!map) return answer;
    if (!map->centre.empty()) answer->set("centre", map->centre);
    answer->set("actors", map->actors);
    return answer;
}

void MapSheet::relocate(const std::string& wave, const std::string& territory,
                        const std::string& respondent, const std::string& item,
                        Issue& issue) const {
    const Map* found = find(wave, territory, respondent);
    if (!found) return;
    const Map& map = *found;
    const std::string base = "$.answers." + item;
    const std::string& path = issue.where.path;
    if (path.compare(0, base.size(), base) != 0) return;
    const std::string rest = path.substr(base.size());
    issue.where.file = m_source;
    issue.where.line = map.first_line;
    issue.where.path.clear();
    issue.where.item = item;
    // A problem of one cell names its column, as the sheet's own problems do.
    auto at_column = [&](const std::string& column) {
        issue.where.item.clear();
        issue.reason = column_prefix(column) + issue.reason;
    };
    if (rest.rfind(".centre", 0) == 0) {
        issue.where.line = map.centre_line;
        at_column("centre");
    } else if (rest.rfind(".actors[", 0) == 0) {
        const std::size_t close = rest.find(']');
        std::size_t index = 0;
        try {
            index = std::stoul(rest.substr(8, close - 8));
        } catch (const std::exception&) {
            return;
        }
        if (close == std::string::npos || index >= map.actor_lines.size()) return;
        issue.where.line = map.actor_lines[index];
        if (close + 2 < rest.size() && rest[close + 1] == '.') at_column(rest.substr(close + 2));
    }
}

std::vector<Issue> MapSheet::unused(const std::string& wide_source) const {
    std::vector<Issue> issues;
    for (const std::string& key : m_order) {
        const Map& map = m_maps.at(key);
        if (map.used) continue;
        const std::size_t a = key.find('\x1f'), b = key.find('\x1f', a + 1);
        // The code is not echoed: no validator has seen it (it may be a name).
        issues.push_back(Issue{Location{m_source, map.first_line, "", ""},
                               i18n::message("network-dimensions.sheet.unused", wide_source,
                                             key.substr(0, a), key.substr(a + 1, b - a - 1))});
    }
    return issues;
}

LongRows::Words MapLongRows::words() const {
    return {i18n::message("network-dimensions.sheet.word.sheet"),
            i18n::message("network-dimensions.sheet.word.answer"),
            i18n::message("network-dimensions.sheet.word.title")};
}

std::vector<std::string> MapLongRows::columns() const {
    return {"centre", "service", "name", "ring", "intensity", "note"};
}

std::unique_ptr<LongSheet> MapLongRows::read(const std::string& source, SheetLines& lines) const {
    return std::make_unique<MapSheet>(source, lines);
}

// A response's network map, one row per actor; a map without actors one row
// with only the centre, so that it imports back as answered.
std::optional<std::vector<std::vector<std::string>>> MapLongRows::rows(
    const Poco::Dynamic::Var& answer, char decimal) const {
    const Poco::JSON::Object::Ptr map = object_of(answer);
    const Poco::JSON::Array::Ptr actors =
        map && map->has("actors") ? array_of(map->get("actors")) : nullptr;
    if (!actors) return std::nullopt;
    const std::string centre = map->has("centre") && map->get("centre").isString()
                                   ? map->get("centre").extract<std::string>()
                                   : std::string();
    auto text = [&](const Poco::JSON::Object::Ptr& actor, const char* key) {
        if (!actor || !actor->has(key)) return std::string();
        return cell_text(actor->get(key), decimal);
    };
    std::vector<std::vector<std::string>> out;
    const std::size_t count = std::max<std::size_t>(actors->size(), 1);
    for (std::size_t i = 0; i < count; ++i) {
        const Poco::JSON::Object::Ptr actor =
            i < actors->size() ? object_of(actors->get(static_cast<unsigned>(i))) : nullptr;
        out.push_back({centre, text(actor, "service"), text(actor, "name"), text(actor, "ring"),
                       text(actor, "intensity"), text(actor, "note")});
    }
    return out;
}

}  // namespace sonda::network_dimensions
