// The full report of the demo study, pinned: every instrument, every grouping,
// with the protected table and without it, against JSON checked in under
// tests/data/report-golden/. The streamed report of issue 11 replaces how
// responses reach the statistics and the instruments
// (docs/design/streamed-report.md); this is what it must still produce.
// Strings, integers, booleans, nulls and structure must match exactly;
// decimal numbers to 1e-12 relative (alpha's last bits depend on the order of
// its sums). SONDA_UPDATE_GOLDEN=1 rewrites the files after a deliberate
// change; review their diff like code.
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "demo_project.hpp"
#include "sonda/report/report.hpp"

using namespace sonda;

namespace {

std::string golden_path(const std::string& name) {
    return std::string(SONDA_TEST_DATA_DIR) + "/report-golden/" + name + ".json";
}

void compare_json(const Poco::Dynamic::Var& expected, const Poco::Dynamic::Var& actual,
                  const std::string& path, std::vector<std::string>& differences) {
    auto differ = [&](const std::string& what) {
        if (differences.size() < 20) differences.push_back(path + ": " + what);
    };
    if (expected.type() == typeid(Poco::JSON::Object::Ptr)) {
        if (actual.type() != typeid(Poco::JSON::Object::Ptr)) return differ("not an object");
        const auto e = expected.extract<Poco::JSON::Object::Ptr>();
        const auto a = actual.extract<Poco::JSON::Object::Ptr>();
        if (e->getNames() != a->getNames()) return differ("different keys");
        for (const std::string& key : e->getNames())
            compare_json(e->get(key), a->get(key), path + "." + key, differences);
    } else if (expected.type() == typeid(Poco::JSON::Array::Ptr)) {
        if (actual.type() != typeid(Poco::JSON::Array::Ptr)) return differ("not an array");
        const auto e = expected.extract<Poco::JSON::Array::Ptr>();
        const auto a = actual.extract<Poco::JSON::Array::Ptr>();
        if (e->size() != a->size()) return differ("different lengths");
        for (unsigned i = 0; i < e->size(); ++i)
            compare_json(e->get(i), a->get(i), path + "[" + std::to_string(i) + "]", differences);
    } else if (expected.isEmpty() || actual.isEmpty()) {
        if (expected.isEmpty() != actual.isEmpty()) differ("null on one side only");
    } else if (expected.type() == typeid(double) || actual.type() == typeid(double)) {
        const double e = expected.convert<double>(), a = actual.convert<double>();
        if (!(std::fabs(e - a) <= 1e-12 * std::max(1.0, std::fabs(e))))
            differ(expected.convert<std::string>() + " != " + actual.convert<std::string>());
    } else if (expected.convert<std::string>() != actual.convert<std::string>()) {
        differ(expected.convert<std::string>() + " != " + actual.convert<std::string>());
    }
}

void check_golden(Project& project, const std::string& name, const ReportRequest& request) {
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(report_to_json(build_report(project, request)), text, 2);
    const std::string path = golden_path(name);
    if (std::getenv("SONDA_UPDATE_GOLDEN")) {
        std::ofstream(path) << text.str() << '\n';
        WARN("rewrote " << path);
        return;
    }
    std::ifstream file(path);
    REQUIRE(file);  // SONDA_UPDATE_GOLDEN=1 writes it
    std::vector<std::string> differences;
    compare_json(Poco::JSON::Parser().parse(file), Poco::JSON::Parser().parse(text.str()), "$",
                 differences);
    INFO(name);
    for (const std::string& difference : differences) INFO(difference);
    CHECK(differences.empty());
}

}  // namespace

TEST_CASE("[report] the demo's full reports are the pinned ones, every instrument and grouping") {
    test::DemoProject demo;
    const std::pair<GroupBy, const char*> groupings[] = {
        {GroupBy::Territory, "territory"}, {GroupBy::Role, "role"}, {GroupBy::None, "none"}};
    for (const char* form : {"network-dimensions", "team-expectations", "objectives-monitoring"}) {
        for (const auto& [by, by_name] : groupings) {
            ReportRequest request;
            request.form = form;
            request.from_wave = "workshop-1";
            request.to_wave = "workshop-2";
            request.by = by;
            check_golden(*demo.project, std::string(form) + "-" + by_name, request);
            // Without the protected table, so every instrument's extras show.
            request.suppression = false;
            request.min_cell = 1;
            check_golden(*demo.project, std::string(form) + "-" + by_name + "-open", request);
        }
    }
}
