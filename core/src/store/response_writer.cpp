#include "response_writer.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace sonda::store {

namespace {

constexpr std::size_t kIdsPerLookup = 500;
// Rows an import writes into PostgreSQL before it first refreshes the
// planner's statistics (refresh_statistics).
constexpr long long kAnalyzeFrom = 5000;
constexpr const char* kLookup = "SELECT id, content FROM responses WHERE id IN ";
// One (form, wave, territory, respondent) a term: each term is a lookup in the
// index responses_read, so the check costs no scan however large the table.
constexpr std::size_t kRespondentsPerLookup = 100;
constexpr const char* kRespondentLookup =
    "SELECT id, form, wave, territory, respondent FROM responses WHERE withdrawn = 0 AND (";
constexpr const char* kInsertResponses =
    "INSERT INTO responses (id, form, form_version, wave, territory, role, respondent, content, "
    "created_at, "
    "updated_at)";
constexpr const char* kInsertScoreSets =
    "INSERT INTO score_sets (form, wave, territory, respondent, response_id, form_version, role, "
    "layout, vals, item_layout, items, scorer)";

enum ResponseColumn {
    c_id,
    c_form,
    c_form_version,
    c_wave,
    c_territory,
    c_role,
    c_respondent,
    c_content,
    c_created_at,
    c_updated_at
};
enum ScoreSetColumn {
    s_form,
    s_wave,
    s_territory,
    s_respondent,
    s_response_id,
    s_form_version,
    s_role,
    s_layout,
    s_vals,
    s_item_layout,
    s_items,
    s_scorer
};

using Type = BulkInsert::Type;

std::string id_list(const std::vector<std::string>& ids) {
    constexpr std::size_t kShown = 10;
    std::string text;
    for (std::size_t i = 0; i < ids.size() && i < kShown; ++i) text += (i ? ", " : "") + ids[i];
    if (ids.size() > kShown) text += " and " + std::to_string(ids.size() - kShown) + " more";
    return text;
}

// Respondents are codes within a territory: the same code in two territories
// is two people.
std::string respondent_key(const std::string& form, const std::string& wave,
                           const std::string& territory, const std::string& respondent) {
    std::string key;
    key.reserve(form.size() + wave.size() + territory.size() + respondent.size() + 3);
    key.append(form).append(1, '\x1f').append(wave).append(1, '\x1f').append(territory);
    key.append(1, '\x1f').append(respondent);
    return key;
}

std::string second_answer(const Response& response, const std::string& first_id) {
    return "respondent '" + response.respondent + "' of territory '" + response.territory +
           "' answered form '" + response.form + "' at wave '" + response.wave +
           "' twice: response " + first_id + " and response " + response.id;
}

}  // namespace

