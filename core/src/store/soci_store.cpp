// SociStore: the Store interface over one SOCI connection. Each call forwards
// to the data-access functions of its concern (store_queries.hpp).
#include "response_writer.hpp"
#include "store_queries.hpp"

namespace sonda {

namespace {

class SociAccessRecords final : public AccessRecords {
  public:
    explicit SociAccessRecords(store::Connection& connection) : m_connection(connection) {}

    // The key never changes once made: read once a connection, so that
    // authenticating a request costs no statement for it.
    std::string token_key() override {
        if (m_token_key.empty()) m_token_key = store::token_key(m_connection);
        return m_token_key;
    }
    void add_principal(const PrincipalRecord& record, const AuditEvent& event) override {
        store::add_principal(m_connection, record, event);
    }
    std::optional<PrincipalRecord> find_token(const std::string& token_id) override {
        return store::find_token(m_connection, token_id);
    }
    std::vector<Principal> principals() override { return store::load_principals(m_connection); }
    bool revoke(const std::string& name, const std::string& at, const AuditEvent& event) override {
        return store::revoke_principal(m_connection, name, at, event);
    }
    AuditEntry append_audit(const AuditEvent& event) override {
        return store::append_audit(m_connection, event);
    }
    void for_each_audit(long long after,
                        const std::function<void(const AuditEntry&)>& visit) override {
        store::for_each_audit(m_connection, after, visit);
    }

  private:
    store::Connection& m_connection;
    std::string m_token_key;
};

class SociStore final : public Store {
  public:
    explicit SociStore(std::unique_ptr<store::Connection> connection)
        : m_connection(std::move(connection)), m_access(*m_connection) {}

    std::string backend() const override { return m_connection->dialect.name(); }
    int schema_version() override { return store::schema_version(*m_connection); }

    bool has_study() override { return store::has_study(*m_connection); }
    void save_study(const Study& study) override { store::save_study(*m_connection, study); }
    Study load_study() override { return store::load_study(*m_connection); }

    void save_form(const FormRecord& form) override { store::save_form(*m_connection, form); }
    std::vector<FormRecord> forms() override { return store::load_forms(*m_connection); }
    std::optional<FormRecord> form(const std::string& id, int version) override {
        return store::load_form(*m_connection, id, version);
    }

    std::unique_ptr<ResponseWriter> begin_write() override {
        return std::make_unique<store::SociResponseWriter>(*m_connection);
    }
    std::unique_ptr<ScoreRewriter> begin_rescore(const std::string& form,
                                                 const Scorer& scorer) override {
        return store::begin_rescore(*m_connection, form, scorer);
    }
    std::vector<Scorer> other_scorers(const std::string& form, const Scorer& current) override {
        return store::other_scorers(*m_connection, form, current);
    }

    void for_each_response(const ResponseFilter& filter,
                           const std::function<void(const StoredResponse&)>& visit) override {
        store::for_each_response(*m_connection, filter, visit);
    }
    long long count_responses(const ResponseFilter& filter) override {
        return store::count_responses(*m_connection, filter);
    }
    void read_responses(const std::vector<std::string>& ids,
                        const std::function<void(const StoredResponse&)>& visit) override {
        store::read_responses(*m_connection, ids, visit);
    }
    std::vector<std::string> response_ids_by_write(const ResponseFilter& filter) override {
        return store::response_ids_by_write(*m_connection, filter);
    }
    bool any_response(const ResponseFilter& filter) override {
        return store::any_response(*m_connection, filter);
    }
    void scan_scores(const ResponseFilter& filter, ScoreDictionaries& dictionaries,
                     const std::function<void(const ScoreBatch&)>& visit) override {
        store::scan_scores(*m_connection, filter, dictionaries, visit);
    }

    void replace_response(const StoredResponse& response, const std::string& reason,
                          const std::optional<AuditEvent>& audit) override {
        store::replace_response(*m_connection, response, reason, audit);
    }
    void withdraw_response(const std::string& id, const std::string& reason,
                           const std::optional<AuditEvent>& audit) override {
        store::withdraw_response(*m_connection, id, reason, audit);
    }
    std::vector<HistoryEntry> history(const std::string& response_id) override {
        return store::load_history(*m_connection, response_id);
    }

    void save_override(const CodeOverride& override_) override {
        store::save_override(*m_connection, override_);
    }
    std::vector<CodeOverride> overrides(const std::string& form) override {
        return store::load_overrides(*m_connection, form);
    }
    AccessRecords& access() override { return m_access; }

  private:
    std::unique_ptr<store::Connection> m_connection;
    SociAccessRecords m_access;
};

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& target, Access access) {
    if (access == Access::ReadOnly) {
        std::unique_ptr<store::Connection> connection = store::connect(target, true);
        if (store::existing_schema_version(*connection) < store::latest_schema_version()) {
            connection.reset();
            store::migrate(*store::connect(target));
            connection = store::connect(target, true);
        }
        return std::make_unique<SociStore>(std::move(connection));
    }
    std::unique_ptr<store::Connection> connection =
        store::connect(target, false, access == Access::Existing);
    store::migrate(*connection);
    return std::make_unique<SociStore>(std::move(connection));
}

}  // namespace sonda
