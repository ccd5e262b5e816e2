// A response's scores packed in one row of `score_sets`: the ordered score
// names (its layout, stored once per form in `score_layouts` and referred to
// by id) and the values as one text column. A report reads one short row per
// response instead of one row per score: at a million responses that is the
// difference between seconds and a fraction of one (docs/BENCHMARKS.md).
// Text keeps the column portable (SQLite TEXT, PostgreSQL TEXT) and readable
// in a SQL shell; values use the shortest form that reads back to the same
// double, so nothing is rounded.
//
// Since schema version 4 the row also packs the response's numeric item
// answers the same way (an item layout in `item_layouts` and the `items`
// text), so the statistics over items (Cronbach's alpha) read them without
// parsing any response.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "connection.hpp"
#include "sonda/model/response.hpp"
#include "sonda/store/store.hpp"

namespace sonda::store {

// "3.25;;4" for {3.25, missing, 4}: missing and non-finite values are empty.
std::string encode_score_values(const std::vector<Score>& scores);

// Appends the values of `text` to `out` (NaN for an empty field). False when
// a field is not a number, so a damaged row is reported, not misread.
bool decode_score_values(std::string_view text, std::vector<double>& out);

// The layout of a score set: its names as a JSON array, in order.
std::string layout_names(const std::vector<Score>& scores);

// Layout ids by (form, names), created on first use. Safe against another
// writer creating the same layout at once (insert-or-ignore, then read).
class ScoreLayouts {
  public:
    explicit ScoreLayouts(Connection& connection) : m_connection(connection) {}
    ScoreLayouts(const ScoreLayouts&) = delete;  // m_last points into m_ids
    ScoreLayouts& operator=(const ScoreLayouts&) = delete;
    long long id(const std::string& form, const std::vector<Score>& scores);

  private:
    using Ids = std::map<std::pair<std::string, std::vector<std::string>>, long long>;
    Connection& m_connection;
    Ids m_ids;
    Ids::const_iterator m_last = m_ids.end();  // the layout asked for last
};

// A response's numeric item answers: every top-level key of `answers` whose
// numeric_answer() is a number, in the object's key order, and those numbers
// as "3;4.5;1" (the shortest text that reads back to the same double; -0 as
// 0, as the canonical content writes it, so the values are numeric_answer()
// over the stored content bit for bit). A
// response without any numeric answer packs to no names and the empty text
// (never NULL, see docs/store.md); a null `answers` packs to nothing too.
struct PackedItems {
    std::vector<std::string> names;
    std::string values;
};
void pack_items(const Poco::JSON::Object* answers, PackedItems& out);

// Appends the item values of `text` to `out`; `count` is the layout's size.
// False when the text is not `count` numbers (the empty text is zero numbers).
bool decode_item_values(std::string_view text, std::size_t count, std::vector<double>& out);

// Item layout ids by (form, names), created on first use like ScoreLayouts.
// Responses of a form mostly share a handful of layouts (the items everyone
// answered, a few skipped), so the cache stays small.
class ItemLayouts {
  public:
    explicit ItemLayouts(Connection& connection) : m_connection(connection) {}
    ItemLayouts(const ItemLayouts&) = delete;  // m_last points into m_ids
    ItemLayouts& operator=(const ItemLayouts&) = delete;
    long long id(const std::string& form, const std::vector<std::string>& names);

  private:
    using Ids = std::map<std::pair<std::string, std::vector<std::string>>, long long>;
    Connection& m_connection;
    Ids m_ids;
    Ids::const_iterator m_last = m_ids.end();  // the layout asked for last
};

// Scorer ids by (form, plugin, version), created on first use like the
// layouts (schema version 5). An unrecorded scorer (empty) is a row too, so
// that every score set names one.
class Scorers {
  public:
    explicit Scorers(Connection& connection) : m_connection(connection) {}
    long long id(const std::string& form, const Scorer& scorer);

    Scorers(const Scorers&) = delete;  // m_last points into m_ids
    Scorers& operator=(const Scorers&) = delete;

  private:
    using Ids = std::map<std::tuple<std::string, std::string, std::string>, long long>;
    Connection& m_connection;
    Ids m_ids;
    Ids::const_iterator m_last = m_ids.end();  // an import asks for one scorer row after row
};

// The caches a writer of score sets keeps for its transaction.
struct SetLayouts {
    explicit SetLayouts(Connection& connection)
        : scores(connection), items(connection), scorers(connection) {}
    ScoreLayouts scores;
    ItemLayouts items;
    Scorers scorers;
};

// One score set with the response's item answers (from `response.answers`),
// for the single-response paths (replace, rescore); none when the response
// has no scores.
void insert_score_set(Connection& connection, SetLayouts& layouts, const Response& response,
                      bool withdrawn, const std::vector<Score>& scores, const Scorer& scorer);

}  // namespace sonda::store
