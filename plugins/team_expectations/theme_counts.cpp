#include "team_expectations/theme_counts.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace sonda::team_expectations {

WaveCoder::WaveCoder(const ExpectationsForm& layout, const std::vector<CodeOverride>& overrides,
                     bool keep_texts)
    : m_layout(layout), m_overrides(overrides), m_index(overrides), m_keep_texts(keep_texts) {
    for (const CodeOverride& override_ : overrides) m_named.insert(override_.response_id);
}

void WaveCoder::add(const Response& response) {
    const std::string who = response.territory + "/" + response.respondent;
    m_respondents.insert(who);
    if (m_named.count(response.id)) m_overridden.insert(response.id);
    long long sequence = 0;
    const auto order = [&] {
        return Order{{response.territory, response.respondent}, {response.id, sequence++}};
    };
    for (CodedText& text : code_response(m_layout, response, m_index)) {
        if (text.overridden) m_used.insert({text.response_id, text.key});
        for (const std::string& code : text.unknown_codes)
            // Never the response id: the warning is published with the report,
            // and an id can lead back to a respondent code. The text key finds it.
            m_warnings.emplace_back(order(), "an override of text " + text.key + ": code '" + code +
                                                 "' is not a theme of the codebook; ignored");
        if (text.themes.empty()) {
            ThemeCell& cell = m_wave.uncoded[text.service];
            ++cell.texts;
            cell.respondents.insert(who);
        }
        for (const std::string& theme : text.themes) {
            ThemeCell& cell = m_wave.cells[{text.service, theme}];
            ++cell.texts;
            cell.respondents.insert(who);
        }
        if (m_keep_texts) m_texts.emplace_back(order(), std::move(text));
    }
}

WaveCoding WaveCoder::finish() {
    const auto by_order = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(m_texts.begin(), m_texts.end(), by_order);
    std::sort(m_warnings.begin(), m_warnings.end(), by_order);
    for (auto& [order, text] : m_texts) m_wave.texts.push_back(std::move(text));
    for (auto& [order, warning] : m_warnings) m_wave.warnings.push_back(std::move(warning));
    // An override for a response of this group that names no text of it is a
    // stale or mistyped key: say so rather than let the correction vanish.
    std::set<std::pair<std::string, std::string>> reported;
    for (const CodeOverride& override_ : m_overrides) {
        const std::pair<std::string, std::string> id{override_.response_id, override_.key};
        if (m_overridden.count(override_.response_id) && !m_used.count(id) &&
            reported.insert(id).second)
            m_wave.warnings.push_back("an override names text '" + override_.key +
                                      "', which its response does not have "
                                      "(keys are <item>/<service>/<facet>/<index>, index from 0)");
    }
    m_wave.n = static_cast<long long>(m_respondents.size());
    return std::move(m_wave);
}

WaveCoding code_wave(const ExpectationsForm& layout, const std::vector<Response>& group,
                     const std::vector<CodeOverride>& overrides) {
    WaveCoder coder(layout, overrides);
    for (const Response& response : group) coder.add(response);
    return coder.finish();
}

Poco::JSON::Object::Ptr coded_text_json(const CodedText& text,
                                        const std::set<std::string>& unnamed_territories) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    if (!unnamed_territories.count(text.territory)) out->set("territory", text.territory);
    out->set("key", text.key);
    out->set("item", text.item);
    out->set("service", text.service);
    out->set("facet", text.facet);
    out->set("index", static_cast<int>(text.index));
    out->set("text", text.text);
    Poco::JSON::Array::Ptr themes = new Poco::JSON::Array;
    for (const std::string& theme : text.themes) themes->add(theme);
    out->set("themes", themes);
    out->set("source", text.overridden ? "override" : "rules");
    Poco::JSON::Object::Ptr matched = new Poco::JSON::Object;
    for (const auto& [theme, keywords] : text.matched) {
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const std::string& keyword : keywords) list->add(keyword);
        matched->set(theme, list);
    }
    out->set("matched", matched);
    return out;
}

}  // namespace sonda::team_expectations
