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
//
// Version 2 packs each response's scores into one row for the reports
// (score_sets.hpp): scores(...) is replaced by
//   score_layouts(id, form, names)        names = JSON array, UNIQUE(form, names)
//   score_sets(form, wave, territory, respondent, response_id, form_version,
//              role, withdrawn, layout, vals)
//             clustered on (form, wave, territory, respondent, response_id),
//             so a report's read is one range scan; withdrawn mirrors the
//             response's flag; vals = "v1;v2;..." in the layout's order.
//
// Version 3 stores every response id in lower case (UUIDs compare without
// regard to case; new ids are lowered before they are stored): an id written
// in another case is renamed, with its content, score set, history and code
// overrides. No table changes.
//
// Version 4 packs each score set's numeric item answers next to its scores,
// for the statistics over items (Cronbach's alpha) without parsing content:
//   item_layouts(id, form, names)         names = JSON array, UNIQUE(form, names)
//   score_sets gains item_layout (-> item_layouts) and items = "v1;v2;..."
//             in that layout's order: the top-level answers whose
//             numeric_answer() is a number. A response without any has the
//             empty layout ("[]") and the empty text, never NULL; readers
//             take NULL as "no items" too.
//
// Version 5 records which plugin computed each score set, so that a report
// can say when the stored scores come from another version of the plugin
// than the one loaded (and `sonda rescore` recomputes them):
//   scorers(id, form, plugin, version)   UNIQUE(form, plugin, version)
//   score_sets gains scorer (-> scorers), set on every row. The score sets
//             stored before this version get their form's scorer with empty
//             plugin and version: not recorded.
//
// Version 6 adds who may use the collection server, and the audit log
// (sonda/access):
//   principals(name, kind, role, token_id, token_hash, created_at,
//              created_by, expires_at, revoked_at)   kind = "account" | "link";
//             token_hash = keyed BLAKE2b of the token's secret, hex
//   principal_scopes(principal, kind, value)  kind = territory | form | wave
//   audit_log(sequence, at, who, action, target, detail, source,
//             previous_hash, hash)           hash-chained, append-only
//   access_settings(name, value)              the token key
#include <algorithm>

#include "score_sets.hpp"
#include "sonda/util/json.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

struct Step {
    int version;
    std::vector<const char*> statements;
    void (*data)(Connection&) = nullptr;  // moves rows between the tables, before `cleanup`
    std::vector<const char*> cleanup = {};
};

// A score set as version 2 wrote it (the columns of that version only: the
// step must run as released, whatever later versions add).
void insert_version_2_score_set(Connection& connection, ScoreLayouts& layouts,
                                const Response& response, bool withdrawn,
                                const std::vector<Score>& scores) {
    if (scores.empty()) return;
    long long layout = layouts.id(response.form, scores);
    long long form_version = response.form_version;
    long long withdrawn_flag = withdrawn ? 1 : 0;
    const std::string values = encode_score_values(scores);
    connection.sql << "INSERT INTO score_sets (form, wave, territory, respondent, response_id, "
                      "form_version, role, withdrawn, layout, vals) VALUES (:form, :wave, "
                      ":territory, :respondent, :response_id, :form_version, :role, :withdrawn, "
                      ":layout, :vals)",
        soci::use(response.form), soci::use(response.wave), soci::use(response.territory),
        soci::use(response.respondent), soci::use(response.id), soci::use(form_version),
        soci::use(response.role), soci::use(withdrawn_flag), soci::use(layout), soci::use(values);
}

