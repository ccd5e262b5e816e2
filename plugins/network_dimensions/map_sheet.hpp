// The network-map sheet (docs/csv.md, "Network maps, one actor per row"): a
// CSV beside a wide sheet, one row per actor placed on a respondent's map,
// given to the importer with --maps and written by the exporter the same way
// (sonda/plugin/long_rows.hpp). It is read whole first (a map has at most
// max_actors rows a response); each wide row then takes the map rows of its
// wave, territory and respondent as the answer of the form's network_map
// item, and the problems the instrument finds in that answer are moved back
// to the map row of the actor they are about.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "sonda/plugin/long_rows.hpp"

namespace sonda::network_dimensions {

class MapSheet final : public LongSheet {
  public:
    // Reads the sheet; throws InvalidInput with every problem found (header,
    // cells, two centres for one response, a form or item that changes).
    MapSheet(const std::string& source, SheetLines& lines);

    std::string form() const override { return m_form; }
    long long form_line() const override { return m_form_line; }
    std::string item() const override { return m_item; }
    long long item_line() const override { return m_item_line; }
    std::optional<long long> first_line(const std::string& wave, const std::string& territory,
                                        const std::string& respondent) const override;
    // The answer of the network_map item, {"centre", "actors"}.
    Poco::Dynamic::Var take(const std::string& wave, const std::string& territory,
                            const std::string& respondent) override;
    void touch(const std::string& wave, const std::string& territory,
               const std::string& respondent) override;
    void relocate(const std::string& wave, const std::string& territory,
                  const std::string& respondent, const std::string& item,
                  Issue& issue) const override;
    std::vector<Issue> unused(const std::string& wide_source) const override;

  private:
    // One response's rows.
    struct Map {
        long long first_line = 0;
        std::string centre;
        long long centre_line = 0;
        std::vector<long long> actor_lines;  // the line of each actor, in order
        Poco::JSON::Array::Ptr actors = new Poco::JSON::Array;
        bool used = false;
    };
    const Map* find(const std::string& wave, const std::string& territory,
                    const std::string& respondent) const;

    std::string m_source;
    std::string m_form, m_item;
    long long m_form_line = 0, m_item_line = 0;
    std::vector<std::string> m_order;  // keys in the order of their first row
    std::unordered_map<std::string, Map> m_maps;
};

// What the network_map item type says about its sheet (NetworkMapItemType::long_rows).
class MapLongRows final : public LongRows {
  public:
    // In the message language of the operation (sonda/i18n/message_language.hpp).
    Words words() const override;
    std::vector<std::string> columns() const override;
    std::unique_ptr<LongSheet> read(const std::string& source, SheetLines& lines) const override;
    std::optional<std::vector<std::vector<std::string>>> rows(const Poco::Dynamic::Var& answer,
                                                              char decimal) const override;
};

}  // namespace sonda::network_dimensions
