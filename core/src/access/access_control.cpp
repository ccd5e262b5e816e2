#include "sonda/access/access_control.hpp"

#include <algorithm>
#include <set>

#include "sonda/util/utc_time.hpp"
#include "token.hpp"

namespace sonda {

namespace {

constexpr const char* kLinkPrefix = "link-";

std::string joined(const std::vector<std::string>& values, const char* separator = ",") {
    std::string text;
    for (const std::string& value : values) text += (text.empty() ? "" : separator) + value;
    return text;
}

void check_name(const std::string& name, std::vector<Issue>& issues) {
    const bool shaped = !name.empty() && name.size() <= 64 &&
                        name.find_first_not_of(
                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                            "0123456789._-") == std::string::npos;
    if (!shaped)
        issues.push_back({{"", 0, "$.name", ""},
                          "the name '" + name +
                              "' must be 1 to 64 letters, digits, '.', '-' or '_' (it is "
                              "shown in the audit log and on the command line)"});
    else if (name.rfind(kLinkPrefix, 0) == 0)
        issues.push_back(
            {{"", 0, "$.name", ""}, "names starting with 'link-' are kept for participant links"});
}

// Each value must be one of `known`; the issue lists them.
void check_known(const char* what, const char* path, const std::vector<std::string>& values,
                 const std::vector<std::string>& known, std::vector<Issue>& issues) {
    for (const std::string& value : values)
        if (std::find(known.begin(), known.end(), value) == known.end())
            issues.push_back({{"", 0, path, ""},
                              std::string("'") + value + "' is not a " + what +
                                  " of the study (known: " + joined(known, ", ") + ")"});
}

void check_role_scope(const AccountRequest& request, std::vector<Issue>& issues) {
    const bool limited =
        request.role == AccessRole::Coordinator || request.role == AccessRole::Collector;
    const std::string role(access_role_name(request.role));
    if (limited && request.territories.empty())
        issues.push_back({{"", 0, "$.territories", ""},
                          "a " + role + " needs at least one territory (--territory)"});
    if (!limited && !request.territories.empty())
        issues.push_back({{"", 0, "$.territories", ""},
                          "an " + role + " sees every territory: give no --territory"});
    if (request.role != AccessRole::Collector && (!request.forms.empty() || !request.waves.empty()))
        issues.push_back({{"", 0, "$.forms", ""},
                          "only a collector is limited to forms and waves (--form, --wave)"});
}

std::string expiry(const std::string& text, std::vector<Issue>& issues) {
    if (text.empty()) return "";
    const std::optional<std::string> at = utc_time_from_text(text);
    if (!at) {
        issues.push_back({{"", 0, "$.expires", ""},
                          "'" + text +
                              "' is not a date (2026-12-31) or a UTC time "
                              "(2026-12-31T18:00:00Z)"});
        return "";
    }
    if (*at <= utc_now())
        issues.push_back({{"", 0, "$.expires", ""}, "'" + text + "' is already past"});
    return *at;
}

struct StudyIds {
    std::vector<std::string> territories, waves, forms;
};

StudyIds study_ids(Store& store) {
    StudyIds ids;
    const Study study = store.load_study();
    for (const Territory& territory : study.territories) ids.territories.push_back(territory.id);
    for (const Wave& wave : study.waves) ids.waves.push_back(wave.id);
    std::set<std::string> forms;
    for (const FormRecord& form : store.forms()) forms.insert(form.id);
    ids.forms.assign(forms.begin(), forms.end());
    return ids;
}

}  // namespace

const std::string& AccessControl::key() {
    if (m_key.empty()) m_key = m_store.access().token_key();
    return m_key;
}

IssuedToken AccessControl::issue(Principal principal, const std::string& action,
                                 const std::string& source) {
    const access::NewToken token = access::make_token();
    if (principal.link) principal.name = kLinkPrefix + token.parts.id;
    principal.created_at = utc_now();
    PrincipalRecord record{principal, token.parts.id,
                           access::secret_hash(key(), token.parts.secret)};
    std::string detail = "role=" + std::string(access_role_name(principal.role));
    if (!principal.territories.empty()) detail += "; territories=" + joined(principal.territories);
    if (!principal.forms.empty()) detail += "; forms=" + joined(principal.forms);
    if (!principal.waves.empty()) detail += "; waves=" + joined(principal.waves);
    if (!principal.expires_at.empty()) detail += "; expires=" + principal.expires_at;
    m_store.access().add_principal(
        record, AuditEvent{principal.created_by, action, principal.name, detail, source});
    return IssuedToken{principal, token.text};
}

IssuedToken AccessControl::add_account(const AccountRequest& request) {
    std::vector<Issue> issues;
    check_name(request.name, issues);
    check_role_scope(request, issues);
    const StudyIds ids = study_ids(m_store);
    check_known("territory", "$.territories", request.territories, ids.territories, issues);
    check_known("form", "$.forms", request.forms, ids.forms, issues);
    check_known("wave", "$.waves", request.waves, ids.waves, issues);
    Principal principal;
    principal.expires_at = expiry(request.expires_at, issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    principal.name = request.name;
    principal.role = request.role;
    principal.territories = request.territories;
    principal.forms = request.forms;
    principal.waves = request.waves;
    principal.created_by = request.created_by;
    return issue(std::move(principal), "account.add", request.source);
}

IssuedToken AccessControl::create_link(const LinkRequest& request) {
    std::vector<Issue> issues;
    const StudyIds ids = study_ids(m_store);
    check_known("territory", "$.territory", {request.territory}, ids.territories, issues);
    check_known("form", "$.form", {request.form}, ids.forms, issues);
    check_known("wave", "$.wave", {request.wave}, ids.waves, issues);
    Principal principal;
    principal.expires_at = expiry(request.expires_at, issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    principal.role = AccessRole::Collector;
    principal.link = true;
    principal.territories = {request.territory};
    principal.forms = {request.form};
    principal.waves = {request.wave};
    principal.created_by = request.created_by;
    return issue(std::move(principal), "link.create", request.source);
}

std::vector<Principal> AccessControl::principals() { return m_store.access().principals(); }

bool AccessControl::revoke(const std::string& name, const std::string& who,
                           const std::string& source) {
    return m_store.access().revoke(name, utc_now(),
                                   AuditEvent{who, "principal.revoke", name, "", source});
}

Principal AccessControl::authenticate(const std::string& token) {
    const AccessDenied denied(false, "the token is not valid: unknown, revoked or expired");
    const std::optional<access::TokenParts> parts = access::parse_token(token);
    if (!parts) throw denied;
    const std::optional<PrincipalRecord> record = m_store.access().find_token(parts->id);
    // Hash even when the id is unknown, so the answer takes as long either way.
    const std::string hash = access::secret_hash(key(), parts->secret);
    if (!record || !access::same_hash(hash, record->token_hash)) throw denied;
    if (!record->principal.active_at(utc_now())) throw denied;
    return record->principal;
}

}  // namespace sonda
