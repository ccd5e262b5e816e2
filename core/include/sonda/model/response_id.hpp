// Response ids for rows that carry none. A spreadsheet user cannot make a UUID,
// so a CSV row or NDJSON line without an id gets one derived from what makes a
// response unique (a respondent answers a form once per wave): a name-based
// UUID, version 5 (SHA-1, RFC 4122 section 4.3), in sonda's own namespace. The
// same row always gets the same id, which keeps re-imports idempotent; the
// derivation is documented in docs/interchange.md so other tools can repeat it.
#pragma once

#include <string>

namespace sonda {

// The namespace UUID of sonda's derived response ids. Never change it: every
// id derived so far would change with it.
inline constexpr const char* kResponseIdNamespace = "b918c1cf-53bd-4c4d-a143-a826a1f4c6da";

// The version 5 UUID of `name` in the namespace `namespace_id` (a UUID in text),
// in lower case. Throws InvalidInput when `namespace_id` is not a UUID.
std::string uuid_v5(const std::string& namespace_id, const std::string& name);

// The name hashed for a response: each part as its length in bytes (decimal),
// a colon, then its bytes, so that no two lists of parts give the same name
// ("8:io-study8:io-check..."): parts may hold any character.
std::string response_id_name(const std::string& study, const std::string& form,
                             const std::string& wave, const std::string& territory,
                             const std::string& respondent);

// uuid_v5(kResponseIdNamespace, response_id_name(...)). Not the form version:
// a respondent's answer to a form at a wave is one response, whatever version.
std::string derived_response_id(const std::string& study, const std::string& form,
                                const std::string& wave, const std::string& territory,
                                const std::string& respondent);

}  // namespace sonda
