// Reading responses: filters, counts, and the ordered pages that
// for_each_response and load_scores walk through.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "sonda/util/json.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kSelectWaveIds = "SELECT id FROM waves ORDER BY ord, id";
constexpr const char* kSelectTerritoryIds = "SELECT id FROM territories ORDER BY position, id";
constexpr const char* kSelectRoleIds = "SELECT id FROM roles ORDER BY position, id";
constexpr const char* kSelectFormKeys = "SELECT id, version FROM forms ORDER BY id, version";
constexpr const char* kSelectContent = "SELECT content, withdrawn FROM responses WHERE id = :id";
constexpr const char* kContentsOf = "SELECT id, content FROM responses WHERE id IN (";
constexpr std::size_t kIdsPerRead = 500;  // placeholders in one IN list
constexpr const char* kCount = "SELECT COUNT(*) FROM responses r";
constexpr const char* kAny = "SELECT 1 FROM responses r";
// The page query: equality on (form, wave) and a row-value range on
// (territory, respondent, id) walk the responses_read index in order.
constexpr const char* kPageColumns = "SELECT r.id, r.territory, r.role, r.respondent";
constexpr const char* kPageContent = ", r.content";
constexpr const char* kPageFrom = " FROM responses r";
constexpr const char* kPageAfter = " AND (r.territory, r.respondent, r.id) > (";
constexpr const char* kPageOrder = " ORDER BY r.territory, r.respondent, r.id LIMIT ";

// Appends " WHERE r.form = ... AND ..." for `filter`; waves only when asked
// (the pager binds one wave at a time instead).
void append_filter(Query& query, const ResponseFilter& filter, bool with_waves) {
    query.sql(" WHERE r.form = ");
    query.text(filter.form);
    if (filter.form_version) {
        query.sql(" AND r.form_version = ");
        query.integer(*filter.form_version);
    }
    if (with_waves && !filter.waves.empty()) query.sql(" AND r.wave IN ").text_list(filter.waves);
    if (!filter.territories.empty())
        query.sql(" AND r.territory IN ").text_list(filter.territories);
    if (!filter.roles.empty()) query.sql(" AND r.role IN ").text_list(filter.roles);
    if (!filter.include_withdrawn) query.sql(" AND r.withdrawn = 0");
}

void require_form(const ResponseFilter& filter) {
    if (filter.form.empty())
        throw InvalidInput(Location{"", 0, "", ""}, "reading responses needs the form they answer");
}

std::vector<std::string> select_ids(Connection& connection, const char* sql) {
    std::vector<std::string> ids;
    std::string id;
    soci::statement select = (connection.sql.prepare << sql, soci::into(id));
    select.execute();
    while (select.fetch()) ids.push_back(id);
    return ids;
}

std::string listing(const std::set<std::string>& values) {
    std::string text;
    for (const std::string& value : values) text += (text.empty() ? "" : ", ") + value;
    return text.empty() ? "none declared" : text;
}

}  // namespace

std::vector<std::string> wave_ids(Connection& connection) {
    return select_ids(connection, kSelectWaveIds);
}
std::vector<std::string> territory_ids(Connection& connection) {
    return select_ids(connection, kSelectTerritoryIds);
}
std::vector<std::string> role_ids(Connection& connection) {
    return select_ids(connection, kSelectRoleIds);
}

References load_references(Connection& connection) {
    return guarded(connection, "loading the study's ids", [&] {
        References references;
        for (const std::string& id : select_ids(connection, kSelectWaveIds))
            references.waves.insert(id);
        for (const std::string& id : select_ids(connection, kSelectTerritoryIds))
            references.territories.insert(id);
        for (const std::string& id : select_ids(connection, kSelectRoleIds))
            references.roles.insert(id);
        std::string id;
        long long version = 0;
        soci::statement select =
            (connection.sql.prepare << kSelectFormKeys, soci::into(id), soci::into(version));
        select.execute();
        while (select.fetch()) references.forms.insert({id, static_cast<int>(version)});
        return references;
    });
}

void check_references(const References& references, const Response& response,
                      std::vector<Issue>& issues) {
    const auto check = [&](const std::set<std::string>& valid, const std::string& value,
                           const char* what) {
        if (valid.count(value)) return;
        issues.push_back({Location{"", 0, std::string("$.") + what, ""},
                          "response '" + response.id + "': unknown " + what + " '" + value +
                              "' (valid: " + listing(valid) + ")"});
    };
    check(references.waves, response.wave, "wave");
    check(references.territories, response.territory, "territory");
    check(references.roles, response.role, "role");
    if (!references.forms.count({response.form, response.form_version})) {
        std::set<std::string> forms;
        for (const auto& [id, version] : references.forms)
            forms.insert(id + " v" + std::to_string(version));
        issues.push_back({Location{"", 0, "$.form", ""},
                          "response '" + response.id + "': unknown form '" + response.form +
                              "' version " + std::to_string(response.form_version) +
                              " (stored forms: " + listing(forms) + ")"});
    }
}

