#include "token.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "sonda/error.hpp"

namespace sonda::access {

namespace {

constexpr std::size_t kIdBytes = 8;
constexpr std::size_t kSecretBytes = 32;  // 256 bits
constexpr const char* kPrefix = "sonda_";
constexpr int kBase64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

void ensure_sodium() {
    if (sodium_init() < 0) throw StorageError("libsodium could not be initialised");
}

std::vector<unsigned char> random_bytes(std::size_t count) {
    std::vector<unsigned char> bytes(count);
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

std::string hex(const std::vector<unsigned char>& bytes) {
    std::string text(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), bytes.data(), bytes.size());
    text.pop_back();
    return text;
}

std::string base64(const std::vector<unsigned char>& bytes) {
    std::string text(sodium_base64_ENCODED_LEN(bytes.size(), kBase64), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), kBase64);
    text.pop_back();
    return text;
}

bool all_of_class(const std::string& text, const char* allowed) {
    return !text.empty() && text.find_first_not_of(allowed) == std::string::npos;
}

}  // namespace

NewToken make_token() {
    ensure_sodium();
    NewToken token;
    token.parts.id = hex(random_bytes(kIdBytes));
    token.parts.secret = base64(random_bytes(kSecretBytes));
    token.text = kPrefix + token.parts.id + "_" + token.parts.secret;
    return token;
}

std::optional<TokenParts> parse_token(const std::string& text) {
    const std::string prefix = kPrefix;
    const std::size_t id_length = kIdBytes * 2;
    const std::size_t secret_length = sodium_base64_ENCODED_LEN(kSecretBytes, kBase64) - 1;
    if (text.size() != prefix.size() + id_length + 1 + secret_length) return std::nullopt;
    if (text.compare(0, prefix.size(), prefix) != 0 || text[prefix.size() + id_length] != '_')
        return std::nullopt;
    TokenParts parts{text.substr(prefix.size(), id_length),
                     text.substr(prefix.size() + id_length + 1)};
    if (!all_of_class(parts.id, "0123456789abcdef")) return std::nullopt;
    if (!all_of_class(parts.secret,
                      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
        return std::nullopt;
    return parts;
}

std::string secret_hash(const std::string& key_hex, const std::string& secret) {
    ensure_sodium();
    std::vector<unsigned char> key(crypto_generichash_KEYBYTES);
    std::size_t key_length = 0;
    if (sodium_hex2bin(key.data(), key.size(), key_hex.c_str(), key_hex.size(), nullptr,
                       &key_length, nullptr) != 0 ||
        key_length != key.size())
        throw StorageError("the stored token key is damaged: it is not " +
                           std::to_string(key.size()) + " bytes of hex");
    std::vector<unsigned char> hash(crypto_generichash_BYTES);
    crypto_generichash(hash.data(), hash.size(),
                       reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                       key.data(), key.size());
    sodium_memzero(key.data(), key.size());
    return hex(hash);
}

bool same_hash(const std::string& left, const std::string& right) {
    if (left.size() != right.size()) return false;
    return sodium_memcmp(left.data(), right.data(), left.size()) == 0;
}

}  // namespace sonda::access