// Version 2: every response's scores from the old table into one score set.
void pack_scores(Connection& connection) {
    std::string id, form, wave, territory, role, respondent, score;
    long long form_version = 0, withdrawn = 0;
    double value = 0;
    soci::indicator present = soci::i_ok;
    soci::statement select =
        (connection.sql.prepare << "SELECT r.id, r.form, r.form_version, r.wave, r.territory, "
                                   "r.role, r.respondent, r.withdrawn, s.score, s.value "
                                   "FROM responses r JOIN scores s ON s.response_id = r.id "
                                   "ORDER BY r.id, s.score",
         soci::into(id), soci::into(form), soci::into(form_version), soci::into(wave),
         soci::into(territory), soci::into(role), soci::into(respondent), soci::into(withdrawn),
         soci::into(score), soci::into(value, present));
    // Streamed: one response's rows at a time (they are ordered by id); its
    // score set is written when the next response begins. Inserting into
    // score_sets does not disturb the cursor over responses and scores.
    ScoreLayouts layouts(connection);
    Response response;
    bool response_withdrawn = false;
    std::vector<Score> scores;
    const auto write = [&] {
        if (!response.id.empty())
            insert_version_2_score_set(connection, layouts, response, response_withdrawn, scores);
        scores.clear();
    };
    select.execute();
    while (select.fetch()) {
        if (response.id != id) {
            write();
            response.id = id;
            response.form = form;
            response.form_version = static_cast<int>(form_version);
            response.wave = wave;
            response.territory = territory;
            response.role = role;
            response.respondent = respondent;
            response_withdrawn = withdrawn != 0;
        }
        std::optional<double> kept;
        if (present == soci::i_ok) kept = value;
        scores.push_back(Score{score, kept});
    }
    write();
}

// Version 3: response ids in lower case. The row is copied under the new id,
// its dependants moved to it, and the old row deleted, so that no foreign key
// is ever left dangling (neither backend cascades updates here). An id whose
// lower-case spelling is also stored is left as it is: two spellings of one
// id cannot be merged without a choice only a person can make.
void lower_case_ids(Connection& connection) {
    std::vector<std::string> ids;
    {
        std::string id;
        soci::statement select =
            (connection.sql.prepare << "SELECT id FROM responses WHERE id <> lower(id)",
             soci::into(id));
        select.execute();
        while (select.fetch()) ids.push_back(id);
    }
    for (const std::string& old_id : ids) {
        const std::string new_id = canonical_response_id(old_id);
        long long taken = 0;
        connection.sql << "SELECT COUNT(*) FROM responses WHERE id = :id", soci::use(new_id),
            soci::into(taken);
        if (taken > 0) continue;
        std::string content;
        connection.sql << "SELECT content FROM responses WHERE id = :id", soci::use(old_id),
            soci::into(content);
        // The canonical text names the id too: rewritten through the model so
        // it stays canonical (keys sorted, no white space).
        Response response =
            Response::from_json(*parse_json_object(content, Location{"", 0, "", old_id}));
        response.id = new_id;
        const std::string new_content = response.to_canonical_json();
        connection.sql << "INSERT INTO responses (id, form, form_version, wave, territory, role, "
                          "respondent, content, withdrawn, created_at, updated_at) "
                          "SELECT :new_id, form, form_version, wave, territory, role, respondent, "
                          ":content, withdrawn, created_at, updated_at FROM responses "
                          "WHERE id = :old_id",
            soci::use(new_id), soci::use(new_content), soci::use(old_id);
        for (const char* move :
             {"UPDATE score_sets SET response_id = :new_id WHERE response_id = :old_id",
              "UPDATE response_history SET response_id = :new_id WHERE response_id = :old_id",
              "UPDATE code_overrides SET response_id = :new_id WHERE response_id = :old_id"})
            connection.sql << move, soci::use(new_id), soci::use(old_id);
        connection.sql << "DELETE FROM responses WHERE id = :old_id", soci::use(old_id);
    }
}

