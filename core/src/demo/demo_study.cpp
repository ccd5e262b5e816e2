#include "sonda/demo/demo_study.hpp"

#include <Poco/JSON/Stringifier.h>
#include <Poco/UUID.h>
#include <Poco/UUIDGenerator.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "demo_answers.hpp"
#include "demo_data.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

namespace fs = std::filesystem;

namespace {

// The three instruments of the report; the demo answers each one's form.
const std::vector<std::string> kInstruments{"team-expectations", "network-dimensions",
                                            "objectives-monitoring"};

std::string read_text(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Name-based (version 3) UUIDs: the same response gets the same id on every
// run, which makes a second build into the same database a no-op.
std::string response_id(const std::string& study, const Form& form,
                        const demo::GeneratedResponse& response) {
    const std::string name = "sonda-demo:" + study + "/" + form.id + "/v" +
                             std::to_string(form.version) + "/" + response.wave + "/" +
                             response.territory + "/" + response.respondent;
    return Poco::UUIDGenerator::defaultGenerator()
        .createFromName(Poco::UUID::uri(), name)
        .toString();
}

}  // namespace

std::string default_demo_folder() {
    std::string searched;
    for (const std::string& folder : default_form_path()) {
        const fs::path candidate = fs::path(folder) / "demo";
        if (fs::exists(candidate / "study.json")) return candidate.string();
        searched += (searched.empty() ? "" : ", ") + candidate.string();
    }
    throw InvalidInput(Location{}, "no demo data (demo/study.json) in the form path: searched " +
                                       (searched.empty() ? std::string("nothing") : searched) +
                                       "; set SONDA_FORMS_PATH or give --data");
}

DemoSummary build_demo_study(Engine& engine, const std::string& target,
                             const DemoOptions& options) {
    // Everything is read and checked before the database is touched.
    const Study study = load_study_file(options.data_folder + "/study.json");
    const demo::DemoData data = demo::load_demo_data(options.data_folder);
    std::vector<Form> forms;
    for (const std::string& folder : options.form_folders)
        for (Form& form : load_form_directory(folder, engine.registry()))
            forms.push_back(std::move(form));
    // The highest version of each instrument's form gets the responses.
    std::map<std::string, const Form*> answered;
    for (const Form& form : forms) {
        if (std::find(kInstruments.begin(), kInstruments.end(), form.plugin) == kInstruments.end())
            continue;
        const Form*& best = answered[form.plugin];
        if (!best || form.version > best->version) best = &form;
    }

    DemoSummary summary;
    summary.study_id = study.id;
    for (const std::string& instrument : kInstruments)
        if (!answered.count(instrument)) summary.missing_instruments.push_back(instrument);

    demo::DemoAnswers generator(study, data, options.seed);
    std::ostringstream lines;
    for (const std::string& instrument : kInstruments) {
        auto found = answered.find(instrument);
        if (found == answered.end()) continue;
        const Form& form = *found->second;
        for (const demo::GeneratedResponse& response : generator.responses(form)) {
            Poco::JSON::Object line(Poco::JSON_PRESERVE_KEY_ORDER);
            line.set("id", response_id(study.id, form, response));
            line.set("form", form.id);
            line.set("form_version", form.version);
            line.set("wave", response.wave);
            line.set("territory", response.territory);
            line.set("role", response.role);
            line.set("respondent", response.respondent);
            line.set("answers", response.answers);
            Poco::JSON::Stringifier::condense(line, lines);
            lines << '\n';
            ++summary.responses_per_form[form.id];
        }
    }
    // Respondents counted once per territory and wave, over all forms.
    for (const Territory& territory : study.territories)
        for (const Wave& wave : study.waves) {
            int count = 0;
            for (const demo::DemoRespondent& respondent : data.respondents)
                if (respondent.territory == territory.id && respondent.answered(wave.id)) ++count;
            summary.respondents[territory.id].emplace_back(wave.id, count);
        }

    auto store = Store::open(target);
    store->save_study(study);
    for (const Form& form : forms) {
        FormRecord record{form.id, form.version, form.plugin, read_text(form.source)};
        store->save_form(record);
    }
    store.reset();

    // The same path as `sonda import`: validation, scoring, one all-or-nothing write.
    Project project(engine, target);
    const std::string text = lines.str();
    std::istringstream input(text);
    ImportOptions import_options;
    import_options.format = InputFormat::Ndjson;
    summary.import = import_responses(project, input, "demo responses",
                                      static_cast<long long>(text.size()), import_options);
    return summary;
}

}  // namespace sonda
