// Who computed the stored scores (schema version 5's scorers), and their
// recomputation by `sonda rescore`: one transaction that holds the import lock,
// rewrites the score sets that changed and records the new scorer for all of
// the form's sets.
#include "score_sets.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kUpdateScoreSet =
    "UPDATE score_sets SET layout = :layout, vals = :vals, scorer = :scorer "
    "WHERE response_id = :id";
constexpr const char* kDeleteScoreSet = "DELETE FROM score_sets WHERE response_id = :id";
constexpr const char* kClaimScoreSets =
    "UPDATE score_sets SET scorer = :scorer WHERE form = :form AND "
    "(scorer IS NULL OR scorer <> :same_scorer)";
constexpr const char* kDropOtherScorers =
    "DELETE FROM scorers WHERE form = :form AND id <> :scorer";
constexpr const char* kScorersOf =
    "SELECT id, plugin, version FROM scorers WHERE form = :form ORDER BY id";
constexpr const char* kAnySetBy =
    "SELECT response_id FROM score_sets WHERE form = :form AND scorer = :scorer AND "
    "withdrawn = 0 LIMIT 1";

class SociScoreRewriter final : public ScoreRewriter {
  public:
    SociScoreRewriter(Connection& connection, std::string form, Scorer scorer)
        : m_connection(connection),
          m_form(std::move(form)),
          m_scorer(std::move(scorer)),
          m_layouts(connection),
          m_update(connection.sql) {
        m_transaction = std::make_unique<Transaction>(connection);
        // Imports and corrections wait until the rescore is done, so no score
        // set changes between its read and its rewrite.
        lock_responses_for_import(connection);
        guarded(connection, "preparing the rescore", [&] {
            m_scorer_id = m_layouts.scorers.id(m_form, m_scorer);
            m_update.exchange(soci::use(m_layout));
            m_update.exchange(soci::use(m_values));
            m_update.exchange(soci::use(m_scorer_id));
            m_update.exchange(soci::use(m_id));
            m_update.alloc();
            m_update.prepare(kUpdateScoreSet);
            m_update.define_and_bind();
        });
    }

    void rewrite(const StoredResponse& stored) override {
        const Response& response = stored.response;
        guarded(m_connection, "rewriting scores", [&] {
            m_id = response.id;
            if (!stored.scores.empty()) {
                m_layout = m_layouts.scores.id(response.form, stored.scores);
                m_values = encode_score_values(stored.scores);
                m_update.execute(true);
                if (m_update.get_affected_rows() > 0) return;
            }
            // No score set to update, or none any more: written whole, with
            // the response's item answers and withdrawn flag.
            const std::optional<StoredContent> content = response_content(m_connection, m_id);
            m_connection.sql << kDeleteScoreSet, soci::use(m_id);
            insert_score_set(m_connection, m_layouts, response, content && content->withdrawn,
                             stored.scores, m_scorer);
        });
    }

    void commit() override {
        guarded(m_connection, "recording who computed the scores", [&] {
            m_connection.sql << kClaimScoreSets, soci::use(m_scorer_id), soci::use(m_form),
                soci::use(m_scorer_id);
            m_connection.sql << kDropOtherScorers, soci::use(m_form), soci::use(m_scorer_id);
        });
        m_transaction->commit();
    }

  private:
    Connection& m_connection;
    std::string m_form;
    Scorer m_scorer;
    SetLayouts m_layouts;
    std::unique_ptr<Transaction> m_transaction;
    soci::statement m_update;
    long long m_layout = 0, m_scorer_id = 0;
    std::string m_values, m_id;
};

}  // namespace

std::unique_ptr<ScoreRewriter> begin_rescore(Connection& connection, const std::string& form,
                                             const Scorer& scorer) {
    return std::make_unique<SociScoreRewriter>(connection, form, scorer);
}

std::vector<Scorer> other_scorers(Connection& connection, const std::string& form,
                                  const Scorer& current) {
    return guarded(connection, "reading which plugin computed the scores", [&] {
        std::vector<std::pair<long long, Scorer>> listed;
        {
            long long id = 0;
            Scorer scorer;
            soci::statement select =
                (connection.sql.prepare << kScorersOf, soci::use(form), soci::into(id),
                 soci::into(scorer.plugin), soci::into(scorer.version));
            select.execute();
            while (select.fetch())
                if (!(scorer == current)) listed.emplace_back(id, scorer);
        }
        // A scorer row outlives its last score set (a correction rewrote it):
        // only scorers with a set left count.
        std::vector<Scorer> others;
        for (const auto& [id, scorer] : listed) {
            std::string found;
            connection.sql << kAnySetBy, soci::use(form), soci::use(id), soci::into(found);
            if (connection.sql.got_data()) others.push_back(scorer);
        }
        return others;
    });
}

}  // namespace sonda::store