// Writes the packed items of version 4's score sets: on SQLite one prepared
// UPDATE per row (in-process, fast); on PostgreSQL one UPDATE ... FROM
// (VALUES ...) per page, since a statement per row is a round trip per row.
// The page's ids are consecutive, and saying so (BETWEEN) keeps PostgreSQL
// from joining the page with the whole table each time. The rows of a short
// page are padded with the empty id, which no score set has.
class ItemUpdates {
  public:
    ItemUpdates(Connection& connection, std::size_t page) : m_statement(connection.sql) {
        if (connection.dialect.multi_row_values()) {
            m_query.sql(
                "UPDATE score_sets SET item_layout = v.item_layout, items = v.items "
                "FROM (VALUES ");
            for (std::size_t i = 0; i < page; ++i) {
                m_query.sql(i ? ", (" : "(");
                m_ids.push_back(&m_query.text(""));
                m_query.sql(", CAST(");
                m_layouts.push_back(&m_query.integer(0));
                m_query.sql(" AS BIGINT), ");
                m_items.push_back(&m_query.text(""));
                m_query.sql(")");
            }
            m_query.sql(
                ") AS v (response_id, item_layout, items) "
                "WHERE score_sets.response_id = v.response_id "
                "AND score_sets.response_id BETWEEN ");
            m_first = &m_query.text("");
            m_query.sql(" AND ");
            m_last = &m_query.text("");
        } else {
            m_query.sql("UPDATE score_sets SET item_layout = ");
            m_layouts.push_back(&m_query.integer(0));
            m_query.sql(", items = ");
            m_items.push_back(&m_query.text(""));
            m_query.sql(" WHERE response_id = ");
            m_ids.push_back(&m_query.text(""));
        }
        prepare(m_statement, m_query);
    }

    void add(const std::string& id, long long layout, const std::string& items) {
        *m_ids[m_used] = id;
        *m_layouts[m_used] = layout;
        *m_items[m_used] = items;
        if (++m_used == m_ids.size()) flush();
    }

    void flush() {
        if (m_used == 0) return;
        if (m_first) {
            const auto [first, last] = std::minmax_element(
                m_ids.begin(), m_ids.begin() + static_cast<std::ptrdiff_t>(m_used),
                [](const std::string* a, const std::string* b) { return *a < *b; });
            *m_first = **first;
            *m_last = **last;
        }
        for (std::size_t i = m_used; i < m_ids.size(); ++i) m_ids[i]->clear();
        m_statement.execute(true);
        m_used = 0;
    }

  private:
    Query m_query;
    soci::statement m_statement;
    std::vector<std::string*> m_ids, m_items;
    std::vector<long long*> m_layouts;
    std::string *m_first = nullptr, *m_last = nullptr;  // PostgreSQL only
    std::size_t m_used = 0;
};

// Version 4: every score set's numeric item answers, packed from its
// response's content as a write packs them now (the content is not changed;
// the columns are derived from it). Keyset pages by response id, each read
// whole before its rows are updated: no statement walks score_sets while it
// changes, and SOCI's PostgreSQL backend, which holds a whole result in
// memory, holds one page. The statements are prepared once.
void pack_item_answers(Connection& connection) {
    constexpr std::size_t kPage = 1000;  // = the LIMIT below
    std::string after;                   // every id sorts after the empty one
    std::vector<std::string> id(kPage), form(kPage), content(kPage);
    // `r.id > :after` says what the join implies, for PostgreSQL, which
    // otherwise merges from the first response on every page.
    soci::statement page =
        (connection.sql.prepare << "SELECT s.response_id, s.form, r.content FROM score_sets s "
                                   "JOIN responses r ON r.id = s.response_id "
                                   "WHERE s.response_id > :after AND r.id > :after_too "
                                   "ORDER BY s.response_id LIMIT 1000",
         soci::use(after), soci::use(after), soci::into(id), soci::into(form), soci::into(content));
    ItemUpdates updates(connection, kPage);
    ItemLayouts layouts(connection);
    PackedItems packed;
    for (;;) {
        id.resize(kPage);
        form.resize(kPage);
        content.resize(kPage);
        page.execute(true);
        for (std::size_t row = 0; row < id.size(); ++row) {
            // Only the answers are needed: the content's own keys are not
            // checked again (Response::from_json would refuse, say, the empty
            // respondent code a response written through the library may have).
            Poco::JSON::Object::Ptr answers;
            try {
                answers =
                    parse_json_object(content[row], Location{connection.target, 0, "", id[row]})
                        ->getObject("answers");
            } catch (const InvalidInput& error) {
                throw StorageError("database " + connection.target +
                                   ": upgrading to schema version 4: the stored content of "
                                   "response '" +
                                   id[row] + "' is not JSON (" + error.what() +
                                   "); nothing was changed");
            }
            pack_items(answers.get(), packed);
            updates.add(id[row], layouts.id(form[row], packed.names), packed.values);
        }
        updates.flush();
        if (id.size() < kPage) return;
        after = id.back();
    }
}

