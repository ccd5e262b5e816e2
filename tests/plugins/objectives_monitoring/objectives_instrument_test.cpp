#include "objectives_monitoring/objectives_instrument.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "form_fixture.hpp"
#include "suite_registry.hpp"

using namespace sonda;
using namespace sonda::objectives;

namespace {

const Form& form() {
    static const Form shipped =
        test::shipped_form("objectives-monitoring.json", test::objectives_registry());
    return shipped;
}

std::string objective(const std::string& id, const std::string& dimension,
                      const std::string& status, int progress) {
    return R"({"id": ")" + id + R"(", "title": "Objective )" + id + R"(", "dimension": ")" +
           dimension + R"(", "owner": "social_service", "status": ")" + status +
           R"(", "progress": )" + std::to_string(progress) + "}";
}

Response team(const std::string& id, const std::string& territory,
              const std::vector<std::string>& objectives) {
    std::string list;
    for (const std::string& entry : objectives) list += (list.empty() ? "" : ", ") + entry;
    return test::response_from_json(R"({"id": ")" + id + R"(", "form": "objectives-monitoring",
        "form_version": 1, "wave": "w", "territory": ")" +
                                    territory + R"(", "role": "social_service",
        "respondent": "team", "answers": {"objectives": [)" +
                                    list + "]}}");
}

std::vector<Response> wave_from() {
    return {team("p1", "pistoiese",
                 {objective("interop", "integration", "in_progress", 30),
                  objective("formal", "consolidation_development", "planned", 0),
                  objective("training", "capacity_building", "in_progress", 50),
                  objective("sharing-moments", "capacity_building", "planned", 0)}),
            team("l1", "livorno",
                 {objective("roles", "integration", "planned", 0),
                  objective("it-db", "sharing", "in_progress", 20)})};
}

std::vector<Response> wave_to() {
    return {team("p2", "pistoiese",
                 {objective("interop", "integration", "in_progress", 30),
                  objective("formal", "consolidation_development", "in_progress", 40),
                  objective("training", "capacity_building", "achieved", 100),
                  objective("sharing-moments", "capacity_building", "dropped", 0),
                  objective("marginality-group", "integration", "planned", 0)}),
            team("l2", "livorno",
                 {objective("roles", "integration", "planned", 0),
                  objective("knowledge", "sharing", "in_progress", 10)})};
}

std::string text_of(const Poco::JSON::Object::Ptr& result) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(result, out);
    return out.str();
}

Poco::JSON::Object::Ptr find(const Poco::JSON::Array::Ptr& list, const std::string& key,
                             const std::string& value) {
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto entry = list->getObject(static_cast<unsigned>(i));
        if (entry->getValue<std::string>(key) == value) return entry;
    }
    FAIL("no entry with " << key << " = " << value);
    return nullptr;
}

}  // namespace

TEST_CASE("[objectives-monitoring] the shipped form passes its checks") {
    std::vector<Issue> issues;
    ObjectivesInstrument().check_form(form(), issues);
    CHECK(issues.empty());
    const Form broken = test::form_from_json(
        R"({"id": "f", "version": 1, "title": "t", "plugin": "objectives-monitoring", "items": [{"id": "t", "type": "text", "label": "t"}],
            "statuses": [{"value": "planned"}, {"value": "done"}, {"value": "planned"}]})",
        test::objective_types_registry());
    ObjectivesInstrument().check_form(broken, issues);
    std::string all;
    for (const Issue& issue : issues) all += issue.to_string() + "\n";
    CHECK(all ==
          "$.statuses[1].value: unknown statuses value 'done'; expected one of planned, "
          "in_progress, achieved, dropped\n"
          "$.statuses[2].value: statuses value 'planned' is listed twice\n"
          "$.statuses: no label for 'in_progress'\n"
          "$.statuses: no label for 'achieved'\n"
          "$.statuses: no label for 'dropped'\n"
          "$.items: no item of type objective_list: an objectives-monitoring form records the "
          "objectives in one\n");
}

