// The study: one row of settings plus the ordered lists of territories, roles,
// services and waves. Saving again merges: new entries are added, names and
// order updated, entries missing from the new study removed unless responses
// use them.
#include <map>
#include <set>

#include "sonda/forms/study_loader.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kCountStudy = "SELECT COUNT(*) FROM study";
constexpr const char* kInsertStudy =
    "INSERT INTO study (id, title, languages, min_cell, respondent_code) VALUES (:id, :title, "
    ":languages, :min_cell, :respondent_code)";
constexpr const char* kUpdateStudy =
    "UPDATE study SET id = :id, title = :title, languages = :languages, min_cell = :min_cell, "
    "respondent_code = :respondent_code";
constexpr const char* kSelectStudy =
    "SELECT id, title, languages, min_cell, respondent_code FROM study";

constexpr const char* kUpsertWave =
    "INSERT INTO waves (id, date, ord, label) VALUES (:id, :date, :ord, :label) "
    "ON CONFLICT (id) DO UPDATE SET date = excluded.date, ord = excluded.ord, label = "
    "excluded.label";
constexpr const char* kSelectWaves = "SELECT id, date, ord, label FROM waves ORDER BY ord, id";

// The three named lists share one shape; only their table and what refers
// to them differ.
struct NamedTable {
    const char* what;  // for messages
    const char* path;  // in the study file
    const char* upsert;
    const char* select_all;
    const char* remove;
    const char* count_uses;                  // nullptr: nothing stored refers to it
    const char* users = "stored responses";  // what count_uses counts, for messages
};

const NamedTable kTerritories{
    "territory",
    "$.territories",
    "INSERT INTO territories (id, name, position) VALUES (:id, :name, :position) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position",
    "SELECT id, name FROM territories ORDER BY position, id",
    "DELETE FROM territories WHERE id = :id",
    "SELECT COUNT(*) FROM responses WHERE territory = :id"};
const NamedTable kRoles{
    "role",
    "$.roles",
    "INSERT INTO roles (id, name, position) VALUES (:id, :name, :position) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position",
    "SELECT id, name FROM roles ORDER BY position, id",
    "DELETE FROM roles WHERE id = :id",
    "SELECT COUNT(*) FROM responses WHERE role = :id"};
const NamedTable kServices{
    "service", "$.services",
    "INSERT INTO services (id, name, position) VALUES (:id, :name, :position) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position",
    "SELECT id, name FROM services ORDER BY position, id", "DELETE FROM services WHERE id = :id",
    // A form that takes the study's services ("$study.services") offers
    // every one of them: one gone would change a stored form's choices under
    // its responses. (:id is bound for the shape every count shares.)
    "SELECT COUNT(*) FROM forms WHERE definition LIKE '%\"$study.services\"%' AND "
    ":id IS NOT NULL",
    "stored forms that take the study's services"};
const NamedTable kWaveUses{"wave",
                           "$.waves",
                           nullptr,
                           "SELECT id, label FROM waves ORDER BY ord, id",
                           "DELETE FROM waves WHERE id = :id",
                           "SELECT COUNT(*) FROM responses WHERE wave = :id"};

template <typename Entry>
void check_ids(const std::vector<Entry>& entries, const char* what, const char* path,
               std::vector<Issue>& issues) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string where = std::string(path) + "[" + std::to_string(i) + "].id";
        if (entries[i].id.empty())
            issues.push_back({Location{"", 0, where, ""}, std::string(what) + " without an id"});
        else if (!seen.insert(entries[i].id).second)
            issues.push_back({Location{"", 0, where, ""},
                              std::string(what) + " '" + entries[i].id + "' is declared twice"});
    }
}

std::vector<std::string> stored_ids(Connection& connection, const NamedTable& table) {
    std::vector<std::string> ids;
    std::string id, name;
    soci::statement select =
        (connection.sql.prepare << table.select_all, soci::into(id), soci::into(name));
    select.execute();
    while (select.fetch()) ids.push_back(id);
    return ids;
}

// Removes the stored entries that `kept` no longer lists, or explains why not.
void remove_missing(Connection& connection, const NamedTable& table,
                    const std::set<std::string>& kept, std::vector<Issue>& issues) {
    for (const std::string& id : stored_ids(connection, table)) {
        if (kept.count(id)) continue;
        if (table.count_uses) {
            long long uses = 0;
            connection.sql << table.count_uses, soci::use(id), soci::into(uses);
            if (uses > 0) {
                issues.push_back({Location{"", 0, table.path, ""},
                                  std::string(table.what) + " '" + id + "' is used by " +
                                      std::to_string(uses) + " " + table.users +
                                      " and cannot be removed from the study; "
                                      "keep it in the study file"});
                continue;
            }
        }
        connection.sql << table.remove, soci::use(id);
    }
}

