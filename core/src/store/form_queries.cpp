// Forms are stored whole, keyed by (id, version). A version that responses use
// is immutable: a changed definition needs a new version number.
#include "sonda/i18n/message_language.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kSelectForm =
    "SELECT plugin, definition FROM forms WHERE id = :id AND version = :version";
constexpr const char* kSelectForms =
    "SELECT id, version, plugin, definition FROM forms ORDER BY id, version";
constexpr const char* kInsertForm =
    "INSERT INTO forms (id, version, plugin, definition) VALUES (:id, :version, :plugin, "
    ":definition)";
constexpr const char* kUpdateForm =
    "UPDATE forms SET plugin = :plugin, definition = :definition WHERE id = :id AND version = "
    ":version";
constexpr const char* kCountFormUses =
    "SELECT COUNT(*) FROM responses WHERE form = :id AND form_version = :version";

}  // namespace

void save_form(Connection& connection, const FormRecord& form) {
    if (form.id.empty() || form.version < 1)
        throw InvalidInput(Location{"", 0, "$.id", ""},
                           "a form needs an id and a version of at least 1 to be stored");
    guarded(connection, "saving a form", [&] {
        Transaction transaction(connection);
        long long version = form.version;
        std::string plugin, definition;
        soci::indicator found = soci::i_null;
        connection.sql << kSelectForm, soci::use(form.id), soci::use(version),
            soci::into(plugin, found), soci::into(definition);
        if (!connection.sql.got_data()) {
            connection.sql << kInsertForm, soci::use(form.id), soci::use(version),
                soci::use(form.plugin), soci::use(form.definition_json);
        } else if (plugin != form.plugin || definition != form.definition_json) {
            long long uses = 0;
            connection.sql << kCountFormUses, soci::use(form.id), soci::use(version),
                soci::into(uses);
            if (uses > 0)
                throw ConflictError(
                    i18n::message("store.form_changed", form.id, form.version, uses));
            connection.sql << kUpdateForm, soci::use(form.plugin), soci::use(form.definition_json),
                soci::use(form.id), soci::use(version);
        }
        transaction.commit();
    });
}

std::vector<FormRecord> load_forms(Connection& connection) {
    return guarded(connection, "loading the forms", [&] {
        std::vector<FormRecord> forms;
        FormRecord form;
        long long version = 0;
        soci::statement select =
            (connection.sql.prepare << kSelectForms, soci::into(form.id), soci::into(version),
             soci::into(form.plugin), soci::into(form.definition_json));
        select.execute();
        while (select.fetch()) {
            form.version = static_cast<int>(version);
            forms.push_back(form);
        }
        return forms;
    });
}

std::optional<FormRecord> load_form(Connection& connection, const std::string& id, int version) {
    return guarded(connection, "loading a form", [&]() -> std::optional<FormRecord> {
        FormRecord form{id, version, {}, {}};
        long long wanted = version;
        connection.sql << kSelectForm, soci::use(id), soci::use(wanted), soci::into(form.plugin),
            soci::into(form.definition_json);
        if (!connection.sql.got_data()) return std::nullopt;
        return form;
    });
}

}  // namespace sonda::store
