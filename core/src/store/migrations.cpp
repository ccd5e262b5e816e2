// The schema and its numbered migrations. Each step runs in one transaction
// together with the update of schema_version, so a database is always at one
// known version. Add a step by appending to kSteps; never edit a released one.
//
// Schema (version 1):
//   schema_version(version)                  one row
//   study(id, title, languages, min_cell)    one row; title = localized JSON, languages = JSON
//   array territories|roles|services(id, name, position)   name = localized JSON {"it": .., "en":
//   ..} waves(id, date, ord, label)              compared in (ord, id) order forms(id, version,
//   plugin, definition)   PK(id, version); definition = the form file responses(id, form,
//   form_version, wave, territory, role, respondent,
//             content, withdrawn, created_at, updated_at)
//             content = the canonical interchange JSON of the whole response,
//             compared byte for byte to make re-imports idempotent;
//             foreign keys to waves, territories, roles and forms.
//             responses_read(form, wave, territory, respondent, id) serves the
//             ordered, filtered reads page by page; responses_territory serves
//             territory-scoped access of the collection server.
//   scores(response_id, score, value)        value NULL when missing; PK(response_id, score)
//   response_history(seq, response_id, action, old_content, reason, at)
//   code_overrides(response_id, key, codes, coder, note, at)   codes = JSON array
#include "store_queries.hpp"

namespace sonda::store {

namespace {

struct Step {
    int version;
    std::vector<const char*> statements;
};

const std::vector<Step> kSteps = {
    {1,
     {
         "CREATE TABLE study ("
         " id {key} PRIMARY KEY,"
         " title TEXT NOT NULL,"
         " languages TEXT NOT NULL,"
         " min_cell INTEGER NOT NULL)",

         "CREATE TABLE territories (id {key} PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT "
         "NULL)",
         "CREATE TABLE roles (id {key} PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL)",
         "CREATE TABLE services (id {key} PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT "
         "NULL)",
         "CREATE TABLE waves ("
         " id {key} PRIMARY KEY,"
         " date TEXT NOT NULL,"
         " ord INTEGER NOT NULL,"
         " label TEXT NOT NULL)",

         "CREATE TABLE forms ("
         " id {key} NOT NULL,"
         " version INTEGER NOT NULL,"
         " plugin TEXT NOT NULL,"
         " definition TEXT NOT NULL,"
         " PRIMARY KEY (id, version))",

         "CREATE TABLE responses ("
         " id {key} PRIMARY KEY,"
         " form {key} NOT NULL,"
         " form_version INTEGER NOT NULL,"
         " wave {key} NOT NULL REFERENCES waves (id),"
         " territory {key} NOT NULL REFERENCES territories (id),"
         " role {key} NOT NULL REFERENCES roles (id),"
         " respondent {key} NOT NULL,"
         " content TEXT NOT NULL,"
         " withdrawn INTEGER NOT NULL DEFAULT 0,"
         " created_at TEXT NOT NULL,"
         " updated_at TEXT NOT NULL,"
         " FOREIGN KEY (form, form_version) REFERENCES forms (id, version))",
         "CREATE INDEX responses_read ON responses (form, wave, territory, respondent, id)",
         "CREATE INDEX responses_territory ON responses (territory)",

         "CREATE TABLE scores ("
         " response_id {key} NOT NULL REFERENCES responses (id) ON DELETE CASCADE,"
         " score {key} NOT NULL,"
         " value DOUBLE PRECISION,"
         " PRIMARY KEY (response_id, score)){without_rowid}",

         "CREATE TABLE response_history ("
         " seq {serial_pk},"
         " response_id {key} NOT NULL REFERENCES responses (id),"
         " action TEXT NOT NULL,"
         " old_content TEXT NOT NULL,"
         " reason TEXT NOT NULL,"
         " at TEXT NOT NULL)",
         "CREATE INDEX response_history_response ON response_history (response_id)",

         "CREATE TABLE code_overrides ("
         " response_id {key} NOT NULL REFERENCES responses (id),"
         " key {key} NOT NULL,"
         " codes TEXT NOT NULL,"
         " coder TEXT NOT NULL,"
         " note TEXT NOT NULL,"
         " at TEXT NOT NULL,"
         " PRIMARY KEY (response_id, key))",
     }},
};

constexpr const char* kCreateVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)";
constexpr const char* kReadVersion = "SELECT version FROM schema_version";
constexpr const char* kInsertVersion = "INSERT INTO schema_version (version) VALUES (0)";
constexpr const char* kUpdateVersion = "UPDATE schema_version SET version = :version";

// Reads the version inside the current transaction, creating the table at 0.
int current_version(Connection& connection, bool create) {
    if (create) connection.sql << kCreateVersionTable;
    long long version = 0;
    soci::indicator found = soci::i_null;
    connection.sql << kReadVersion, soci::into(version, found);
    if (!connection.sql.got_data()) {
        if (!create) return 0;
        connection.sql << kInsertVersion;
        return 0;
    }
    return static_cast<int>(version);
}

}  // namespace

int latest_schema_version() { return kSteps.back().version; }

int schema_version(Connection& connection) {
    return guarded(connection, "reading the schema version", [&] {
        Transaction transaction(connection);
        const int version = current_version(connection, false);
        transaction.commit();
        return version;
    });
}

void migrate(Connection& connection) {
    guarded(connection, "upgrading the schema", [&] {
        for (;;) {
            Transaction transaction(connection);
            if (*connection.dialect.migration_lock())
                connection.sql << connection.dialect.migration_lock();
            const int version = current_version(connection, true);
            if (version > latest_schema_version())
                throw StorageError("database " + connection.target + " has schema version " +
                                   std::to_string(version) +
                                   " but this sonda knows versions up to " +
                                   std::to_string(latest_schema_version()) +
                                   ": it was written by a newer sonda; upgrade sonda to use it");
            if (version == latest_schema_version()) {
                transaction.commit();
                return;
            }
            for (const Step& step : kSteps) {
                if (version < step.version) {
                    for (const char* statement : step.statements)
                        connection.sql << connection.dialect.schema(statement);
                    long long next = step.version;
                    connection.sql << kUpdateVersion, soci::use(next);
                    break;
                }
            }
            transaction.commit();
        }
    });
}

}  // namespace sonda::store
