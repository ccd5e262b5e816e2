#include "sonda/i18n/message_language.hpp"

#include <charconv>

namespace sonda::i18n {

namespace {
// Empty: no scope on this thread.
thread_local std::string t_language;
const std::string kEnglish = "en";
}  // namespace

MessageLanguage::MessageLanguage(std::string language) : m_previous(std::move(t_language)) {
    t_language = std::move(language);
}

MessageLanguage::~MessageLanguage() { t_language = std::move(m_previous); }

const std::string& message_language() { return t_language.empty() ? kEnglish : t_language; }

std::string message_number(double value) {
    // The shortest text that reads back as the value: what the file said.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    const std::string decimal = tr(message_language(), "number.decimal");
    if (decimal != ".")
        if (const std::size_t dot = text.find('.'); dot != std::string::npos)
            text.replace(dot, 1, decimal);
    return text;
}

}  // namespace sonda::i18n
