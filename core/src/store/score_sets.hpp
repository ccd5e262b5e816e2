// A response's scores packed in one row of `score_sets`: the ordered score
// names (its layout, stored once per form in `score_layouts` and referred to
// by id) and the values as one text column. A report reads one short row per
// response instead of one row per score: at a million responses that is the
// difference between seconds and a fraction of one (docs/BENCHMARKS.md).
// Text keeps the column portable (SQLite TEXT, PostgreSQL TEXT) and readable
// in a SQL shell; values use the shortest form that reads back to the same
// double, so nothing is rounded.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "connection.hpp"
#include "sonda/model/response.hpp"

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
    long long id(const std::string& form, const std::vector<Score>& scores);

  private:
    Connection& m_connection;
    std::map<std::pair<std::string, std::string>, long long> m_ids;
};

// One score set, for the single-response paths (replace, migration); none
// when the response has no scores.
void insert_score_set(Connection& connection, ScoreLayouts& layouts, const Response& response,
                      bool withdrawn, const std::vector<Score>& scores);

}  // namespace sonda::store
