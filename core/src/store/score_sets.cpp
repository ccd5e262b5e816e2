#include "score_sets.hpp"

#include <charconv>
#include <cmath>
#include <limits>

#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kInsertLayout =
    "INSERT INTO score_layouts (form, names) VALUES (:form, :names) "
    "ON CONFLICT (form, names) DO NOTHING";
constexpr const char* kSelectLayout =
    "SELECT id FROM score_layouts WHERE form = :form AND names = :names";
constexpr const char* kInsertScoreSet =
    "INSERT INTO score_sets (form, wave, territory, respondent, response_id, form_version, role, "
    "withdrawn, layout, vals) VALUES (:form, :wave, :territory, :respondent, :response_id, "
    ":form_version, :role, :withdrawn, :layout, :vals)";

}  // namespace

std::string encode_score_values(const std::vector<Score>& scores) {
    std::string text;
    char buffer[32];
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (i) text += ';';
        const std::optional<double>& value = scores[i].value;
        if (!value || !std::isfinite(*value)) continue;
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *value);
        text.append(buffer, end);
    }
    return text;
}

bool decode_score_values(std::string_view text, std::vector<double>& out) {
    const char* at = text.data();
    const char* const end = at + text.size();
    for (;;) {
        const char* field_end = at;
        while (field_end != end && *field_end != ';') ++field_end;
        if (field_end == at) {
            out.push_back(std::numeric_limits<double>::quiet_NaN());
        } else {
            double value = 0;
            const auto [stop, error] = std::from_chars(at, field_end, value);
            if (error != std::errc() || stop != field_end) return false;
            out.push_back(value);
        }
        if (field_end == end) return true;
        at = field_end + 1;
    }
}

std::string layout_names(const std::vector<Score>& scores) {
    std::vector<std::string> names;
    names.reserve(scores.size());
    for (const Score& score : scores) names.push_back(score.name);
    return strings_to_json(names);
}

long long ScoreLayouts::id(const std::string& form, const std::vector<Score>& scores) {
    std::pair<std::string, std::string> key{form, layout_names(scores)};
    auto found = m_ids.find(key);
    if (found != m_ids.end()) return found->second;
    long long id = 0;
    m_connection.sql << kInsertLayout, soci::use(key.first), soci::use(key.second);
    m_connection.sql << kSelectLayout, soci::use(key.first), soci::use(key.second), soci::into(id);
    m_ids.emplace(std::move(key), id);
    return id;
}

void insert_score_set(Connection& connection, ScoreLayouts& layouts, const Response& response,
                      bool withdrawn, const std::vector<Score>& scores) {
    if (scores.empty()) return;
    long long layout = layouts.id(response.form, scores);
    long long form_version = response.form_version;
    long long withdrawn_flag = withdrawn ? 1 : 0;
    const std::string values = encode_score_values(scores);
    connection.sql << kInsertScoreSet, soci::use(response.form), soci::use(response.wave),
        soci::use(response.territory), soci::use(response.respondent), soci::use(response.id),
        soci::use(form_version), soci::use(response.role), soci::use(withdrawn_flag),
        soci::use(layout), soci::use(values);
}

}  // namespace sonda::store