SociResponseWriter::SociResponseWriter(Connection& connection)
    : m_connection(connection),
      m_responses(connection, kInsertResponses,
                  {{"id", Type::text},
                   {"form", Type::text},
                   {"form_version", Type::integer},
                   {"wave", Type::text},
                   {"territory", Type::text},
                   {"role", Type::text},
                   {"respondent", Type::text},
                   {"content", Type::text},
                   {"created_at", Type::text},
                   {"updated_at", Type::text}}),
      m_score_sets(connection, kInsertScoreSets,
                   {{"form", Type::text},
                    {"wave", Type::text},
                    {"territory", Type::text},
                    {"respondent", Type::text},
                    {"response_id", Type::text},
                    {"form_version", Type::integer},
                    {"role", Type::text},
                    {"layout", Type::integer},
                    {"vals", Type::text},
                    {"item_layout", Type::integer},
                    {"items", Type::text},
                    {"scorer", Type::integer}}),
      m_layouts(connection),
      m_item_layouts(connection),
      m_scorers(connection) {
    m_transaction = std::make_unique<Transaction>(connection);
    // Before any lookup: the checks below (id stored? respondent answered?)
    // are only exact when no other import writes meanwhile.
    lock_responses_for_import(connection);
    m_references = load_references(connection);
    m_now = utc_now();
    guarded(connection, "preparing the response lookup", [&] {
        m_lookup_query.sql(kLookup).sql("(");
        for (std::size_t i = 0; i < kIdsPerLookup; ++i) {
            m_lookup_query.sql(i ? ", " : "");
            m_lookup_slots.push_back(&m_lookup_query.text(""));
        }
        m_lookup_query.sql(")");
        m_lookup = std::make_unique<soci::statement>(connection.sql);
        m_lookup->exchange(soci::into(m_found_id));
        m_lookup->exchange(soci::into(m_found_content));
        m_found_id.resize(kIdsPerLookup);
        m_found_content.resize(kIdsPerLookup);
        prepare(*m_lookup, m_lookup_query);

        m_respondent_query.sql(kRespondentLookup);
        for (std::size_t i = 0; i < kRespondentsPerLookup; ++i) {
            m_respondent_query.sql(i ? " OR (form = " : "(form = ");
            m_respondent_slots.push_back(&m_respondent_query.text(""));
            m_respondent_query.sql(" AND wave = ");
            m_respondent_slots.push_back(&m_respondent_query.text(""));
            m_respondent_query.sql(" AND territory = ");
            m_respondent_slots.push_back(&m_respondent_query.text(""));
            m_respondent_query.sql(" AND respondent = ");
            m_respondent_slots.push_back(&m_respondent_query.text(""));
            m_respondent_query.sql(")");
        }
        m_respondent_query.sql(")");
        m_respondent_lookup = std::make_unique<soci::statement>(connection.sql);
        m_respondent_lookup->exchange(soci::into(m_same_id));
        m_respondent_lookup->exchange(soci::into(m_same_form));
        m_respondent_lookup->exchange(soci::into(m_same_wave));
        m_respondent_lookup->exchange(soci::into(m_same_territory));
        m_respondent_lookup->exchange(soci::into(m_same_respondent));
        for (auto* column :
             {&m_same_id, &m_same_form, &m_same_wave, &m_same_territory, &m_same_respondent})
            column->resize(kIdsPerLookup);
        prepare(*m_respondent_lookup, m_respondent_query);
    });
}

// The statements go before the transaction ends (members are destroyed in
// reverse order, so m_transaction rolls back last).
SociResponseWriter::~SociResponseWriter() = default;

WriteResult SociResponseWriter::write(const std::vector<StoredResponse>& batch) {
    if (!m_transaction)
        throw StorageError("database " + m_connection.target +
                           ": this write was already committed");
    if (m_broken)
        throw StorageError("database " + m_connection.target +
                           ": an earlier batch of this write failed; nothing of it will be stored");
    WriteResult result;
    if (batch.empty()) return result;

    // 1. The batch on its own: contents, references, ids repeated in it.
    std::vector<std::string> computed(batch.size());
    std::vector<const std::string*> contents(batch.size());
    std::vector<Issue> issues;
    std::unordered_map<std::string_view, std::size_t> first_of;
    std::unordered_map<std::string, std::size_t> first_answer;  // respondent_key -> entry
    std::vector<std::string> second_answers;
    std::vector<std::string> second_ids;  // the later response of each second answer
    std::vector<std::size_t> candidates;
    candidates.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const Response& response = batch[i].response;
        if (batch[i].canonical_json.empty()) computed[i] = response.to_canonical_json();
        contents[i] = batch[i].canonical_json.empty() ? &computed[i] : &batch[i].canonical_json;
        if (response.id.empty()) {
            issues.push_back(
                {Location{"", 0, "$.id", ""}, "a response without an id cannot be stored"});
            continue;
        }
        check_references(m_references, response, issues);
        const auto [first, added] = first_of.emplace(response.id, i);
        if (added) {
            candidates.push_back(i);
            const auto [answer, fresh] =
                first_answer.emplace(respondent_key(response.form, response.wave,
                                                    response.territory, response.respondent),
                                     i);
            if (!fresh) {
                second_answers.push_back(
                    second_answer(response, batch[answer->second].response.id));
                second_ids.push_back(response.id);
            }
        } else if (*contents[first->second] == *contents[i]) {
            ++result.unchanged;
        } else {
            issues.push_back(
                {Location{"", 0, "$.id", ""}, "response id '" + response.id +
                                                  "' appears twice in the input with different "
                                                  "content (batch entries " +
                                                  std::to_string(first->second + 1) + " and " +
                                                  std::to_string(i + 1) + ")"});
        }
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    if (!second_answers.empty()) throw_second_answers(second_answers, second_ids);

    // 2. Against the database: same content is a no-op, different is a conflict.
    std::vector<const std::string*> ids;
    ids.reserve(candidates.size());
    for (std::size_t i : candidates) ids.push_back(&batch[i].response.id);
    std::unordered_map<std::string, std::string> stored;
    find_stored(ids, stored);
    std::vector<std::string> conflicts;
    std::vector<std::size_t> rows;
    rows.reserve(candidates.size());
    for (std::size_t i : candidates) {
        auto found = stored.find(batch[i].response.id);
        if (found == stored.end())
            rows.push_back(i);
        else if (found->second == *contents[i])
            ++result.unchanged;
        else
            conflicts.push_back(batch[i].response.id);
    }
    if (!conflicts.empty()) {
        const std::string message =
            "database " + m_connection.target + ": " + std::to_string(conflicts.size()) +
            " response id(s) are already stored with different content: " + id_list(conflicts) +
            " (a response id is unique; a corrected response needs `replace`)";
        throw ConflictError(message, std::move(conflicts));
    }
    find_second_answers(batch, rows, second_answers, second_ids);
    if (!second_answers.empty()) throw_second_answers(second_answers, second_ids);

    // 3. Insert.
    insert(batch, rows, contents);
    result.inserted = static_cast<long long>(rows.size());
    return result;
}

