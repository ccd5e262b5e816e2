// The one reader of what team-expectations adds to a report group: the JSON
// of its comparison (docs/instruments/team-expectations.md) read back into
// plain structs, for everything that shows it: the heatmap chart (in `sonda
// chart` and in the HTML report), the territory summary and the dashboard's
// heatmap panel. None of them parses the JSON again.
//
// Lenient by design: a value of the wrong type reads as absent, so a view
// never throws on an older or hand-made report.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sonda::team_expectations {

struct AxisLabel {
    std::string id;
    std::string label;  // in the report's language; the id when the JSON has none
};

// One service x theme cell, or a service's uncoded texts (theme empty).
// Empty counts: withheld, or not in the JSON.
struct ReportedCell {
    std::string service;
    std::string theme;
    std::optional<long long> texts_from, texts_to, texts_change;
    std::optional<long long> respondents_from, respondents_to, respondents_change;
};

enum class TextWave { From, To };

// One coded free text. It carries no respondent code at all; its territory
// is empty where the report withholds that territory's cell in this group.
struct ReportedText {
    TextWave wave = TextWave::From;
    std::string territory;
    std::string service;
    std::string facet;
    std::string text;
    std::vector<std::string> themes;
    bool overridden = false;                                  // coded by an evaluator
    std::map<std::string, std::vector<std::string>> matched;  // theme -> keywords that fired
};

struct ExpectationsComparison {
    bool present = false;  // the extras are team-expectations'
    // The JSON carries the three lists the heatmap needs: themes, services
    // and theme_counts.
    bool has_theme_counts = false;
    long long n_from = 0, n_to = 0;
    bool suppressed_from = false, suppressed_to = false;  // a wave below the minimum cell
    std::vector<AxisLabel> themes, services;              // as the JSON lists them
    std::vector<ReportedCell> theme_counts;
    std::vector<ReportedCell> uncoded;
    std::vector<ReportedText> coded_texts;  // never any of a withheld wave
    std::vector<std::string> warnings;
};

// Null extras read as not present.
ExpectationsComparison read_expectations_comparison(const Poco::JSON::Object::Ptr& extras);

}  // namespace sonda::team_expectations
