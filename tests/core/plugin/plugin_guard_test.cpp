// The host's guard around every call into a plugin, with the faulty test
// plugin (tests/plugins/faulty) loaded from its own folder and with fixtures
// that fail to register: what reaches the host is a PluginFailure that names
// the plugin, its version, the call, the form and the response, with the
// parts a host needs to word it for where it goes.
#include <catch2/catch.hpp>
#include <stdexcept>

#include "sonda/forms/form_loader.hpp"
#include "sonda/plugin/plugin_failure.hpp"
#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/json.hpp"

using namespace sonda;

namespace {

const std::string kFaulty = std::string(SONDA_FAULTY_PLUGIN_DIR) + "/faulty.so";
const std::string kFixtureDir = SONDA_PLUGIN_FIXTURE_DIR;

// A registry with the faulty plugin loaded, as a host has it.
struct FaultyHost {
    Registry registry;
    PluginHost host{registry};
    FaultyHost() {
        const PluginInfo& info = host.load_file(kFaulty);
        INFO(info.error);
        REQUIRE(info.loaded);
    }
    const Instrument& instrument() const { return *registry.instrument("faulty"); }
};

Form faulty_form(const Registry& registry, const std::string& fault) {
    return load_form_json(R"({"id": "faulty", "version": 2, "title": "Faulty", "plugin": "faulty",
        "fault": ")" + fault + R"(", "items": [
        {"id": "q1", "type": "likert", "label": "Q1", "min": 1, "max": 5},
        {"id": "q2", "type": "likert", "label": "Q2", "min": 1, "max": 5},
        {"id": "note", "type": "faulty_text", "label": "Note"}]})",
                          "faulty.json", registry);
}

Response answer(const std::string& id, int q1, int q2, const std::string& territory = "t") {
    Response response;
    response.id = id;
    response.form = "faulty";
    response.form_version = 2;
    response.wave = "w1";
    response.territory = territory;
    response.role = "r";
    response.respondent = "R-" + id;
    response.answers = new Poco::JSON::Object;
    response.answers->set("q1", q1);
    response.answers->set("q2", q2);
    return response;
}

// The failure `call` throws, which must be a PluginFailure.
template <typename Call>
PluginFault fault_of(Call&& call) {
    try {
        call();
    } catch (const PluginFailure& failure) {
        CHECK(failure.exit_code() == 2);  // invalid input, as the CLI reports it
        CHECK(failure.issues().size() == 1);
        CHECK(failure.issues().front().reason == failure.fault().message());
        return failure.fault();
    }
    FAIL("no PluginFailure");
    return {};
}

class IdThrows final : public Instrument {
  public:
    std::string id() const override { throw std::runtime_error("no id"); }
    LocalizedText description() const override { return {}; }
    std::vector<ScoreDefinition> score_definitions(const Form&) const override { return {}; }
    std::vector<Score> score(const Form&, const Response&) const override { return {}; }
};

class EmptyId final : public Instrument {
  public:
    std::string id() const override { return ""; }
    LocalizedText description() const override { return {}; }
    std::vector<ScoreDefinition> score_definitions(const Form&) const override { return {}; }
    std::vector<Score> score(const Form&, const Response&) const override { return {}; }
};

}  // namespace

TEST_CASE("guard: score() failures name plugin, version, call, form and response", "[plugin]") {
    FaultyHost faulty;
    const Form form = faulty_form(faulty.registry, "throw_in_score");
    // A response the fault spares scores normally.
    const std::vector<Score> scores = faulty.instrument().score(form, answer("a", 3, 4));
    REQUIRE(scores.size() == 2);
    CHECK(*scores[0].value == 3.5);

    const PluginFault fault = fault_of([&] { faulty.instrument().score(form, answer("b", 1, 4)); });
    CHECK(fault.plugin == "faulty");
    CHECK(fault.version == "0.1.0");
    CHECK(fault.kind == "instrument");
    CHECK(fault.part == "faulty");
    CHECK(fault.call == "score()");
    CHECK(fault.form == "faulty");
    CHECK(fault.form_version == 2);
    CHECK(fault.response == "b");
    CHECK_FALSE(fault.wrong_result);
    CHECK(fault.message() ==
          "plugin 'faulty' 0.1.0 (instrument 'faulty') failed in score() on response b of form "
          "'faulty' v2: it threw std::runtime_error: boom in score");
}

