// The network-map sheet (docs/csv.md, "Network maps, one actor per row"): a
// CSV beside a wide sheet, one row per actor placed on a respondent's map,
// given to the importer with --maps. It is read whole first (a map has at
// most max_actors rows a response); each wide row then takes the map rows of
// its wave, territory and respondent as the answer of the form's network_map
// item, and the problems the instrument finds in that answer are moved back
// to the map row of the actor they are about.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "sonda/error.hpp"

namespace sonda::io {

class MapSheet {
  public:
    // One response's rows.
    struct Map {
        long long first_line = 0;
        std::string centre;
        long long centre_line = 0;
        std::vector<long long> actor_lines;  // the line of each actor, in order
        Poco::JSON::Array::Ptr actors = new Poco::JSON::Array;
        bool used = false;
    };

    // Reads the sheet at `path`; throws InvalidInput with every problem found
    // (header, cells, two centres for one response, a form or item that changes).
    explicit MapSheet(const std::string& path);

    const std::string& source() const { return m_source; }
    // The `form` and `item` columns' value (empty when absent or empty), with
    // the line that gave it.
    const std::string& form() const { return m_form; }
    long long form_line() const { return m_form_line; }
    const std::string& item() const { return m_item; }
    long long item_line() const { return m_item_line; }

    // The rows of this response, or null.
    Map* find(const std::string& wave, const std::string& territory, const std::string& respondent);
    // The answer of the network_map item, {"centre", "actors"}.
    static Poco::JSON::Object::Ptr answer(const Map& map);
    // An issue the validator found in a response whose map came from here:
    // when it is about the map item, it moves to the map row it is about.
    void relocate(const Map& map, const std::string& item, Issue& issue) const;
    // A problem for every response of the sheet that no wide row took.
    std::vector<Issue> unused(const std::string& wide_source) const;

  private:
    std::string m_source;
    std::string m_form, m_item;
    long long m_form_line = 0, m_item_line = 0;
    std::vector<std::string> m_order;  // keys in the order of their first row
    std::unordered_map<std::string, Map> m_maps;
};

}  // namespace sonda::io