TEST_CASE("[objectives-monitoring] scores: achievement rate and mean progress, hand-computed") {
    const ObjectivesInstrument instrument;
    const auto definitions = instrument.score_definitions(form());
    REQUIRE(definitions.size() == 2);
    CHECK(definitions[0].name == "achievement_rate");
    CHECK(definitions[1].name == "mean_progress");

    // pistoiese at the second wave: 5 objectives, 1 dropped, 1 of 4 achieved;
    // progress (30 + 40 + 100 + 0) / 4.
    const auto scores = instrument.score(form(), wave_to()[0]);
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].value == Approx(0.25));
    CHECK(scores[1].value == Approx(42.5));

    const auto none =
        instrument.score(form(), team("x", "t", {objective("a", "sharing", "dropped", 10)}));
    CHECK_FALSE(none[0].value);
    CHECK_FALSE(none[1].value);
}

TEST_CASE("[objectives-monitoring] status transitions between two waves, hand-computed") {
    const auto result =
        ObjectivesInstrument().compare(form(), wave_from(), wave_to(), CompareOptions{});
    INFO(text_of(result));
    const auto counts = result->getObject("transitions")->getArray("counts");
    std::string table;
    for (std::size_t i = 0; i < counts->size(); ++i) {
        const auto entry = counts->getObject(static_cast<unsigned>(i));
        table += entry->getValue<std::string>("from") + "->" + entry->getValue<std::string>("to") +
                 " " + std::to_string(entry->getValue<int>("n")) + "; ";
    }
    CHECK(table ==
          "planned->planned 1; planned->in_progress 1; planned->dropped 1; "
          "in_progress->in_progress 1; "
          "in_progress->achieved 1; ");
    const auto list = result->getObject("transitions")->getArray("list");
    REQUIRE(list->size() == 5);
    const auto formal = find(list, "id", "formal");
    CHECK(formal->getValue<std::string>("territory") == "pistoiese");
    CHECK(formal->getValue<std::string>("status_from") == "planned");
    CHECK(formal->getValue<std::string>("status_to") == "in_progress");
    CHECK(formal->getValue<double>("progress_change") == 40);
    CHECK(result->getValue<int>("territories_from") == 2);
}

TEST_CASE("[objectives-monitoring] stalled, new and removed objectives, hand-computed") {
    const auto result =
        ObjectivesInstrument().compare(form(), wave_from(), wave_to(), CompareOptions{});
    INFO(text_of(result));
    // interop stayed at 30 and roles at 0 while open; formal moved; training
    // was achieved and sharing-moments dropped, so neither is stalled.
    const auto stalled = result->getArray("stalled");
    REQUIRE(stalled->size() == 2);
    CHECK(stalled->getObject(0)->getValue<std::string>("territory") == "livorno");
    CHECK(stalled->getObject(0)->getValue<std::string>("id") == "roles");
    CHECK(stalled->getObject(1)->getValue<std::string>("id") == "interop");
    CHECK(stalled->getObject(1)->getValue<double>("progress_to") == 30);

    const auto added = result->getArray("new");
    REQUIRE(added->size() == 2);
    CHECK(added->getObject(0)->getValue<std::string>("id") == "knowledge");
    CHECK(added->getObject(1)->getValue<std::string>("id") == "marginality-group");
    CHECK(added->getObject(1)->getValue<std::string>("response") == "p2");
    const auto removed = result->getArray("removed");
    REQUIRE(removed->size() == 1);
    CHECK(removed->getObject(0)->getValue<std::string>("id") == "it-db");
    CHECK(removed->getObject(0)->getValue<std::string>("territory") == "livorno");
    CHECK(result->getArray("warnings")->size() == 0);
}

TEST_CASE("[objectives-monitoring] an objective losing progress while open is stalled too") {
    const std::vector<Response> from{
        team("a", "lucca", {objective("x", "sharing", "in_progress", 60)})};
    const std::vector<Response> to{team("b", "lucca", {objective("x", "sharing", "planned", 20)})};
    const auto result = ObjectivesInstrument().compare(form(), from, to, CompareOptions{});
    REQUIRE(result->getArray("stalled")->size() == 1);
    CHECK(result->getArray("stalled")->getObject(0)->getValue<double>("progress_change") == -40);
}

