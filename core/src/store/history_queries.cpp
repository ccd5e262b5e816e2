// Corrections of stored responses. The old content goes to response_history
// with the action, the reason and the time before the response changes, in
// the same transaction.
#include "score_sets.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kInsertHistory =
    "INSERT INTO response_history (response_id, action, old_content, reason, at) "
    "VALUES (:response_id, :action, :old_content, :reason, :at)";
constexpr const char* kSelectHistory =
    "SELECT action, old_content, reason, at FROM response_history WHERE response_id = :id ORDER BY "
    "seq";
constexpr const char* kUpdateResponse =
    "UPDATE responses SET form = :form, form_version = :form_version, wave = :wave, territory = "
    ":territory, "
    "role = :role, respondent = :respondent, content = :content, updated_at = :at WHERE id = :id";
constexpr const char* kDeleteScoreSet = "DELETE FROM score_sets WHERE response_id = :id";
constexpr const char* kWithdraw =
    "UPDATE responses SET withdrawn = 1, updated_at = :at WHERE id = :id";
constexpr const char* kWithdrawScoreSet =
    "UPDATE score_sets SET withdrawn = 1 WHERE response_id = :id";

// A second response of the respondent to the same form and wave, other than `id`.
constexpr const char* kSameRespondent =
    "SELECT id FROM responses WHERE withdrawn = 0 AND form = :form AND wave = :wave AND "
    "territory = :territory AND respondent = :respondent AND id <> :id";
// Ids are stored in lower case, but a database written before that may hold
// another spelling: the id as given, else any spelling of it.
constexpr const char* kSpellings = "SELECT id FROM responses WHERE lower(id) = :id";

std::string stored_id(Connection& connection, const std::string& id) {
    if (response_content(connection, id)) return id;
    std::string found;
    const std::string lower = canonical_response_id(id);
    connection.sql << kSpellings, soci::use(lower), soci::into(found);
    return connection.sql.got_data() ? found : id;
}

void require_reason(const std::string& id, const std::string& reason, const char* what) {
    if (reason.empty())
        throw InvalidInput(Location{"", 0, "", ""}, std::string("a reason is required to ") + what +
                                                        " response '" + id + "'");
}

StoredContent existing(Connection& connection, const std::string& id) {
    std::optional<StoredContent> stored = response_content(connection, id);
    if (!stored)
        throw InvalidInput(Location{"", 0, "$.id", ""}, "no stored response has id '" + id + "'");
    return *stored;
}

void record(Connection& connection, const std::string& id, const char* action,
            const std::string& old_content, const std::string& reason, const std::string& at) {
    const std::string action_text = action;
    connection.sql << kInsertHistory, soci::use(id), soci::use(action_text), soci::use(old_content),
        soci::use(reason), soci::use(at);
}

}  // namespace

void replace_response(Connection& connection, const StoredResponse& given,
                      const std::string& reason, const std::optional<AuditEvent>& audit) {
    StoredResponse replacement = given;
    Response& response = replacement.response;
    require_reason(response.id, reason, "replace");
    std::string content = replacement.canonical_json.empty() ? response.to_canonical_json()
                                                             : replacement.canonical_json;
    guarded(connection, "replacing a response", [&] {
        Transaction transaction(connection);
        response.id = stored_id(connection, response.id);
        if (response.id != given.response.id) content = response.to_canonical_json();
        const StoredContent old = existing(connection, response.id);
        std::vector<Issue> issues;
        check_references(load_references(connection), response, issues);
        if (!issues.empty()) throw InvalidInput(std::move(issues));
        // A correction may not make the response a second answer of another
        // respondent's (say, a respondent code corrected to one already used).
        std::string other;
        connection.sql << kSameRespondent, soci::use(response.form), soci::use(response.wave),
            soci::use(response.territory), soci::use(response.respondent), soci::use(response.id),
            soci::into(other);
        if (connection.sql.got_data())
            throw ConflictError("database " + connection.target + ": respondent '" +
                                response.respondent + "' of territory '" + response.territory +
                                "' already answered form '" + response.form + "' at wave '" +
                                response.wave + "' as response " + other + "; response " +
                                response.id + " would be a second answer");
        const std::string at = utc_now();
        record(connection, response.id, "replace", old.content, reason, at);
        long long form_version = response.form_version;
        connection.sql << kUpdateResponse, soci::use(response.form), soci::use(form_version),
            soci::use(response.wave), soci::use(response.territory), soci::use(response.role),
            soci::use(response.respondent), soci::use(content), soci::use(at),
            soci::use(response.id);
        // The score set is keyed by wave, territory and respondent, which a
        // correction may change, and packs the answers: it is written again.
        connection.sql << kDeleteScoreSet, soci::use(response.id);
        SetLayouts layouts(connection);
        insert_score_set(connection, layouts, response, old.withdrawn, replacement.scores,
                         replacement.scorer);
        if (audit) append_audit_in_transaction(connection, {*audit});
        transaction.commit();
    });
}

void withdraw_response(Connection& connection, const std::string& given_id,
                       const std::string& reason, const std::optional<AuditEvent>& audit) {
    require_reason(given_id, reason, "withdraw");
    guarded(connection, "withdrawing a response", [&] {
        Transaction transaction(connection);
        const std::string id = stored_id(connection, given_id);
        const StoredContent old = existing(connection, id);
        // Already withdrawn: nothing changes and the history records nothing.
        if (!old.withdrawn) {
            const std::string at = utc_now();
            record(connection, id, "withdraw", old.content, reason, at);
            connection.sql << kWithdraw, soci::use(at), soci::use(id);
            connection.sql << kWithdrawScoreSet, soci::use(id);
        }
        if (audit) append_audit_in_transaction(connection, {*audit});
        transaction.commit();
    });
}

std::vector<HistoryEntry> load_history(Connection& connection, const std::string& id) {
    return guarded(connection, "reading a response's history", [&] {
        std::vector<HistoryEntry> entries;
        HistoryEntry entry;
        entry.response_id = id;
        soci::statement select =
            (connection.sql.prepare << kSelectHistory, soci::use(id), soci::into(entry.action),
             soci::into(entry.old_content), soci::into(entry.reason), soci::into(entry.at));
        select.execute();
        while (select.fetch()) entries.push_back(entry);
        return entries;
    });
}

}  // namespace sonda::store