void SociResponseWriter::find_stored(const std::vector<const std::string*>& ids,
                                     std::unordered_map<std::string, std::string>& stored) {
    guarded(m_connection, "looking up stored responses", [&] {
        try {
            for (std::size_t start = 0; start < ids.size(); start += kIdsPerLookup) {
                for (std::size_t i = 0; i < kIdsPerLookup; ++i)
                    *m_lookup_slots[i] = start + i < ids.size() ? *ids[start + i] : std::string();
                m_found_id.resize(kIdsPerLookup);
                m_found_content.resize(kIdsPerLookup);
                m_lookup->execute(true);
                for (std::size_t row = 0; row < m_found_id.size(); ++row)
                    stored.emplace(std::move(m_found_id[row]), std::move(m_found_content[row]));
            }
        } catch (const soci::soci_error&) {
            m_broken = true;  // on PostgreSQL the transaction is aborted now
            throw;
        }
    });
}

void SociResponseWriter::find_second_answers(const std::vector<StoredResponse>& batch,
                                             const std::vector<std::size_t>& rows,
                                             std::vector<std::string>& conflicts,
                                             std::vector<std::string>& ids) {
    guarded(m_connection, "looking up the respondents' earlier responses", [&] {
        try {
            for (std::size_t start = 0; start < rows.size(); start += kRespondentsPerLookup) {
                std::unordered_map<std::string, std::size_t> wanted;  // respondent_key -> row
                for (std::size_t k = 0; k < kRespondentsPerLookup; ++k) {
                    std::string** slot = &m_respondent_slots[4 * k];
                    if (start + k < rows.size()) {
                        const Response& response = batch[rows[start + k]].response;
                        *slot[0] = response.form;
                        *slot[1] = response.wave;
                        *slot[2] = response.territory;
                        *slot[3] = response.respondent;
                        wanted.emplace(respondent_key(response.form, response.wave,
                                                      response.territory, response.respondent),
                                       rows[start + k]);
                    } else {
                        for (int c = 0; c < 4; ++c) slot[c]->clear();  // matches no response
                    }
                }
                // A respondent's rows fit one fetch: there is at most one stored
                // answer per key, unless an older database already holds more.
                for (auto* column : {&m_same_id, &m_same_form, &m_same_wave, &m_same_territory,
                                     &m_same_respondent})
                    column->resize(kIdsPerLookup);
                bool more = m_respondent_lookup->execute(true);
                for (;;) {
                    for (std::size_t row = 0; row < m_same_id.size(); ++row) {
                        const auto found = wanted.find(
                            respondent_key(m_same_form[row], m_same_wave[row],
                                           m_same_territory[row], m_same_respondent[row]));
                        if (found == wanted.end()) continue;
                        const Response& response = batch[found->second].response;
                        if (m_same_id[row] != response.id) {
                            conflicts.push_back(second_answer(response, m_same_id[row]));
                            ids.push_back(response.id);
                        }
                    }
                    if (!more) break;
                    more = m_respondent_lookup->fetch();
                }
            }
        } catch (const soci::soci_error&) {
            m_broken = true;
            throw;
        }
    });
}

