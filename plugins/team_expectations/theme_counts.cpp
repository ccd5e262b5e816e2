#include "team_expectations/theme_counts.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::team_expectations {

WaveCoding code_wave(const ExpectationsForm& layout, const std::vector<Response>& group,
                     const std::vector<CodeOverride>& overrides) {
    WaveCoding wave;
    const OverrideIndex index(overrides);
    std::set<std::string> respondents;
    std::set<std::pair<std::string, std::string>> used;  // (response id, key) of overrides applied
    std::set<std::string> responses;
    for (const Response& response : group) {
        const std::string who = response.territory + "/" + response.respondent;
        respondents.insert(who);
        responses.insert(response.id);
        for (CodedText& text : code_response(layout, response, index)) {
            if (text.overridden) used.insert({text.response_id, text.key});
            for (const std::string& code : text.unknown_codes)
                wave.warnings.push_back("override of response " + text.response_id + " text " +
                                        text.key + ": code '" + code +
                                        "' is not a theme of the codebook; ignored");
            if (text.themes.empty()) {
                ThemeCell& cell = wave.uncoded[text.service];
                ++cell.texts;
                cell.respondents.insert(who);
            }
            for (const std::string& theme : text.themes) {
                ThemeCell& cell = wave.cells[{text.service, theme}];
                ++cell.texts;
                cell.respondents.insert(who);
            }
            wave.texts.push_back(std::move(text));
        }
    }
    // An override for a response of this group that names no text of it is a
    // stale or mistyped key: say so rather than let the correction vanish.
    std::set<std::pair<std::string, std::string>> reported;
    for (const CodeOverride& override_ : overrides) {
        const std::pair<std::string, std::string> id{override_.response_id, override_.key};
        if (responses.count(override_.response_id) && !used.count(id) && reported.insert(id).second)
            wave.warnings.push_back("override of response " + override_.response_id +
                                    " names text '" + override_.key +
                                    "', which that response does not have "
                                    "(keys are <item>/<service>/<facet>/<index>, index from 0)");
    }
    wave.n = static_cast<long long>(respondents.size());
    return wave;
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
