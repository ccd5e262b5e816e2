#include "score_sets.hpp"

#include <algorithm>
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
constexpr const char* kInsertItemLayout =
    "INSERT INTO item_layouts (form, names) VALUES (:form, :names) "
    "ON CONFLICT (form, names) DO NOTHING";
constexpr const char* kSelectItemLayout =
    "SELECT id FROM item_layouts WHERE form = :form AND names = :names";
constexpr const char* kInsertScoreSet =
    "INSERT INTO score_sets (form, wave, territory, respondent, response_id, form_version, role, "
    "withdrawn, layout, vals, item_layout, items, scorer) VALUES (:form, :wave, :territory, "
    ":respondent, :response_id, :form_version, :role, :withdrawn, :layout, :vals, :item_layout, "
    ":items, :scorer)";
constexpr const char* kInsertScorer =
    "INSERT INTO scorers (form, plugin, version) VALUES (:form, :plugin, :version) "
    "ON CONFLICT (form, plugin, version) DO NOTHING";
constexpr const char* kSelectScorer =
    "SELECT id FROM scorers WHERE form = :form AND plugin = :plugin AND version = :version";

// Insert-or-ignore, then read: another writer may create the same layout at once.
long long layout_id(Connection& connection, const char* insert, const char* select,
                    const std::string& form, const std::string& names) {
    long long id = 0;
    connection.sql << insert, soci::use(form), soci::use(names);
    connection.sql << select, soci::use(form), soci::use(names), soci::into(id);
    return id;
}

void append_number(std::string& text, double value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    text.append(buffer, end);
}

// The same text for the small integers most item answers are (a likert 1..5),
// a few times faster: below 1e5 the shortest form of an integral double is its
// digits (to_chars prefers fixed notation on a tie in length).
void append_item_value(std::string& text, double value) {
    if (value > -1e5 && value < 1e5 && value == std::trunc(value)) {
        char buffer[8];
        const auto [end, error] =
            std::to_chars(buffer, buffer + sizeof buffer, static_cast<int>(value));
        text.append(buffer, end);
        return;
    }
    append_number(text, value);
}

}  // namespace

std::string encode_score_values(const std::vector<Score>& scores) {
    std::string text;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (i) text += ';';
        const std::optional<double>& value = scores[i].value;
        if (!value || !std::isfinite(*value)) continue;
        append_number(text, *value);
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
    // Most responses have the layout of the one before: no key is built then
    // (building it, names and JSON, was a tenth of an import's time).
    const auto same_names = [&scores](const std::vector<std::string>& names) {
        return std::equal(
            names.begin(), names.end(), scores.begin(), scores.end(),
            [](const std::string& name, const Score& score) { return name == score.name; });
    };
    if (m_last != m_ids.end() && m_last->first.first == form && same_names(m_last->first.second))
        return m_last->second;
    std::vector<std::string> names;
    names.reserve(scores.size());
    for (const Score& score : scores) names.push_back(score.name);
    std::pair<std::string, std::vector<std::string>> key{form, std::move(names)};
    auto found = m_ids.find(key);
    if (found == m_ids.end()) {
        const long long id = layout_id(m_connection, kInsertLayout, kSelectLayout, form,
                                       strings_to_json(key.second));
        found = m_ids.emplace(std::move(key), id).first;
    }
    m_last = found;
    return found->second;
}

void pack_items(const Poco::JSON::Object* answers, PackedItems& out) {
    out.names.clear();
    out.values.clear();
    if (!answers) return;
    for (const auto& [item, answer] : *answers) {
        // The one rule (numeric_answer), not a second reading of the value.
        double value = numeric_answer(answer);
        if (std::isnan(value)) continue;
        // The canonical content writes -0 as 0: pack what a reader of the
        // content would see, sign of zero included.
        if (value == 0) value = 0;
        if (!out.names.empty()) out.values += ';';
        out.names.push_back(item);
        append_item_value(out.values, value);
    }
}

bool decode_item_values(std::string_view text, std::size_t count, std::vector<double>& out) {
    if (count == 0) return text.empty();
    const std::size_t before = out.size();
    if (!decode_score_values(text, out)) return false;
    // Every packed item has a number: an empty field is damage, not "missing".
    for (std::size_t i = before; i < out.size(); ++i)
        if (std::isnan(out[i])) return false;
    return out.size() - before == count;
}

long long ItemLayouts::id(const std::string& form, const std::vector<std::string>& names) {
    // Most responses have the layout of the one before: no key is built then.
    if (m_last != m_ids.end() && m_last->first.first == form && m_last->first.second == names)
        return m_last->second;
    std::pair<std::string, std::vector<std::string>> key{form, names};
    auto found = m_ids.find(key);
    if (found == m_ids.end()) {
        const long long id = layout_id(m_connection, kInsertItemLayout, kSelectItemLayout, form,
                                       strings_to_json(names));
        found = m_ids.emplace(std::move(key), id).first;
    }
    m_last = found;
    return found->second;
}

long long Scorers::id(const std::string& form, const Scorer& scorer) {
    if (m_last != m_ids.end() && std::get<0>(m_last->first) == form &&
        std::get<1>(m_last->first) == scorer.plugin && std::get<2>(m_last->first) == scorer.version)
        return m_last->second;
    auto key = std::make_tuple(form, scorer.plugin, scorer.version);
    auto found = m_ids.find(key);
    if (found == m_ids.end()) {
        long long id = 0;
        m_connection.sql << kInsertScorer, soci::use(form), soci::use(scorer.plugin),
            soci::use(scorer.version);
        m_connection.sql << kSelectScorer, soci::use(form), soci::use(scorer.plugin),
            soci::use(scorer.version), soci::into(id);
        found = m_ids.emplace(std::move(key), id).first;
    }
    m_last = found;
    return found->second;
}

void insert_score_set(Connection& connection, SetLayouts& layouts, const Response& response,
                      bool withdrawn, const std::vector<Score>& scores, const Scorer& scorer) {
    if (scores.empty()) return;
    long long scorer_id = layouts.scorers.id(response.form, scorer);
    long long layout = layouts.scores.id(response.form, scores);
    long long form_version = response.form_version;
    long long withdrawn_flag = withdrawn ? 1 : 0;
    const std::string values = encode_score_values(scores);
    PackedItems items;
    pack_items(response.answers.get(), items);
    long long item_layout = layouts.items.id(response.form, items.names);
    connection.sql << kInsertScoreSet, soci::use(response.form), soci::use(response.wave),
        soci::use(response.territory), soci::use(response.respondent), soci::use(response.id),
        soci::use(form_version), soci::use(response.role), soci::use(withdrawn_flag),
        soci::use(layout), soci::use(values), soci::use(item_layout), soci::use(items.values),
        soci::use(scorer_id);
}

}  // namespace sonda::store
