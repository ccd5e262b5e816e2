// The text of an access token and the hash kept of it. A token reads
// "sonda_<id>_<secret>": the id (8 random bytes, hex) finds the record
// without revealing anything, the secret (32 random bytes, base64url) is
// what the stored keyed hash proves. The prefix lets secret scanners and
// people recognise a leaked token.
#pragma once

#include <optional>
#include <string>

namespace sonda::access {

struct TokenParts {
    std::string id;
    std::string secret;
};

struct NewToken {
    std::string text;
    TokenParts parts;
};

NewToken make_token();
// nullopt when the text does not have the token's shape.
std::optional<TokenParts> parse_token(const std::string& text);
// Keyed BLAKE2b-256 of the secret, hex; `key_hex` from AccessRecords::token_key.
std::string secret_hash(const std::string& key_hex, const std::string& secret);
// Whether two hex hashes are equal, in time independent of where they differ.
bool same_hash(const std::string& left, const std::string& right);

}  // namespace sonda::access
