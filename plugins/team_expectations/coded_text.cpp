#include "team_expectations/coded_text.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace sonda::team_expectations {

std::string text_key(const std::string& item, const std::string& service, const std::string& facet,
                     std::size_t index) {
    return item + "/" + service + "/" + facet + "/" + std::to_string(index);
}

OverrideIndex::OverrideIndex(const std::vector<CodeOverride>& overrides) {
    for (const CodeOverride& override_ : overrides)
        m_by_text[{override_.response_id, override_.key}] = &override_;  // last one wins
}

const CodeOverride* OverrideIndex::find(const std::string& response_id,
                                        const std::string& key) const {
    auto found = m_by_text.find({response_id, key});
    return found == m_by_text.end() ? nullptr : found->second;
}

namespace {

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

void apply_override(const Codebook& codebook, const CodeOverride& override_, CodedText& coded) {
    coded.overridden = true;
    coded.matched.clear();
    coded.themes.clear();
    // Kept in codebook order, so a text reads the same however the evaluator listed its codes.
    for (const Theme& theme : codebook.themes())
        if (std::find(override_.codes.begin(), override_.codes.end(), theme.id) !=
            override_.codes.end())
            coded.themes.push_back(theme.id);
    for (const std::string& code : override_.codes)
        if (!codebook.theme(code)) coded.unknown_codes.push_back(code);
}

}  // namespace

std::vector<CodedText> code_response(const ExpectationsForm& layout, const Response& response,
                                     const OverrideIndex& overrides) {
    std::vector<CodedText> out;
    if (!response.answers) return out;
    for (const Item* item : layout.text_matrices()) {
        const auto matrix = response.answers->getObject(item->id);
        if (!matrix) continue;
        for (const Choice& row : item->rows) {
            const auto cells = matrix->getObject(row.value);
            if (!cells) continue;
            for (const Choice& column : item->columns) {
                const auto texts = cells->getArray(column.value);
                if (!texts) continue;
                for (std::size_t i = 0; i < texts->size(); ++i) {
                    const Poco::Dynamic::Var value = texts->get(static_cast<unsigned>(i));
                    if (!value.isString()) continue;
                    CodedText coded;
                    coded.text = value.extract<std::string>();
                    if (blank(coded.text)) continue;
                    coded.response_id = response.id;
                    coded.territory = response.territory;
                    coded.item = item->id;
                    coded.service = row.value;
                    coded.facet = column.value;
                    coded.index = i;
                    coded.key = text_key(item->id, row.value, column.value, i);
                    if (const CodeOverride* found = overrides.find(response.id, coded.key)) {
                        apply_override(layout.codebook(), *found, coded);
                    } else {
                        Coding coding = layout.codebook().code(coded.text);
                        coded.themes = std::move(coding.themes);
                        coded.matched = std::move(coding.matched);
                    }
                    out.push_back(std::move(coded));
                }
            }
        }
    }
    return out;
}

}  // namespace sonda::team_expectations