ResponsePager::ResponsePager(Connection& connection, const ResponseFilter& filter,
                             bool with_content, std::size_t page_size)
    : m_connection(connection),
      m_filter(filter),
      m_with_content(with_content),
      // Pages of at least two rows: with one-row vectors SOCI 4.0's SQLite
      // backend gave the content back empty, so a limit of 1 failed as
      // "malformed JSON" (PostgreSQL was right).
      m_page_size(std::max<std::size_t>(page_size, 2)) {
    require_form(filter);
    guarded(connection, "reading responses", [&] {
        const std::vector<std::string> all = select_ids(connection, kSelectWaveIds);
        for (const std::string& wave : all) {
            const bool wanted =
                filter.waves.empty() ||
                std::find(filter.waves.begin(), filter.waves.end(), wave) != filter.waves.end();
            if (wanted) m_waves.push_back(wave);
        }
        if (filter.after) start_after(*filter.after, all);
    });
}

void ResponsePager::start_after(const ResponsePosition& after,
                                const std::vector<std::string>& all) {
    // The waves before the cursor's are done; within its wave the row-value
    // range starts after it. A cursor naming no wave of the study reads
    // nothing rather than everything again.
    const auto cursor_wave = std::find(all.begin(), all.end(), after.wave);
    if (cursor_wave == all.end()) {
        m_wave_index = m_waves.size();
        return;
    }
    while (m_wave_index < m_waves.size() &&
           std::find(all.begin(), cursor_wave, m_waves[m_wave_index]) != cursor_wave)
        ++m_wave_index;
    if (m_wave_index < m_waves.size() && m_waves[m_wave_index] == after.wave) m_resume = after;
}

struct ResponsePager::PageStatement {
    Query query;
    std::string* wave = nullptr;
    std::string *territory = nullptr, *respondent = nullptr, *id = nullptr;
    std::vector<std::string> ids, territories, roles, respondents, contents;
    std::unique_ptr<soci::statement> statement;
};

bool ResponsePager::next(ResponsePage& page) {
    return guarded(m_connection, "reading responses", [&] {
        // One statement for the whole walk, re-bound per wave and page.
        if (!m_statement) {
            auto prepared = std::make_shared<PageStatement>();
            Query& query = prepared->query;
            query.sql(kPageColumns);
            if (m_with_content) query.sql(kPageContent);
            query.sql(kPageFrom);
            append_filter(query, m_filter, false);
            query.sql(" AND r.wave = ");
            prepared->wave = &query.text("");
            query.sql(kPageAfter);
            prepared->territory = &query.text("");
            query.sql(", ");
            prepared->respondent = &query.text("");
            query.sql(", ");
            prepared->id = &query.text("");
            query.sql(")");
            query.sql(kPageOrder + std::to_string(m_page_size));
            prepared->statement = std::make_unique<soci::statement>(m_connection.sql);
            soci::statement& statement = *prepared->statement;
            statement.exchange(soci::into(prepared->ids));
            statement.exchange(soci::into(prepared->territories));
            statement.exchange(soci::into(prepared->roles));
            statement.exchange(soci::into(prepared->respondents));
            if (m_with_content) statement.exchange(soci::into(prepared->contents));
            prepare(statement, query);
            m_statement = prepared;
        }
        PageStatement& prepared = *m_statement;
        while (m_wave_index < m_waves.size()) {
            if (m_wave_done) {
                *prepared.wave = m_waves[m_wave_index];
                prepared.territory->clear();
                prepared.respondent->clear();
                prepared.id->clear();
                if (m_resume) {
                    *prepared.territory = m_resume->territory;
                    *prepared.respondent = m_resume->respondent;
                    *prepared.id = m_resume->id;
                    m_resume.reset();
                }
                m_wave_done = false;
            }
            prepared.ids.resize(m_page_size);
            prepared.territories.resize(m_page_size);
            prepared.roles.resize(m_page_size);
            prepared.respondents.resize(m_page_size);
            if (m_with_content) prepared.contents.resize(m_page_size);
            prepared.statement->execute(true);
            const std::size_t rows = prepared.ids.size();
            if (rows < m_page_size) {
                m_wave_done = true;
                ++m_wave_index;
            }
            if (rows == 0) continue;
            page.wave = *prepared.wave;
            *prepared.territory = prepared.territories.back();
            *prepared.respondent = prepared.respondents.back();
            *prepared.id = prepared.ids.back();
            page.id.swap(prepared.ids);
            page.territory.swap(prepared.territories);
            page.role.swap(prepared.roles);
            page.respondent.swap(prepared.respondents);
            page.content.swap(prepared.contents);
            return true;
        }
        return false;
    });
}

long long count_responses(Connection& connection, const ResponseFilter& filter) {
    require_form(filter);
    return guarded(connection, "counting responses", [&] {
        Query query;
        query.sql(kCount);
        append_filter(query, filter, true);
        long long count = 0;
        soci::statement statement(connection.sql);
        statement.exchange(soci::into(count));
        prepare(statement, query);
        statement.execute(true);
        return count;
    });
}

