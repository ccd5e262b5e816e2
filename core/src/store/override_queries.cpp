// Evaluators' corrections of automatic codes, one per (response, key); saving
// again replaces the previous correction.
#include "sonda/util/text_safety.hpp"
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

// An override is typed by an evaluator and printed in reports: the rules of
// every text field (sonda/util/text_safety.hpp) hold for it too.
void check_override_texts(const CodeOverride& override_) {
    std::vector<Issue> issues;
    auto check = [&](const std::string& text, const std::string& path, TextKind kind) {
        if (auto problem = control_character_problem(text, kind))
            issues.push_back(Issue{Location{"", 0, path, ""}, *problem});
    };
    check(override_.response_id, "$.response_id", TextKind::SingleLine);
    check(override_.key, "$.key", TextKind::SingleLine);
    for (std::size_t i = 0; i < override_.codes.size(); ++i)
        check(override_.codes[i], "$.codes[" + std::to_string(i) + "]", TextKind::SingleLine);
    check(override_.coder, "$.coder", TextKind::SingleLine);
    check(override_.note, "$.note", TextKind::MultiLine);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
}

}  // namespace

void save_override(Connection& connection, const CodeOverride& override_) {
    check_override_texts(override_);
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