// Version 5: the score sets stored so far were computed by a plugin nobody
// recorded; each form's get one scorer row saying so. One UPDATE per form.
void record_unknown_scorers(Connection& connection) {
    std::vector<std::string> forms;
    {
        std::string form;
        soci::statement select =
            (connection.sql.prepare << "SELECT DISTINCT form FROM score_sets", soci::into(form));
        select.execute();
        while (select.fetch()) forms.push_back(form);
    }
    for (const std::string& form : forms) {
        long long id = 0;
        connection.sql << "INSERT INTO scorers (form, plugin, version) VALUES (:form, '', '')",
            soci::use(form);
        connection.sql << "SELECT id FROM scorers WHERE form = :form AND plugin = '' AND "
                          "version = ''",
            soci::use(form), soci::into(id);
        connection.sql << "UPDATE score_sets SET scorer = :id WHERE form = :form", soci::use(id),
            soci::use(form);
    }
}

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
    {2,
     {
         "CREATE TABLE score_layouts ("
         " id {serial_pk},"
         " form {key} NOT NULL,"
         " names TEXT NOT NULL,"
         " UNIQUE (form, names))",
         "CREATE TABLE score_sets ("
         " form {key} NOT NULL,"
         " wave {key} NOT NULL,"
         " territory {key} NOT NULL,"
         " respondent {key} NOT NULL,"
         " response_id {key} NOT NULL REFERENCES responses (id) ON DELETE CASCADE,"
         " form_version INTEGER NOT NULL,"
         " role {key} NOT NULL,"
         " withdrawn INTEGER NOT NULL DEFAULT 0,"
         " layout BIGINT NOT NULL REFERENCES score_layouts (id),"
         " vals TEXT NOT NULL,"
         " PRIMARY KEY (form, wave, territory, respondent, response_id)){without_rowid}",
         "CREATE UNIQUE INDEX score_sets_response ON score_sets (response_id)",
     },
     pack_scores,
     {"DROP TABLE scores"}},
    {3, {}, lower_case_ids},
    {4,
     {
         "CREATE TABLE item_layouts ("
         " id {serial_pk},"
         " form {key} NOT NULL,"
         " names TEXT NOT NULL,"
         " UNIQUE (form, names))",
         "ALTER TABLE score_sets ADD COLUMN item_layout BIGINT REFERENCES item_layouts (id)",
         "ALTER TABLE score_sets ADD COLUMN items TEXT",
     },
     pack_item_answers},
    {5,
     {
         "CREATE TABLE scorers ("
         " id {serial_pk},"
         " form {key} NOT NULL,"
         " plugin TEXT NOT NULL,"
         " version TEXT NOT NULL,"
         " UNIQUE (form, plugin, version))",
         "ALTER TABLE score_sets ADD COLUMN scorer BIGINT REFERENCES scorers (id)",
     },
     record_unknown_scorers},
    {6,
     {
         "CREATE TABLE principals ("
         " name {key} PRIMARY KEY,"
         " kind TEXT NOT NULL,"
         " role TEXT NOT NULL,"
         " token_id {key} NOT NULL UNIQUE,"
         " token_hash TEXT NOT NULL,"
         " created_at TEXT NOT NULL,"
         " created_by TEXT NOT NULL,"
         " expires_at TEXT,"
         " revoked_at TEXT)",
         "CREATE TABLE principal_scopes ("
         " principal {key} NOT NULL REFERENCES principals (name),"
         " kind TEXT NOT NULL,"
         " value {key} NOT NULL,"
         " PRIMARY KEY (principal, kind, value))",
         "CREATE TABLE audit_log ("
         " sequence BIGINT PRIMARY KEY,"
         " at TEXT NOT NULL,"
         " who TEXT NOT NULL,"
         " action TEXT NOT NULL,"
         " target TEXT NOT NULL,"
         " detail TEXT NOT NULL,"
         " source TEXT NOT NULL,"
         " previous_hash TEXT NOT NULL,"
         " hash TEXT NOT NULL)",
         "CREATE TABLE access_settings (name {key} PRIMARY KEY, value TEXT NOT NULL)",
     },
     nullptr},
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