TEST_CASE("guard: a result of the wrong shape is a failure saying what is wrong", "[plugin]") {
    FaultyHost faulty;
    const auto [fault_name, problem] = GENERATE(table<std::string, std::string>({
        {"too_few_scores", "it returned 1 score(s) for 2 score definition(s) (total, first)"},
        {"unknown_score", "it returned a score 'bogus' that score_definitions() does not declare"},
        {"nan", "it returned NaN for score 'total'"},
        {"infinity", "it returned infinity for score 'total'"},
        {"out_of_range", "it returned 7 for score 'total', outside its declared range 1 to 5"},
    }));
    INFO(fault_name);
    const Form form = faulty_form(faulty.registry, fault_name);
    const PluginFault fault = fault_of([&] { faulty.instrument().score(form, answer("b", 1, 4)); });
    CHECK(fault.wrong_result);
    CHECK_THAT(fault.problem, Catch::StartsWith(problem));
    CHECK_THAT(fault.message(),
               Catch::StartsWith("plugin 'faulty' 0.1.0 (instrument 'faulty') returned a wrong "
                                 "result from score() on response b of form 'faulty' v2: "));
}

TEST_CASE("guard: score definitions are checked when the form is loaded", "[plugin]") {
    FaultyHost faulty;
    CHECK(faulty_form(faulty.registry, "none").id == "faulty");
    try {
        faulty_form(faulty.registry, "missing_item");
        FAIL("the form loaded");
    } catch (const InvalidInput& refused) {
        REQUIRE(refused.issues().size() == 1);
        const Issue& issue = refused.issues().front();
        CHECK(issue.where.file == "faulty.json");
        CHECK(issue.where.path == "$.plugin");
        CHECK(issue.reason ==
              "plugin 'faulty' 0.1.0 (instrument 'faulty') defines scores this form cannot have: "
              "score 'total' is made of item 'q9', which this form does not have (its items: q1, "
              "q2, note)");
    }
}

TEST_CASE("guard: the accumulator's calls are guarded one by one", "[plugin]") {
    FaultyHost faulty;
    const std::vector<Response> from{answer("a", 3, 4), answer("b", 2, 3)};
    const std::vector<Response> to{answer("c", 1, 4), answer("d", 2, 3)};
    CompareOptions options;
    options.min_cell = 1;
    const auto compared = [&](const std::string& fault) {
        return compare_responses(faulty.instrument(), faulty_form(faulty.registry, fault), from, to,
                                 options);
    };
    CHECK(compared("none")->getValue<int>("responses_to") == 2);

    const auto [fault_name, call, wrong] = GENERATE(table<std::string, std::string, bool>({
        {"throw_in_start", "start_comparison()", false},
        {"throw_in_wants", "wants_response()", false},
        {"throw_in_add", "add()", false},
        {"throw_in_finish", "finish()", false},
        {"nan_in_finish", "finish()", true},
    }));
    INFO(fault_name);
    const PluginFault fault = fault_of([&] { compared(fault_name); });
    CHECK(fault.call == call);
    CHECK(fault.wrong_result == wrong);
    CHECK(fault.form == "faulty");
    if (fault_name == "throw_in_add") CHECK(fault.response == "c");  // compare_responses gives ids
    if (wrong) CHECK_THAT(fault.problem, Catch::StartsWith("its JSON holds NaN at $.ratio"));
}