TEST_CASE("[objectives-monitoring] achievement rate per territory and dimension, hand-computed") {
    const auto result =
        ObjectivesInstrument().compare(form(), wave_from(), wave_to(), CompareOptions{});
    INFO(text_of(result));
    const auto to = result->getObject("achievement")->getObject("to");
    const auto overall = to->getObject("overall");
    CHECK(overall->getValue<int>("objectives") == 7);
    CHECK(overall->getValue<int>("dropped") == 1);
    CHECK(overall->getValue<int>("counted") == 6);
    CHECK(overall->getValue<int>("achieved") == 1);
    CHECK(overall->getValue<double>("rate") == Approx(1.0 / 6));
    CHECK(overall->getValue<double>("mean_progress") == Approx(30));

    const auto pistoiese = find(to->getArray("by_territory"), "territory", "pistoiese");
    CHECK(pistoiese->getValue<double>("rate") == Approx(0.25));
    CHECK(pistoiese->getValue<double>("mean_progress") == Approx(42.5));
    const auto livorno = find(to->getArray("by_territory"), "territory", "livorno");
    CHECK(livorno->getValue<double>("rate") == 0);
    CHECK(livorno->getValue<double>("mean_progress") == Approx(5));

    const auto dimensions = to->getArray("by_dimension");
    REQUIRE(dimensions->size() == 4);
    CHECK(find(dimensions, "dimension", "integration")->getValue<int>("counted") == 3);
    CHECK(find(dimensions, "dimension", "integration")->getValue<double>("mean_progress") ==
          Approx(10));
    CHECK(find(dimensions, "dimension", "capacity_building")->getValue<double>("rate") == 1);
    CHECK(find(dimensions, "dimension", "capacity_building")->getValue<int>("dropped") == 1);

    const auto both = to->getArray("by_territory_dimension");
    bool seen = false;
    for (std::size_t i = 0; i < both->size(); ++i) {
        const auto entry = both->getObject(static_cast<unsigned>(i));
        if (entry->getValue<std::string>("territory") == "pistoiese" &&
            entry->getValue<std::string>("dimension") == "capacity_building") {
            CHECK(entry->getValue<int>("achieved") == 1);
            CHECK(entry->getValue<int>("counted") == 1);
            seen = true;
        }
    }
    CHECK(seen);

    const auto from = result->getObject("achievement")->getObject("from")->getObject("overall");
    CHECK(from->getValue<double>("rate") == 0);
    CHECK(from->getValue<double>("mean_progress") == Approx(100.0 / 6));
    // A dimension with no objective has no rate rather than a rate of 0.
    const std::vector<Response> none{team("z", "t", {})};
    const auto empty = ObjectivesInstrument().compare(form(), none, none, CompareOptions{});
    CHECK(empty->getObject("achievement")->getObject("from")->getObject("overall")->isNull("rate"));
}

TEST_CASE(
    "[objectives-monitoring] two responses of one territory naming one objective are reported") {
    std::vector<Response> group = wave_from();
    group.push_back(team("p0", "pistoiese", {objective("interop", "integration", "planned", 0)}));
    const auto result = ObjectivesInstrument().compare(form(), group, {}, CompareOptions{});
    const auto warnings = result->getArray("warnings");
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->getElement<std::string>(0) ==
          "territory pistoiese: objective 'interop' appears in responses p0 and p1; the first is "
          "used");
}

TEST_CASE("[objectives-monitoring] an id used in two objective lists of one response is refused") {
    const Form two = test::form_from_json(
        R"({"id": "f", "version": 1, "title": "t", "plugin": "objectives-monitoring", "items": [
        {"id": "objectives", "type": "objective_list", "label": "o"},
        {"id": "more", "type": "objective_list", "label": "m"}]})",
        test::objective_types_registry());
    const Response response =
        test::response_from_json(R"({"id": "r", "form": "f", "form_version": 1,
        "wave": "w", "territory": "t", "role": "r", "respondent": "team", "answers": {
        "objectives": [)" + objective("x", "sharing", "planned", 0) +
                                 R"(],
        "more": [)" + objective("x", "integration", "planned", 0) +
                                 "]}}");
    std::vector<Issue> issues;
    ObjectivesInstrument().validate(two, response, issues);
    REQUIRE(issues.size() == 1);
    CHECK(
        issues[0].to_string() ==
        "$.answers.more: item more: objective id 'x' is also used in item objectives; ids must be "
        "unique within a response");
}
