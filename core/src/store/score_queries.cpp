// Scores: read in bulk for pages of responses and dictionary-encoded for the
// statistics, so a million responses with several scores each stay small.
#include <cmath>
#include <limits>
#include <unordered_map>

#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr std::size_t kIdsPerQuery = 500;     // placeholders in one IN list
constexpr std::size_t kRowsPerFetch = 10000;  // rows moved per bulk fetch
constexpr const char* kScoresOf =
    "SELECT response_id, score, value FROM scores WHERE response_id IN ";
constexpr const char* kInsertScore =
    "INSERT INTO scores (response_id, score, value) VALUES (:response_id, :score, :value)";

class Dictionary {
  public:
    explicit Dictionary(std::vector<std::string>& names) : m_names(names) {}
    std::int32_t code(const std::string& name) {
        auto [found, added] = m_codes.try_emplace(name, static_cast<std::int32_t>(m_names.size()));
        if (added) m_names.push_back(name);
        return found->second;
    }

  private:
    std::vector<std::string>& m_names;
    std::unordered_map<std::string, std::int32_t> m_codes;
};

}  // namespace

void fetch_scores(Connection& connection, const std::vector<std::string>& ids, ScoreRows& out) {
    out.response_id.clear();
    out.score.clear();
    out.value.clear();
    if (ids.empty()) return;
    guarded(connection, "reading scores", [&] {
        // One IN list of fixed length, prepared once; the last chunk is padded
        // with the empty id, which no response has.
        Query query;
        query.sql(kScoresOf);
        std::vector<std::string*> slots;
        query.sql("(");
        for (std::size_t i = 0; i < std::min(kIdsPerQuery, ids.size()); ++i) {
            query.sql(i ? ", " : "");
            slots.push_back(&query.text(""));
        }
        query.sql(")");
        std::vector<std::string> response_id(kRowsPerFetch), score(kRowsPerFetch);
        std::vector<double> value(kRowsPerFetch);
        std::vector<soci::indicator> present(kRowsPerFetch);
        soci::statement statement(connection.sql);
        statement.exchange(soci::into(response_id));
        statement.exchange(soci::into(score));
        statement.exchange(soci::into(value, present));
        prepare(statement, query);
        for (std::size_t start = 0; start < ids.size(); start += slots.size()) {
            for (std::size_t i = 0; i < slots.size(); ++i)
                *slots[i] = start + i < ids.size() ? ids[start + i] : std::string();
            response_id.resize(kRowsPerFetch);
            score.resize(kRowsPerFetch);
            value.resize(kRowsPerFetch);
            present.resize(kRowsPerFetch);
            statement.execute();
            while (statement.fetch()) {
                for (std::size_t row = 0; row < response_id.size(); ++row) {
                    out.response_id.push_back(std::move(response_id[row]));
                    out.score.push_back(std::move(score[row]));
                    out.value.push_back(present[row] == soci::i_ok
                                            ? value[row]
                                            : std::numeric_limits<double>::quiet_NaN());
                }
            }
        }
    });
}

ScoreColumns load_scores(Connection& connection, const ResponseFilter& filter) {
    ScoreColumns columns;
    Dictionary scores(columns.scores), waves(columns.waves), territories(columns.territories),
        roles(columns.roles), respondents(columns.respondents);
    ResponsePager pager(connection, filter, false, 2000);
    ResponsePage page;
    ScoreRows rows;
    std::unordered_map<std::string_view, std::size_t> row_of;
    while (pager.next(page)) {
        fetch_scores(connection, page.id, rows);
        row_of.clear();
        for (std::size_t i = 0; i < page.size(); ++i) row_of.emplace(page.id[i], i);
        const std::int32_t wave = waves.code(page.wave);
        for (std::size_t i = 0; i < rows.response_id.size(); ++i) {
            const std::size_t response = row_of.at(rows.response_id[i]);
            columns.score.push_back(scores.code(rows.score[i]));
            columns.wave.push_back(wave);
            columns.territory.push_back(territories.code(page.territory[response]));
            columns.role.push_back(roles.code(page.role[response]));
            columns.respondent.push_back(respondents.code(page.respondent[response]));
            columns.value.push_back(rows.value[i]);
        }
    }
    return columns;
}

void insert_scores(Connection& connection, const std::string& response_id,
                   const std::vector<Score>& scores) {
    for (const Score& score : scores) {
        double value = 0;
        soci::indicator present = soci::i_null;
        if (score.value && std::isfinite(*score.value)) {
            value = *score.value;
            present = soci::i_ok;
        }
        connection.sql << kInsertScore, soci::use(response_id), soci::use(score.name),
            soci::use(value, present);
    }
}

}  // namespace sonda::store
