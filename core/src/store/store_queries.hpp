// The store's data access: free functions over one Connection, grouped by
// concern, each concern's SQL in its own file (migrations.cpp,
// study_queries.cpp, form_queries.cpp, response_queries.cpp,
// score_queries.cpp, history_queries.cpp, override_queries.cpp). SociStore
// only wires them to the Store interface.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "connection.hpp"
#include "query.hpp"
#include "sonda/store/store.hpp"

namespace sonda::store {

// --- migrations.cpp
int latest_schema_version();
int schema_version(Connection& connection);
void migrate(Connection& connection);  // StorageError when the database is newer than the code
// StorageError when the database holds another program's tables and no sonda
// schema: sonda never adds its own beside them (migrate checks it too; a
// SQLite writer checks it before its first PRAGMA that writes).
void refuse_foreign_tables(Connection& connection);
// For a read-only connection: the schema version, or StorageError when the
// database holds no sonda schema or one newer than the code. Creates nothing.
int existing_schema_version(Connection& connection);

// --- access_queries.cpp
std::string token_key(Connection& connection);
void add_principal(Connection& connection, const PrincipalRecord& record, const AuditEvent& event);
std::optional<PrincipalRecord> find_token(Connection& connection, const std::string& token_id);
std::vector<Principal> load_principals(Connection& connection);
bool revoke_principal(Connection& connection, const std::string& name, const std::string& at,
                      const AuditEvent& event);
AuditEntry append_audit(Connection& connection, const AuditEvent& event);
// For a write already in its transaction (ResponseWriter::audit at commit).
void append_audit_in_transaction(Connection& connection, const std::vector<AuditEvent>& events);
void for_each_audit(Connection& connection, long long after,
                    const std::function<void(const AuditEntry&)>& visit);

// --- study_queries.cpp
bool has_study(Connection& connection);
void save_study(Connection& connection, const Study& study);
Study load_study(Connection& connection);

// --- form_queries.cpp
void save_form(Connection& connection, const FormRecord& form);
std::vector<FormRecord> load_forms(Connection& connection);
std::optional<FormRecord> load_form(Connection& connection, const std::string& id, int version);

// --- response_queries.cpp
// What a response may refer to; checked before writing so an unknown wave or
// form is an InvalidInput listing the valid values, not a foreign-key failure.
struct References {
    std::set<std::string> waves, territories, roles;
    std::set<std::pair<std::string, int>> forms;
};
References load_references(Connection& connection);
void check_references(const References& references, const Response& response,
                      std::vector<Issue>& issues);

// The study's ids in their order: waves by ord, territories and roles by position.
std::vector<std::string> wave_ids(Connection& connection);
std::vector<std::string> territory_ids(Connection& connection);
std::vector<std::string> role_ids(Connection& connection);

// One page of the responses matching a filter, in (wave order, territory,
// respondent, id) order.
struct ResponsePage {
    std::string wave;
    std::vector<std::string> id, territory, role, respondent, content;
    std::size_t size() const { return id.size(); }
};

// Pages through the matching responses with keyset pagination over the
// responses_read index, one wave at a time: memory stays at one page, no
// result set or transaction is held between pages, and both backends run the
// same SQL (SOCI's PostgreSQL backend would otherwise buffer a whole result).
class ResponsePager {
  public:
    ResponsePager(Connection& connection, const ResponseFilter& filter, bool with_content,
                  std::size_t page_size);
    bool next(ResponsePage& page);  // false when no rows are left

  private:
    struct PageStatement;  // the prepared page query with its bound slots and buffers
    void start_after(const ResponsePosition& after, const std::vector<std::string>& all_waves);

    Connection& m_connection;
    ResponseFilter m_filter;
    bool m_with_content;
    std::size_t m_page_size;
    std::vector<std::string> m_waves;  // in order, restricted to the filter
    std::size_t m_wave_index = 0;
    bool m_wave_done = true;
    std::optional<ResponsePosition> m_resume;  // where the first wave's walk starts
    std::shared_ptr<PageStatement> m_statement;
};

long long count_responses(Connection& connection, const ResponseFilter& filter);
bool any_response(Connection& connection, const ResponseFilter& filter);
std::vector<std::string> response_ids_by_write(Connection& connection,
                                               const ResponseFilter& filter);
void for_each_response(Connection& connection, const ResponseFilter& filter,
                       const std::function<void(const StoredResponse&)>& visit);
void read_responses(Connection& connection, const std::vector<std::string>& ids,
                    const std::function<void(const StoredResponse&)>& visit);

// The stored content of one response, if any (with its withdrawn flag).
struct StoredContent {
    std::string content;
    bool withdrawn = false;
};
std::optional<StoredContent> response_content(Connection& connection, const std::string& id);

// --- score_queries.cpp
// Scores of many responses: (response id, score, value) rows for `ids`.
struct ScoreRows {
    std::vector<std::string> response_id, score;
    std::vector<double> value;  // NaN when missing
};
// Score names by layout id, read once per walk over responses.
using LayoutNames = std::unordered_map<long long, std::vector<std::string>>;
LayoutNames load_layout_names(Connection& connection);
// Re-reads `layouts` if a row names a layout it lacks (one written meanwhile).
void fetch_scores(Connection& connection, LayoutNames& layouts, const std::vector<std::string>& ids,
                  ScoreRows& out);
void scan_scores(Connection& connection, const ResponseFilter& filter,
                 ScoreDictionaries& dictionaries,
                 const std::function<void(const ScoreBatch&)>& visit);

// --- rescore_queries.cpp
std::unique_ptr<ScoreRewriter> begin_rescore(Connection& connection, const std::string& form,
                                             const Scorer& scorer);
std::vector<Scorer> other_scorers(Connection& connection, const std::string& form,
                                  const Scorer& current);

// --- history_queries.cpp
void replace_response(Connection& connection, const StoredResponse& response,
                      const std::string& reason, const std::optional<AuditEvent>& audit);
void withdraw_response(Connection& connection, const std::string& id, const std::string& reason,
                       const std::optional<AuditEvent>& audit);
std::vector<HistoryEntry> load_history(Connection& connection, const std::string& id);

// --- override_queries.cpp
void save_override(Connection& connection, const CodeOverride& override_);
std::vector<CodeOverride> load_overrides(Connection& connection, const std::string& form);

// --- shared helpers (json_columns.cpp): localized names and lists as JSON text.
std::string localized_to_json(const LocalizedText& text);
LocalizedText localized_from_json(const std::string& json);
std::string strings_to_json(const std::vector<std::string>& values);
std::vector<std::string> strings_from_json(const std::string& json);

}  // namespace sonda::store
