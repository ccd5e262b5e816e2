#include "report_section.hpp"

#include <Poco/JSON/Array.h>

#include "collaboration_factors.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace collaboration_factors {

namespace {

using sonda::report_detail::format_number;
using sonda::report_detail::html_escape;

// Keys carry the plugin's name, so they never meet another plugin's.
constexpr sonda::i18n::Message kEnglish[] = {
    {"collaboration-factors.factor", "Factor"},
    {"collaboration-factors.before", "Before"},
    {"collaboration-factors.after", "After"},
    {"collaboration-factors.weakest", "weakest"},
};
constexpr sonda::i18n::Message kItalian[] = {
    {"collaboration-factors.factor", "Fattore"},
    {"collaboration-factors.before", "Prima"},
    {"collaboration-factors.after", "Dopo"},
    {"collaboration-factors.weakest", "il più debole"},
};

struct Row {
    std::string item, label;
    std::optional<double> before, after;  // none: withheld
};

std::optional<double> number(const Poco::JSON::Object::Ptr& entry, const char* key) {
    if (!entry->has(key) || entry->isNull(key)) return std::nullopt;
    return entry->getValue<double>(key);
}

// What the extras hold, read without trusting their shape: a report of an
// older version, or hand-made JSON, shows what it can.
std::vector<Row> read_rows(const Poco::JSON::Object& extras) {
    std::vector<Row> rows;
    const Poco::JSON::Array::Ptr factors = extras.getArray("factors");
    if (!factors) return rows;
    for (std::size_t i = 0; i < factors->size(); ++i) {
        const Poco::JSON::Object::Ptr entry = factors->getObject(static_cast<unsigned>(i));
        if (!entry) continue;
        rows.push_back(Row{entry->optValue<std::string>("item", ""),
                           entry->optValue<std::string>("label", ""), number(entry, "mean_from"),
                           number(entry, "mean_to")});
    }
    return rows;
}

}  // namespace

std::string FactorSection::instrument() const { return kInstrumentId; }

std::string FactorSection::html_style() const {
    return "table.cf-factors td.weakest { font-weight: 600; }";
}

std::set<std::string> FactorSection::write_html(const sonda::SectionInput& input,
                                                std::ostream& out) const {
    const std::vector<Row> rows = read_rows(*input.group.instrument);
    if (rows.empty()) return {};
    const std::string& language = input.language;
    const std::string weakest = input.group.instrument->optValue<std::string>("weakest_to", "");
    const auto say = [&](const char* key) { return html_escape(sonda::i18n::tr(language, key)); };
    out << "<table class=\"data cf-factors\"><thead><tr><th>" << say("collaboration-factors.factor")
        << "</th><th class=\"num\">" << say("collaboration-factors.before")
        << "</th><th class=\"num\">" << say("collaboration-factors.after") << "</th></tr></thead>"
        << "<tbody>\n";
    for (const Row& row : rows) {
        const bool marked = row.item == weakest;
        out << "<tr><td" << (marked ? " class=\"weakest\"" : "") << ">" << html_escape(row.label)
            << (marked
                    ? " <span class=\"muted\">(" + say("collaboration-factors.weakest") + ")</span>"
                    : "")
            << "</td><td class=\"num\">" << format_number(row.before, 2, language)
            << "</td><td class=\"num\">" << format_number(row.after, 2, language) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
    return {"factors", "weakest_from", "weakest_to"};
}

std::set<std::string> FactorSection::write_text(const sonda::SectionInput& input,
                                                std::ostream& out) const {
    const std::vector<Row> rows = read_rows(*input.group.instrument);
    if (rows.empty()) return {};
    const std::string& language = input.language;
    const std::string weakest = input.group.instrument->optValue<std::string>("weakest_to", "");
    for (const Row& row : rows)
        out << "  " << row.label << ": " << format_number(row.before, 2, language) << " -> "
            << format_number(row.after, 2, language)
            << (row.item == weakest
                    ? " (" + sonda::i18n::tr(language, "collaboration-factors.weakest") + ")"
                    : "")
            << '\n';
    return {"factors", "weakest_from", "weakest_to"};
}

void add_messages() {
    sonda::i18n::Catalogue::instance().add("en", kEnglish);
    sonda::i18n::Catalogue::instance().add("it", kItalian);
}

}  // namespace collaboration_factors