template <typename Entry>
void save_named(Connection& connection, const NamedTable& table, const std::vector<Entry>& entries,
                std::vector<Issue>& issues) {
    std::set<std::string> kept;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        std::string name = localized_to_json(entries[i].name);
        long long position = static_cast<long long>(i);
        connection.sql << table.upsert, soci::use(entries[i].id), soci::use(name),
            soci::use(position);
        kept.insert(entries[i].id);
    }
    remove_missing(connection, table, kept, issues);
}

template <typename Entry>
std::vector<Entry> load_named(Connection& connection, const NamedTable& table) {
    std::vector<Entry> entries;
    std::string id, name;
    soci::statement select =
        (connection.sql.prepare << table.select_all, soci::into(id), soci::into(name));
    select.execute();
    while (select.fetch()) entries.push_back(Entry{id, localized_from_json(name)});
    return entries;
}

}  // namespace

bool has_study(Connection& connection) {
    return guarded(connection, "looking for the study", [&] {
        long long count = 0;
        connection.sql << kCountStudy, soci::into(count);
        return count > 0;
    });
}

void save_study(Connection& connection, const Study& study) {
    std::vector<Issue> issues;
    if (study.id.empty()) issues.push_back({Location{"", 0, "$.id", ""}, "the study has no id"});
    check_ids(study.territories, "territory", "$.territories", issues);
    check_ids(study.roles, "role", "$.roles", issues);
    check_ids(study.services, "service", "$.services", issues);
    check_ids(study.waves, "wave", "$.waves", issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));

    guarded(connection, "saving the study", [&] {
        Transaction transaction(connection);
        std::string title = localized_to_json(study.title);
        std::string languages = strings_to_json(study.languages);
        long long min_cell = study.min_cell;
        std::string code = respondent_code_to_json(study.respondent_code);
        soci::indicator code_given = code.empty() ? soci::i_null : soci::i_ok;
        long long count = 0;
        connection.sql << kCountStudy, soci::into(count);
        connection.sql << (count == 0 ? kInsertStudy : kUpdateStudy), soci::use(study.id),
            soci::use(title), soci::use(languages), soci::use(min_cell),
            soci::use(code, code_given);

        save_named(connection, kTerritories, study.territories, issues);
        save_named(connection, kRoles, study.roles, issues);
        save_named(connection, kServices, study.services, issues);

        std::set<std::string> kept_waves;
        for (const Wave& wave : study.waves) {
            std::string label = localized_to_json(wave.label);
            long long order = wave.order;
            connection.sql << kUpsertWave, soci::use(wave.id), soci::use(wave.date),
                soci::use(order), soci::use(label);
            kept_waves.insert(wave.id);
        }
        remove_missing(connection, kWaveUses, kept_waves, issues);

        // Nothing of a refused study is kept: the transaction rolls back.
        if (!issues.empty()) throw InvalidInput(std::move(issues));
        transaction.commit();
    });
}

Study load_study(Connection& connection) {
    return guarded(connection, "loading the study", [&] {
        Transaction transaction(connection);
        Study study;
        std::string title, languages, code;
        long long min_cell = 0;
        soci::indicator code_given = soci::i_null;
        connection.sql << kSelectStudy, soci::into(study.id), soci::into(title),
            soci::into(languages), soci::into(min_cell), soci::into(code, code_given);
        if (!connection.sql.got_data())
            throw InvalidInput(Location{connection.target, 0, "", ""},
                               "the database has no study yet: run `sonda init --db " +
                                   connection.target + " --study FILE` first");
        study.title = localized_from_json(title);
        study.languages = strings_from_json(languages);
        study.min_cell = static_cast<int>(min_cell);
        if (code_given == soci::i_ok)
            study.respondent_code = respondent_code_from_json(code, connection.target);
        study.territories = load_named<Territory>(connection, kTerritories);
        study.roles = load_named<Role>(connection, kRoles);
        study.services = load_named<Service>(connection, kServices);

        Wave wave;
        std::string label;
        long long order = 0;
        soci::statement select = (connection.sql.prepare << kSelectWaves, soci::into(wave.id),
                                  soci::into(wave.date), soci::into(order), soci::into(label));
        select.execute();
        while (select.fetch()) {
            wave.order = static_cast<int>(order);
            wave.label = localized_from_json(label);
            study.waves.push_back(wave);
        }
        transaction.commit();
        return study;
    });
}

}  // namespace sonda::store
