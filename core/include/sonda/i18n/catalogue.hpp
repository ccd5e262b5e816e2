// Every word sonda prints, one catalogue per language: core's messages
// (core/src/i18n/messages_<language>.cpp) and those plugins add when they
// load. A text is looked up by key in the language asked for, in English
// when that language lacks it, and is the key itself when no language has
// it (a missing translation shows, it never crashes).
#pragma once

#include <cstdio>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sonda::i18n {

struct Message {
    std::string_view key;
    std::string_view text;
};

class Catalogue {
  public:
    // The process's catalogue, with core's messages in it.
    static Catalogue& instance();

    // Adds (or replaces) messages of `language`. Texts are copied: a plugin
    // may unload after adding.
    void add(std::string_view language, std::span<const Message> messages);

    std::string text(std::string_view language, std::string_view key) const;
    bool has(std::string_view language, std::string_view key) const;
    std::vector<std::string> languages() const;
    // Key -> text of one language, for tests and translators.
    std::map<std::string, std::string> messages(std::string_view language) const;

  private:
    Catalogue() = default;
    mutable std::mutex m_mutex;
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> m_texts;
};

// Catalogue::instance().text(language, key).
std::string tr(std::string_view language, std::string_view key);

// tr() with its printf conversions filled in. tests/core/i18n checks that
// every language's text has the same conversions as the English one.
template <typename... Args>
std::string format(std::string_view language, std::string_view key, Args... args) {
    const std::string pattern = tr(language, key);
    const int size = std::snprintf(nullptr, 0, pattern.c_str(), args...);
    std::string out(static_cast<std::size_t>(size < 0 ? 0 : size) + 1, '\0');
    std::snprintf(out.data(), out.size(), pattern.c_str(), args...);
    out.resize(out.size() - 1);
    return out;
}

// The key of a count's wording: "<key>.one" when `count` is exactly one,
// "<key>.other" otherwise. Italian and English both have just these two forms
// ("1 testo", "2 testi"); a language with more would add keys, not callers.
std::string plural_key(std::string_view key, long long count);

// format() of plural_key(key, count), the count passed first.
template <typename... Args>
std::string format_count(std::string_view language, std::string_view key, long long count,
                         Args... args) {
    return format(language, plural_key(key, count), count, args...);
}

// Core's own tables (messages_<language>.cpp).
std::span<const Message> core_messages_en();
std::span<const Message> core_messages_it();
// Core's messages about input it refuses (messages_input_<language>.cpp).
std::span<const Message> core_input_messages_en();
std::span<const Message> core_input_messages_it();

}  // namespace sonda::i18n
