#include "team_expectations/demo_answers.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <utility>

#include "sonda/demo/demo_file.hpp"
#include "sonda/error.hpp"
#include "team_expectations/team_expectations_instrument.hpp"

namespace sonda::team_expectations {

namespace {

using demo::DemoContext;
using demo::DemoRespondent;
using demo::DemoResponse;

// One expectation text of the first workshop: which territory, role and
// service it belongs to and under which facet of the matrix it goes.
struct Expectation {
    std::string territory;
    std::string role;  // empty: the territorial group, any of its members
    std::string service;
    std::string facet;
    std::string text;
};

struct ExpectationsData {
    std::string file;
    std::string wave;
    std::vector<Expectation> expectations;
};

ExpectationsData read_expectations(const std::string& file) {
    const demo::DemoFile reader(file);
    ExpectationsData data;
    data.file = file;
    data.wave = reader.string(reader.root(), "wave", "$");
    // Individual expectations: the report's "Expectations on <service>" lists,
    // which answer the "concerns/expectations" facet of the team matrix.
    const auto individual = reader.array(reader.root(), "expectations", "$");
    for (std::size_t i = 0; i < individual->size(); ++i) {
        const std::string path = "$.expectations[" + std::to_string(i) + "]";
        const auto entry = reader.entry(individual, i, "$.expectations");
        const std::string territory = reader.string(entry, "territory", path);
        const std::string role = reader.string(entry, "role", path);
        const std::string service = reader.string(entry, "service", path);
        for (const std::string& text :
             reader.strings(reader.array(entry, "texts", path), path + ".texts"))
            data.expectations.push_back({territory, role, service, "concerns", text});
    }
    // The territorial groups' tables: one list per facet.
    const auto tables = reader.array(reader.root(), "involvement", "$");
    for (std::size_t i = 0; i < tables->size(); ++i) {
        const std::string path = "$.involvement[" + std::to_string(i) + "]";
        const auto entry = reader.entry(tables, i, "$.involvement");
        const std::string service = reader.string(entry, "service", path);
        const auto territories =
            reader.strings(reader.array(entry, "territories", path), path + ".territories");
        for (const char* facet : {"ask", "involvement", "tools", "concerns"}) {
            const auto texts = reader.strings(reader.array(entry, facet, path), path + "." + facet);
            for (const std::string& territory : territories)
                for (const std::string& text : texts)
                    data.expectations.push_back({territory, "", service, facet, text});
        }
    }
    return data;
}

Poco::JSON::Array::Ptr to_array(const std::vector<std::string>& texts) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& text : texts) array->add(text);
    return array;
}

using Cell = std::pair<std::string, std::string>;        // service, facet
using Texts = std::map<Cell, std::vector<std::string>>;  // one respondent's cells
using TextsByWriter = std::map<std::string, Texts>;      // respondent code -> cells

// Each text of the report to one member of its territory, in turn.
TextsByWriter share_out(const ExpectationsData& data, const Form& form, const Item* matrix,
                        const DemoContext& demo) {
    TextsByWriter texts_of;
    std::map<std::string, std::size_t> next_turn;
    for (const Expectation& expectation : data.expectations) {
        auto members = demo.attending(expectation.territory, data.wave, expectation.role);
        if (members.empty()) members = demo.attending(expectation.territory, data.wave);
        if (members.empty())
            throw InvalidInput(Location{data.file, 0, "", ""},
                               "no respondent of " + expectation.territory + " answered at " +
                                   data.wave + " to write: " + expectation.text);
        const std::string group = expectation.territory + "/" + expectation.role;
        const DemoRespondent* writer = members[next_turn[group]++ % members.size()];
        if (matrix) {
            const bool row =
                std::any_of(matrix->rows.begin(), matrix->rows.end(),
                            [&](const Choice& c) { return c.value == expectation.service; });
            const bool column =
                std::any_of(matrix->columns.begin(), matrix->columns.end(),
                            [&](const Choice& c) { return c.value == expectation.facet; });
            if (!row || !column)
                throw InvalidInput(Location{form.source, 0, "$.items", matrix->id},
                                   "the demo's expectations need the row '" + expectation.service +
                                       "' and the column '" + expectation.facet +
                                       "' in this matrix");
        }
        texts_of[writer->code][{expectation.service, expectation.facet}].push_back(
            expectation.text);
    }
    return texts_of;
}

Poco::JSON::Object::Ptr matrix_answer(const Texts& cells) {
    Poco::JSON::Object::Ptr rows = new Poco::JSON::Object;
    for (const auto& [cell, texts] : cells) {
        if (texts.empty()) continue;
        Poco::JSON::Object::Ptr columns = rows->getObject(cell.first);
        if (!columns) {
            columns = new Poco::JSON::Object;
            rows->set(cell.first, columns);
        }
        columns->set(cell.second, to_array(texts));
    }
    return rows;
}

}  // namespace

std::string ExpectationsDemoAnswers::instrument() const { return kInstrumentId; }

std::vector<DemoResponse> ExpectationsDemoAnswers::answer(const Form& form,
                                                          DemoContext& demo) const {
    const ExpectationsData data = read_expectations(demo.data_folder() + "/expectations.json");
    const Item* matrix = nullptr;
    for (const Item& item : form.items)
        if (item.type == "matrix" && item.cell_type == "text_list") matrix = &item;
    TextsByWriter texts_of = share_out(data, form, matrix, demo);

    std::vector<DemoResponse> out;
    const int first_text_wave = demo.wave_index(data.wave);
    for (const Wave& wave : demo.study().waves) {
        const int position = demo.wave_index(wave.id);
        for (const DemoRespondent& respondent : demo.respondents()) {
            if (!respondent.answered(wave.id)) continue;
            Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;
            Texts& cells = texts_of[respondent.code];
            if (position > first_text_wave) {
                // Later waves: what is still expected. Each text stays with a chance,
                // fewer as collaboration improves (the report has no later texts).
                const double keep = position == 1 ? 0.55 : 0.6;
                for (auto& [cell, texts] : cells) {
                    std::vector<std::string> still;
                    for (const std::string& text : texts)
                        if (demo.random().chance(keep)) still.push_back(text);
                    texts = still;
                }
            }
            if (matrix && position >= first_text_wave && !cells.empty()) {
                Poco::JSON::Object::Ptr rows = matrix_answer(cells);
                if (rows->size() > 0) answers->set(matrix->id, rows);
            }
            demo.fill_likert(form, respondent, wave.id, *answers);
            out.push_back(
                {wave.id, respondent.territory, respondent.role, respondent.code, answers});
        }
    }
    return out;
}

}  // namespace sonda::team_expectations
