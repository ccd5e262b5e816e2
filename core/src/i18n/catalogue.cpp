#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

Catalogue& Catalogue::instance() {
    static Catalogue* catalogue = [] {
        auto* made = new Catalogue();  // never destroyed: plugins may look up at exit
        made->add("en", core_messages_en());
        made->add("it", core_messages_it());
        made->add("en", core_input_messages_en());
        made->add("it", core_input_messages_it());
        return made;
    }();
    return *catalogue;
}

void Catalogue::add(std::string_view language, std::span<const Message> messages) {
    const std::lock_guard lock(m_mutex);
    auto& texts = m_texts[std::string(language)];
    for (const Message& message : messages)
        texts[std::string(message.key)] = std::string(message.text);
}

std::string Catalogue::text(std::string_view language, std::string_view key) const {
    const std::lock_guard lock(m_mutex);
    for (std::string_view candidate : {language, std::string_view("en")}) {
        const auto texts = m_texts.find(candidate);
        if (texts == m_texts.end()) continue;
        const auto found = texts->second.find(key);
        if (found != texts->second.end()) return found->second;
    }
    return std::string(key);
}

bool Catalogue::has(std::string_view language, std::string_view key) const {
    const std::lock_guard lock(m_mutex);
    const auto texts = m_texts.find(language);
    return texts != m_texts.end() && texts->second.find(key) != texts->second.end();
}

std::vector<std::string> Catalogue::languages() const {
    const std::lock_guard lock(m_mutex);
    std::vector<std::string> out;
    for (const auto& [language, texts] : m_texts) out.push_back(language);
    return out;
}

std::map<std::string, std::string> Catalogue::messages(std::string_view language) const {
    const std::lock_guard lock(m_mutex);
    const auto texts = m_texts.find(language);
    if (texts == m_texts.end()) return {};
    return {texts->second.begin(), texts->second.end()};
}

std::string tr(std::string_view language, std::string_view key) {
    return Catalogue::instance().text(language, key);
}

std::string plural_key(std::string_view key, long long count) {
    return std::string(key) + (count == 1 ? ".one" : ".other");
}

}  // namespace sonda::i18n