// Tables of another program in a database sonda has not set up: sonda never
// adds its schema beside them (a mistyped --db pointing at another
// program's SQLite file, or a shared PostgreSQL schema). Empty when the
// database has sonda's schema or no table at all; else up to three names.
std::vector<std::string> foreign_tables(Connection& connection) {
    const bool sqlite = connection.dialect.backend() == Backend::sqlite;
    const char* list = sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                "LIKE 'sqlite_%' ORDER BY name"
                              // Tables only (not views), and none an extension owns
                              // (PostGIS's spatial_ref_sys): a fresh database has those.
                              : "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
                                "n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                                "c.relkind IN ('r', 'p') AND NOT EXISTS (SELECT 1 FROM pg_depend d "
                                "WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND "
                                "d.deptype = 'e') ORDER BY c.relname";
    std::vector<std::string> names;
    soci::rowset<std::string> rows = connection.sql.prepare << list;
    for (const std::string& name : rows) {
        if (name == "schema_version") return {};
        if (names.size() < 3) names.push_back(name);
    }
    return names;
}

void refuse_foreign(Connection& connection) {
    const std::vector<std::string> names = foreign_tables(connection);
    if (names.empty()) return;
    std::string shown;
    for (const std::string& name : names) shown += (shown.empty() ? "'" : ", '") + name + "'";
    throw StorageError(
        "database " + connection.target + " belongs to another program: it holds tables (" + shown +
        ") and no sonda schema, and sonda never adds its tables to another program's "
        "database; give a new file (or, on PostgreSQL, a database or schema of its own)");
}

}  // namespace

int latest_schema_version() { return kSteps.back().version; }

// The caller turns a soci_error into its own StorageError (connect: "cannot
// open database", migrate: "upgrading the schema").
void refuse_foreign_tables(Connection& connection) { refuse_foreign(connection); }

int schema_version(Connection& connection) {
    return guarded(connection, "reading the schema version", [&] {
        Transaction transaction(connection);
        const int version = current_version(connection, false);
        transaction.commit();
        return version;
    });
}

int existing_schema_version(Connection& connection) {
    return guarded(connection, "reading the schema version", [&] {
        long long tables = 0;
        if (connection.dialect.backend() == Backend::sqlite)
            connection.sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                              "name = 'schema_version'",
                soci::into(tables);
        else
            connection.sql << "SELECT COUNT(*) FROM information_schema.tables WHERE "
                              "table_schema = current_schema() AND table_name = 'schema_version'",
                soci::into(tables);
        if (tables == 0)
            throw StorageError("database " + connection.target +
                               " holds no sonda data (no schema): create it with `sonda init` "
                               "or `sonda demo`; commands that only read never create one");
        const int version = current_version(connection, false);
        if (version > latest_schema_version())
            throw StorageError("database " + connection.target + " has schema version " +
                               std::to_string(version) + " but this sonda knows versions up to " +
                               std::to_string(latest_schema_version()) +
                               ": it was written by a newer sonda; upgrade sonda to use it");
        return version;
    });
}

void migrate(Connection& connection) {
    guarded(connection, "upgrading the schema", [&] {
        for (;;) {
            Transaction transaction(connection);
            if (*connection.dialect.migration_lock())
                connection.sql << connection.dialect.migration_lock();
            refuse_foreign(connection);
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
                    if (step.data) step.data(connection);
                    for (const char* statement : step.cleanup)
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