TEST_CASE("guard: an item type's cell may be refused as its contract says, never crash",
          "[plugin]") {
    FaultyHost faulty;
    const ItemType& type = *faulty.registry.item_type("faulty_text");
    Item item;
    item.id = "note";
    item.type = "faulty_text";
    CHECK(type.parse_cell(item, "fine", '.').extract<std::string>() == "fine");
    // InvalidInput is parse_cell's way to refuse a cell: it passes unchanged.
    try {
        type.parse_cell(item, "refuse", '.');
        FAIL("accepted");
    } catch (const PluginFailure&) {
        FAIL("a refusal became a failure");
    } catch (const InvalidInput& refused) {
        CHECK(refused.issues().front().reason == "faulty_text refuses 'refuse'");
    }
    PluginFault fault = fault_of([&] { type.parse_cell(item, "explode", '.'); });
    CHECK(fault.kind == "item type");
    CHECK(fault.item == "note");
    CHECK(fault.message() ==
          "plugin 'faulty' 0.1.0 (item type 'faulty_text') failed in parse_cell(), item 'note': it "
          "threw std::logic_error: parse_cell exploded");
    fault = fault_of([&] { type.format_cell(item, Poco::Dynamic::Var("explode"), '.'); });
    CHECK(fault.call == "format_cell()");
    std::vector<Issue> issues;
    fault = fault_of([&] { type.validate_answer(item, Poco::Dynamic::Var("explode"), issues); });
    CHECK(fault.call == "validate_answer()");
    // What the host adds where the type could not know it.
    const PluginFailure failure(Location{}, fault);
    CHECK(failure.about("faulty", 2, "r1").fault().message() ==
          "plugin 'faulty' 0.1.0 (item type 'faulty_text') failed in validate_answer() on "
          "response r1 of form 'faulty' v2, item 'note': it threw std::logic_error: "
          "validate_answer exploded");
}

TEST_CASE("guard: registration that fails is refused by name and rolled back", "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& other = host.load_file(kFixtureDir + "/f_throws_other.so");
    CHECK_FALSE(other.loaded);
    CHECK_THAT(other.error, Catch::EndsWith("plugin 'fixture-throws-other' failed to register: it "
                                            "threw something that is not a std::exception"));
    CHECK(registry.item_type("fixture_other_thrown_type") == nullptr);

    const PluginInfo& null_part = host.load_file(kFixtureDir + "/g_null_part.so");
    CHECK_FALSE(null_part.loaded);
    CHECK_THAT(null_part.error,
               Catch::EndsWith("plugin 'fixture-null-part' failed to register: plugin "
                               "'fixture-null-part' 0.0.2 (instrument '?') returned a wrong "
                               "result from add_instrument(): it registered a null pointer "
                               "instead of an instrument"));

    // sonda's own parts are registered under "core": no module may take it.
    const PluginInfo& named_core = host.load_file(kFixtureDir + "/h_named_core.so");
    CHECK_FALSE(named_core.loaded);
    CHECK_THAT(
        named_core.error,
        Catch::EndsWith("plugin 'core' has the name sonda's own parts are registered under"));
    CHECK(registry.item_type("likert") != nullptr);
    CHECK(registry.instrument("declarative") != nullptr);

    registry.set_owner_version("test", "9.9");
    fault_of([&] { registry.add_instrument(std::make_unique<IdThrows>(), "test"); });
    const PluginFault empty =
        fault_of([&] { registry.add_instrument(std::make_unique<EmptyId>(), "test"); });
    CHECK(empty.message() ==
          "plugin 'test' 9.9 (instrument '?') returned a wrong result from id(): it returned an "
          "empty id");
}

TEST_CASE("guard: the faulty plugin is no plugin of the default search path", "[plugin]") {
    for (const std::string& folder : PluginHost::default_search_path())
        CHECK(folder != SONDA_FAULTY_PLUGIN_DIR);
}