void SociResponseWriter::throw_second_answers(const std::vector<std::string>& conflicts,
                                              std::vector<std::string> ids) const {
    constexpr std::size_t kShown = 10;
    std::string text =
        "database " + m_connection.target + ": " + std::to_string(conflicts.size()) +
        (conflicts.size() == 1 ? " response is a second answer" : " responses are second answers") +
        " of a respondent to one form and wave (a correction keeps the first "
        "response's id and is stored with `replace`, or withdraw the first):";
    for (std::size_t i = 0; i < conflicts.size() && i < kShown; ++i) text += "\n" + conflicts[i];
    if (conflicts.size() > kShown)
        text += "\nand " + std::to_string(conflicts.size() - kShown) + " more";
    throw ConflictError(text, std::move(ids));
}

void SociResponseWriter::insert(const std::vector<StoredResponse>& batch,
                                const std::vector<std::size_t>& rows,
                                const std::vector<const std::string*>& contents) {
    if (rows.empty()) return;
    guarded(m_connection, "storing responses", [&] {
        try {
            for (std::size_t i : rows) {
                const Response& response = batch[i].response;
                m_responses.text(c_id).push_back(response.id);
                m_responses.text(c_form).push_back(response.form);
                m_responses.integer(c_form_version).push_back(response.form_version);
                m_responses.text(c_wave).push_back(response.wave);
                m_responses.text(c_territory).push_back(response.territory);
                m_responses.text(c_role).push_back(response.role);
                m_responses.text(c_respondent).push_back(response.respondent);
                m_responses.text(c_content).push_back(*contents[i]);
                m_responses.text(c_created_at).push_back(m_now);
                m_responses.text(c_updated_at).push_back(m_now);
                const std::vector<Score>& scores = batch[i].scores;
                if (scores.empty()) continue;
                m_score_sets.text(s_form).push_back(response.form);
                m_score_sets.text(s_wave).push_back(response.wave);
                m_score_sets.text(s_territory).push_back(response.territory);
                m_score_sets.text(s_respondent).push_back(response.respondent);
                m_score_sets.text(s_response_id).push_back(response.id);
                m_score_sets.integer(s_form_version).push_back(response.form_version);
                m_score_sets.text(s_role).push_back(response.role);
                m_score_sets.integer(s_layout).push_back(m_layouts.id(response.form, scores));
                m_score_sets.text(s_vals).push_back(encode_score_values(scores));
                // From the parsed answers, which the canonical content is made of.
                pack_items(response.answers.get(), m_items);
                m_score_sets.integer(s_item_layout)
                    .push_back(m_item_layouts.id(response.form, m_items.names));
                m_score_sets.text(s_items).push_back(std::move(m_items.values));
                m_score_sets.integer(s_scorer).push_back(
                    m_scorers.id(response.form, batch[i].scorer));
            }
            m_responses.flush();
            m_score_sets.flush();
            m_inserted += static_cast<long long>(rows.size());
            refresh_statistics();
        } catch (const soci::soci_error&) {
            m_broken = true;
            throw;
        }
    });
}

// PostgreSQL plans the respondent lookup from the table's statistics, which
// know nothing of this import's rows: with them stale, it took the
// territory-only index (or the (form, wave) prefix) and filtered a whole
// territory per lookup, so a million-response import was quadratic (940 s,
// against 11 s for 100k). ANALYZE inside the transaction counts the rows this
// import wrote; done each time they double, it costs O(n log n) in all.
void SociResponseWriter::refresh_statistics() {
    if (m_connection.dialect.backend() != Backend::postgresql) return;
    if (m_inserted < 2 * std::max<long long>(m_analyzed_at, kAnalyzeFrom)) return;
    m_connection.sql << "ANALYZE responses";
    m_analyzed_at = m_inserted;
}

void SociResponseWriter::commit() {
    if (m_broken)
        throw StorageError("database " + m_connection.target +
                           ": an earlier batch of this write failed; nothing of it was stored");
    if (!m_transaction)
        throw StorageError("database " + m_connection.target +
                           ": this write was already committed");
    m_lookup.reset();
    guarded(m_connection, "appending to the audit log",
            [&] { append_audit_in_transaction(m_connection, m_audit); });
    m_audit.clear();
    m_transaction->commit();
    m_transaction.reset();
}

}  // namespace sonda::store
