#include "sonda/i18n/message_language.hpp"

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

}  // namespace sonda::i18n
