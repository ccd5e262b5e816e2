// Accounts, participant links and what each may do with a study's data.
// Tokens are 256 random bits, shown once and stored only as a keyed BLAKE2b
// hash (libsodium's crypto_generichash, the key kept in the database); the
// stored hash is compared in constant time. A token reads
// "sonda_<token id>_<secret>": the id finds the record, the secret proves it.
#pragma once

#include <string>
#include <vector>

#include "sonda/access/principal.hpp"
#include "sonda/error.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

// A request that is not allowed. `authenticated` false: no valid token
// (HTTP 401); true: a valid token without the right (HTTP 403). The message
// never names another territory's data.
class AccessDenied : public Error {
  public:
    AccessDenied(bool authenticated, const std::string& message)
        : Error(ErrorKind::Usage, message), m_authenticated(authenticated) {}
    bool authenticated() const { return m_authenticated; }

  private:
    bool m_authenticated;
};

// A principal with its token, as made: the token is not kept anywhere.
struct IssuedToken {
    Principal principal;
    std::string token;
};

struct AccountRequest {
    std::string name;  // letters, digits, '.', '-', '_'; 1..64 characters
    AccessRole role = AccessRole::Collector;
    std::vector<std::string> territories, forms, waves;  // checked against the study
    std::string expires_at;                              // ISO 8601 date or UTC time; empty: never
    std::string created_by;  // who asks, for the audit log ("" from the CLI)
    std::string source = "cli";
};

struct LinkRequest {
    std::string form, wave, territory;  // one of each, checked against the study and forms
    std::string expires_at;
    std::string created_by;
    std::string source = "cli";
};

class AccessControl {
  public:
    explicit AccessControl(Store& store) : m_store(store) {}

    // Throws InvalidInput (a bad name, role scope or unknown territory, form
    // or wave) or ConflictError (the name is taken).
    IssuedToken add_account(const AccountRequest& request);
    IssuedToken create_link(const LinkRequest& request);
    std::vector<Principal> principals();
    // Immediate: the next request with its token is refused. False when no
    // principal has this name; revoking twice keeps the first time.
    bool revoke(const std::string& name, const std::string& who = "",
                const std::string& source = "cli");

    // The principal a bearer token stands for at this moment. Throws
    // AccessDenied(false) for a malformed, unknown, revoked or expired token
    // (one message for all four: the caller learns nothing about which).
    Principal authenticate(const std::string& token);

  private:
    const std::string& key();
    IssuedToken issue(Principal principal, const std::string& action, const std::string& source);

    Store& m_store;
    std::string m_key;  // read once
};

// The filter limited to what the principal may read: its territories when
// the filter names none; AccessDenied(true) when it names one outside them
// or when the principal reads no responses at all.
ResponseFilter scoped_filter(const Principal& principal, ResponseFilter filter);
// AccessDenied(true) unless the principal may submit this response.
void authorize_submission(const Principal& principal, const Response& response);

}  // namespace sonda
