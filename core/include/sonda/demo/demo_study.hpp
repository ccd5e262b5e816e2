// The demo study: the RETICULATE workshops of 2023-12-01 and 2024-03-05 in four
// Tuscan territories (and a follow-up wave), with responses to every loaded
// instrument that gives demo answers (sonda/plugin/demo_answers.hpp). Texts
// come from the workshop report as written there (data files in forms/demo/);
// the numbers the report does not give are generated from a fixed seed with
// sonda's own portable random code, so every machine builds the same
// database. Responses go in through the importer, the same validation and
// scoring path as user data.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "sonda/io/importer.hpp"

namespace sonda {

class Engine;

struct DemoOptions {
    std::string data_folder;  // forms/demo: study.json, respondents.json, story.json, texts
    std::vector<std::string> form_folders;  // the instruments' form files
    std::uint32_t seed = 20231201;
};

struct DemoSummary {
    std::string study_id;
    std::map<std::string, long long> responses_per_form;
    // territory id -> (wave id, respondents who answered), waves in study order
    std::map<std::string, std::vector<std::pair<std::string, int>>> respondents;
    // The story's instruments (forms/demo/story.json) left unanswered, each
    // with why: no form, its plugin not loaded or without demo answers.
    std::vector<std::pair<std::string, std::string>> missing_instruments;
    ImportSummary import;
};

// The first folder of the form path that holds demo/study.json, as "<folder>/demo".
// Throws InvalidInput naming the folders searched.
std::string default_demo_folder();

// Builds the demo in `target` (a SQLite file or a postgresql:// URL): the study,
// every form of `form_folders`, and the responses. The engine must have its
// plugins loaded. Deterministic: the same seed gives the same response ids and
// content, so building twice into one database changes nothing.
DemoSummary build_demo_study(Engine& engine, const std::string& target, const DemoOptions& options);

}  // namespace sonda