bool any_response(Connection& connection, const ResponseFilter& filter) {
    require_form(filter);
    return guarded(connection, "looking for responses", [&] {
        Query query;
        query.sql(kAny);
        append_filter(query, filter, true);
        query.sql(" LIMIT 1");
        long long found = 0;
        soci::indicator present = soci::i_null;
        soci::statement statement(connection.sql);
        statement.exchange(soci::into(found, present));
        prepare(statement, query);
        return statement.execute(true) && present == soci::i_ok;
    });
}

std::vector<std::string> response_ids_by_write(Connection& connection,
                                               const ResponseFilter& filter) {
    require_form(filter);
    return guarded(connection, "listing responses", [&] {
        Query query;
        query.sql("SELECT r.id FROM responses r");
        append_filter(query, filter, true);
        query.sql(" ORDER BY r.updated_at, r.id");
        std::vector<std::string> ids;
        std::string id;
        soci::statement statement(connection.sql);
        statement.exchange(soci::into(id));
        prepare(statement, query);
        statement.execute();
        while (statement.fetch()) ids.push_back(id);
        return ids;
    });
}

void for_each_response(Connection& connection, const ResponseFilter& filter,
                       const std::function<void(const StoredResponse&)>& visit) {
    if (filter.limit && *filter.limit < 0)
        throw InvalidInput(Location{}, "a limit on responses read cannot be negative");
    long long left = filter.limit.value_or(-1);  // -1: no limit
    if (left == 0) return;
    // `left` stops the walk on time whatever the page size.
    const std::size_t page_size =
        left > 0 ? static_cast<std::size_t>(std::min<long long>(left, 500)) : 500;
    ResponsePager pager(connection, filter, true, page_size);
    ResponsePage page;
    ScoreRows scores;
    LayoutNames layouts = filter.with_scores ? load_layout_names(connection) : LayoutNames{};
    while (left != 0 && pager.next(page)) {
        if (filter.with_scores) fetch_scores(connection, layouts, page.id, scores);
        std::unordered_map<std::string_view, std::vector<Score>> by_response;
        for (std::size_t i = 0; i < scores.response_id.size(); ++i) {
            std::optional<double> value;
            if (!std::isnan(scores.value[i])) value = scores.value[i];
            by_response[scores.response_id[i]].push_back(Score{scores.score[i], value});
        }
        StoredResponse stored;
        for (std::size_t i = 0; i < page.size(); ++i) {
            const Location where{connection.target, 0, "", page.id[i]};
            stored.response = Response::from_json(*parse_json_object(page.content[i], where));
            stored.canonical_json = std::move(page.content[i]);
            auto found = by_response.find(page.id[i]);
            stored.scores =
                found == by_response.end() ? std::vector<Score>{} : std::move(found->second);
            visit(stored);
            if (left > 0 && --left == 0) return;
        }
    }
}

void read_responses(Connection& connection, const std::vector<std::string>& ids,
                    const std::function<void(const StoredResponse&)>& visit) {
    if (ids.empty()) return;
    guarded(connection, "reading responses", [&] {
        // One IN list of fixed length, prepared once; the last chunk is padded
        // with the empty id, which no response has.
        Query query;
        query.sql(kContentsOf);
        std::vector<std::string*> slots;
        for (std::size_t i = 0; i < std::min(kIdsPerRead, ids.size()); ++i) {
            query.sql(i ? ", " : "");
            slots.push_back(&query.text(""));
        }
        query.sql(")");
        std::vector<std::string> id(slots.size()), content(slots.size());
        soci::statement statement(connection.sql);
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(content));
        prepare(statement, query);
        StoredResponse stored;
        for (std::size_t start = 0; start < ids.size(); start += slots.size()) {
            for (std::size_t i = 0; i < slots.size(); ++i)
                *slots[i] = start + i < ids.size() ? ids[start + i] : std::string();
            // At least two rows per fetch: SOCI 4.0's SQLite backend returns
            // an empty text into a one-row vector (see ResponsePager).
            id.resize(std::max<std::size_t>(slots.size(), 2));
            content.resize(id.size());
            statement.execute();
            while (statement.fetch()) {
                for (std::size_t row = 0; row < id.size(); ++row) {
                    const Location where{connection.target, 0, "", id[row]};
                    stored.response = Response::from_json(*parse_json_object(content[row], where));
                    stored.canonical_json = std::move(content[row]);
                    visit(stored);
                }
            }
        }
    });
}

std::optional<StoredContent> response_content(Connection& connection, const std::string& id) {
    return guarded(connection, "reading a response", [&]() -> std::optional<StoredContent> {
        StoredContent stored;
        long long withdrawn = 0;
        connection.sql << kSelectContent, soci::use(id), soci::into(stored.content),
            soci::into(withdrawn);
        if (!connection.sql.got_data()) return std::nullopt;
        stored.withdrawn = withdrawn != 0;
        return stored;
    });
}

}  // namespace sonda::store
