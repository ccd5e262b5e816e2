// The language of the messages an operation produces deep inside the core
// (an import's row errors, a response's issues, a form's problems): set once
// by the host for the current thread, read where a message is worded, so no
// validator needs a language parameter. Without a scope messages are English.
//
//     i18n::MessageLanguage scope{"it"};   // for this import, on this thread
//     issue.reason = i18n::message("input.unknown_territory", value, listed);
//
// Only what people read is localized: codes, JSON paths and ids stay as they are.
#pragma once

#include <string>
#include <type_traits>

#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

// Sets this thread's message language until destroyed, then restores the one
// before (scopes nest).
class MessageLanguage {
  public:
    explicit MessageLanguage(std::string language);
    ~MessageLanguage();
    MessageLanguage(const MessageLanguage&) = delete;
    MessageLanguage& operator=(const MessageLanguage&) = delete;

  private:
    std::string m_previous;
};

// This thread's message language: the innermost scope's, else "en".
const std::string& message_language();

namespace detail {
// What printf receives: a std::string as its characters, numbers and C strings as they are.
inline const char* printf_argument(const std::string& text) { return text.c_str(); }
template <typename T>
T printf_argument(T value) {
    static_assert(
        std::is_arithmetic_v<T> || std::is_same_v<T, const char*> || std::is_same_v<T, char*>,
        "pass a std::string, a C string or a number");
    return value;
}
}  // namespace detail

// A number as a person writes it in the message language: the fewest digits
// that read back as the value ("2.5", "3"), with that language's decimal separator
// ("2,5" in Italian). For values quoted back from a file, not for figures of
// a report (those have fixed decimals: report_wording.hpp).
std::string message_number(double value);

// format() in `language`, std::string arguments filling "%s": for text worded
// before any scope is open (the CLI's usage errors, read off the raw arguments).
template <typename... Args>
std::string message_in(std::string_view language, std::string_view key, const Args&... args) {
    return format(language, key, detail::printf_argument(args)...);
}

// message_in() the message language.
template <typename... Args>
std::string message(std::string_view key, const Args&... args) {
    return message_in(message_language(), key, args...);
}

// format_count() in the message language: "<key>.one" or "<key>.other", the count first.
template <typename... Args>
std::string message_count(std::string_view key, long long count, const Args&... args) {
    return format(message_language(), plural_key(key, count), count,
                  detail::printf_argument(args)...);
}

}  // namespace sonda::i18n
