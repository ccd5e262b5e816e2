// Evaluators' corrections of automatic codes, one per (response, key); saving
// again replaces the previous correction.
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kResponseExists = "SELECT COUNT(*) FROM responses WHERE id = :id";
constexpr const char* kUpsertOverride =
    "INSERT INTO code_overrides (response_id, key, codes, coder, note, at) "
    "VALUES (:response_id, :key, :codes, :coder, :note, :at) "
    "ON CONFLICT (response_id, key) DO UPDATE SET codes = excluded.codes, coder = excluded.coder, "
    "note = excluded.note, at = excluded.at";
constexpr const char* kSelectOverrides =
    "SELECT o.response_id, o.key, o.codes, o.coder, o.note FROM code_overrides o "
    "JOIN responses r ON r.id = o.response_id WHERE r.form = :form ORDER BY o.response_id, o.key";

}  // namespace

void save_override(Connection& connection, const CodeOverride& override_) {
    if (override_.key.empty())
        throw InvalidInput(
            Location{"", 0, "$.key", ""},
            "a code override for response '" + override_.response_id + "' needs a key");
    guarded(connection, "saving a code override", [&] {
        Transaction transaction(connection);
        long long count = 0;
        connection.sql << kResponseExists, soci::use(override_.response_id), soci::into(count);
        if (count == 0)
            throw InvalidInput(Location{"", 0, "$.response_id", ""},
                               "no stored response has id '" + override_.response_id + "'");
        const std::string codes = strings_to_json(override_.codes);
        const std::string at = utc_now();
        connection.sql << kUpsertOverride, soci::use(override_.response_id),
            soci::use(override_.key), soci::use(codes), soci::use(override_.coder),
            soci::use(override_.note), soci::use(at);
        transaction.commit();
    });
}

std::vector<CodeOverride> load_overrides(Connection& connection, const std::string& form) {
    return guarded(connection, "reading code overrides", [&] {
        std::vector<CodeOverride> overrides;
        CodeOverride entry;
        std::string codes;
        soci::statement select =
            (connection.sql.prepare << kSelectOverrides, soci::use(form),
             soci::into(entry.response_id), soci::into(entry.key), soci::into(codes),
             soci::into(entry.coder), soci::into(entry.note));
        select.execute();
        while (select.fetch()) {
            entry.codes = strings_from_json(codes);
            overrides.push_back(entry);
        }
        return overrides;
    });
}

}  // namespace sonda::store
