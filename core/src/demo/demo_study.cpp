#include "sonda/demo/demo_study.hpp"

#include <Poco/JSON/Stringifier.h>
#include <Poco/UUID.h>
#include <Poco/UUIDGenerator.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "demo_data.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

namespace fs = std::filesystem;

namespace {

std::string read_text(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Name-based (version 3) UUIDs: the same response gets the same id on every
// run, which makes a second build into the same database a no-op.
std::string response_id(const std::string& study, const Form& form,
                        const demo::DemoResponse& response) {
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
    demo::DemoSetup setup = demo::load_demo_setup(options.data_folder);
    std::vector<Form> forms;
    for (const std::string& folder : options.form_folders)
        for (Form& form : load_form_directory(folder, engine.registry(), nullptr, &study))
            forms.push_back(std::move(form));
    // The highest version of each answering instrument's form gets the responses.
    const Registry& registry = engine.registry();
    std::map<std::string, const Form*> answered;
    for (const Form& form : forms) {
        if (!registry.demo_answers(form.plugin)) continue;
        const Form*& best = answered[form.plugin];
        if (!best || form.version > best->version) best = &form;
    }
    // The story's order first (one random stream: the order is part of the
    // data), then any other instrument that answers, by id.
    std::vector<std::string> order;
    DemoSummary summary;
    summary.study_id = study.id;
    for (const std::string& instrument : setup.instruments) {
        if (answered.count(instrument)) {
            order.push_back(instrument);
            continue;
        }
        const char* why = !registry.instrument(instrument) ? "its plugin is not loaded"
                          : !registry.demo_answers(instrument)
                              ? "its plugin gives no demo answers"
                              : "no form of it is in the form path";
        summary.missing_instruments.emplace_back(instrument, why);
    }
    for (const auto& [instrument, form] : answered)
        if (std::find(order.begin(), order.end(), instrument) == order.end())
            order.push_back(instrument);

    demo::DemoContext context(study, std::move(setup.respondents), std::move(setup.likert),
                              options.data_folder, options.seed);
    std::ostringstream lines;
    for (const std::string& instrument : order) {
        const Form& form = *answered.at(instrument);
        for (const demo::DemoResponse& response :
             registry.demo_answers(instrument)->answer(form, context)) {
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
            for (const demo::DemoRespondent& respondent : context.respondents())
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
