// The demo's data files (forms/demo/*.json) read into plain structs: who
// answered when (respondents.json), the workshop-1 texts (expectations.json),
// the workshop-2 texts and network actors (network.json). Texts are the
// report's as written; nothing here is generated.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sonda::demo {

struct DemoRespondent {
    std::string code;
    std::string territory;
    std::string role;
    std::vector<std::string> waves;
    bool answered(const std::string& wave) const;
};

// One expectation text of workshop 1: which territory, role and service it
// belongs to and under which facet of the team-expectations matrix it goes.
struct DemoExpectation {
    std::string territory;
    std::string role;  // empty: the territorial group, any of its members
    std::string service;
    std::string facet;
    std::string text;
};

// Strengths, weaknesses and objectives of one territory for one dimension.
struct DemoDimensionTexts {
    std::string territory;
    std::string dimension;
    std::map<std::string, std::vector<std::string>> by_facet;  // strengths, weaknesses, objectives
};

struct DemoActor {
    std::string name;
    std::string service;     // the network map's catalogue entry, or empty
    int ring_first = 3;      // ring at the first wave it appears
    std::string first_wave;  // empty: from the first wave
};

struct DemoData {
    std::vector<DemoRespondent> respondents;
    std::string expectations_wave;
    std::vector<DemoExpectation> expectations;
    std::string network_wave;
    std::vector<DemoDimensionTexts> dimension_texts;
    std::map<std::string, std::vector<DemoActor>> actors;  // by territory
};

// Reads the three files of `folder`; throws InvalidInput with file and JSON path.
DemoData load_demo_data(const std::string& folder);

}  // namespace sonda::demo
