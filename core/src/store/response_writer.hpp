// The import hot path: one transaction, batches of responses checked and then
// inserted with their score sets in bulk. A batch that throws InvalidInput or
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
    void commit() override;

  private:
    // Fills `stored` with (id -> content) of the ids already in the database.
    void find_stored(const std::vector<const std::string*>& ids,
                     std::unordered_map<std::string, std::string>& stored);
    void insert(const std::vector<StoredResponse>& batch, const std::vector<std::size_t>& rows,
                const std::vector<const std::string*>& contents);

    Connection& m_connection;
    std::unique_ptr<Transaction> m_transaction;
    References m_references;
    std::string m_now;
    bool m_broken = false;

    Query m_lookup_query;
    std::vector<std::string*> m_lookup_slots;
    std::vector<std::string> m_found_id, m_found_content;
    std::unique_ptr<soci::statement> m_lookup;

    BulkInsert m_responses;
    BulkInsert m_score_sets;
    ScoreLayouts m_layouts;
};

}  // namespace sonda::store
