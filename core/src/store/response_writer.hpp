// The import hot path: one transaction, batches of responses checked and then
// inserted with their score sets (scores and numeric item answers) in bulk. A
// respondent answers a form once per wave: a second response by the same
// respondent (code within a territory) to the same form and wave under a new
// id is a ConflictError naming both ids; a correction keeps the first id
// (`replace`), or withdraws the first. A batch that throws InvalidInput or
// ConflictError wrote nothing and the writer stays usable; a database failure
// breaks the writer (its transaction is rolled back when it is destroyed).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bulk_insert.hpp"
#include "score_sets.hpp"
#include "store_queries.hpp"

namespace sonda::store {

class SociResponseWriter final : public ResponseWriter {
  public:
    explicit SociResponseWriter(Connection& connection);
    ~SociResponseWriter() override;

    WriteResult write(const std::vector<StoredResponse>& batch) override;
    void audit(const AuditEvent& event) override { m_audit.push_back(event); }
    void commit() override;

  private:
    // Fills `stored` with (id -> content) of the ids already in the database.
    void find_stored(const std::vector<const std::string*>& ids,
                     std::unordered_map<std::string, std::string>& stored);
    void insert(const std::vector<StoredResponse>& batch, const std::vector<std::size_t>& rows,
                const std::vector<const std::string*>& contents);
    // Conflicts of the new `rows` with responses already stored by the same
    // respondent for the same form, wave and territory under another id.
    void find_second_answers(const std::vector<StoredResponse>& batch,
                             const std::vector<std::size_t>& rows,
                             std::vector<std::string>& conflicts, std::vector<std::string>& ids);
    // `ids`: the batch's responses in conflict (ConflictError::response_ids).
    [[noreturn]] void throw_second_answers(const std::vector<std::string>& conflicts,
                                           std::vector<std::string> ids) const;
    void refresh_statistics();

    Connection& m_connection;
    std::unique_ptr<Transaction> m_transaction;
    std::vector<AuditEvent> m_audit;  // appended by commit()
    References m_references;
    std::string m_now;
    bool m_broken = false;
    long long m_inserted = 0;     // responses this write has inserted
    long long m_analyzed_at = 0;  // m_inserted at the last ANALYZE

    Query m_lookup_query;
    std::vector<std::string*> m_lookup_slots;
    std::vector<std::string> m_found_id, m_found_content;
    std::unique_ptr<soci::statement> m_lookup;

    Query m_respondent_query;
    std::vector<std::string*> m_respondent_slots;  // form, wave, territory, respondent per row
    std::vector<std::string> m_same_id, m_same_form, m_same_wave, m_same_territory,
        m_same_respondent;
    std::unique_ptr<soci::statement> m_respondent_lookup;

    BulkInsert m_responses;
    BulkInsert m_score_sets;
    ScoreLayouts m_layouts;
    ItemLayouts m_item_layouts;
    Scorers m_scorers;
    PackedItems m_items;  // one response's, reused
};

}  // namespace sonda::store
