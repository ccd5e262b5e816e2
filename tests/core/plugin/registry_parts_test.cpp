// What shows an instrument's output (its report section, its charts) and its
// demo answers: registered by the plugin that owns the instrument, one of a
// kind, found by the core by instrument id (charts by name), gone with the
// plugin, and called through the host's guard.
#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>

#include "sonda/error.hpp"
#include "sonda/plugin/long_rows.hpp"
#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/plugin_failure.hpp"
#include "sonda/plugin/registry.hpp"

using namespace sonda;

namespace {

class Bare final : public Instrument {
  public:
    explicit Bare(std::string id) : m_id(std::move(id)) {}
    std::string id() const override { return m_id; }
    LocalizedText description() const override { return LocalizedText("bare"); }
    std::vector<ScoreDefinition> score_definitions(const Form&) const override { return {}; }
    std::vector<Score> score(const Form&, const Response&) const override { return {}; }

  private:
    std::string m_id;
};

class Section final : public ReportSection {
  public:
    explicit Section(std::string instrument) : m_instrument(std::move(instrument)) {}
    std::string instrument() const override { return m_instrument; }

  private:
    std::string m_instrument;
};

class Chart final : public InstrumentChart {
  public:
    Chart(std::string instrument, std::string name)
        : m_instrument(std::move(instrument)), m_name(std::move(name)) {}
    std::string instrument() const override { return m_instrument; }
    std::string name() const override { return m_name; }
    std::string description(const std::string&) const override { return "a chart"; }
    chart::Scene draw(const Report&, const Study&, const std::string&) const override {
        return chart::Scene{10, 10, {}};
    }

  private:
    std::string m_instrument, m_name;
};

class Answers final : public DemoAnswers {
  public:
    std::string instrument() const override { return "alpha"; }
    std::vector<demo::DemoResponse> answer(const Form&, demo::DemoContext&) const override {
        return {};
    }
};

std::string refusal(const std::function<void()>& add) {
    try {
        add();
    } catch (const InvalidInput& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("[registry] an instrument's section, charts and demo answers are its plugin's") {
    Registry registry;
    PluginContext one(registry, "one");
    PluginContext two(registry, "two");
    one.add_instrument(std::make_unique<Bare>("alpha"));
    two.add_instrument(std::make_unique<Bare>("beta"));

    one.add_report_section(std::make_unique<Section>("alpha"));
    one.add_chart(std::make_unique<Chart>("alpha", "rose"));
    one.add_chart(std::make_unique<Chart>("alpha", "bars"));
    one.add_demo_answers(std::make_unique<Answers>());
    REQUIRE(registry.report_section("alpha") != nullptr);
    CHECK(registry.report_section("beta") == nullptr);
    CHECK(registry.demo_answers("alpha") != nullptr);
    REQUIRE(registry.charts().size() == 2);
    CHECK(registry.charts()[0]->name() == "bars");  // by name
    CHECK(registry.chart("rose")->instrument() == "alpha");

    // Another plugin's instrument, an unknown one, a second section.
    CHECK(refusal([&] {
              two.add_report_section(std::make_unique<Section>("alpha"));
          }).find("'alpha' of one: only one may add to it") != std::string::npos);
    CHECK(refusal([&] {
              two.add_report_section(std::make_unique<Section>("gamma"));
          }).find("'gamma', which two has not registered") != std::string::npos);
    CHECK(refusal([&] {
              one.add_report_section(std::make_unique<Section>("alpha"));
          }).find("has a report section already") != std::string::npos);
    // A chart takes no name the core's charts or another instrument's have.
    CHECK(refusal([&] {
              two.add_chart(std::make_unique<Chart>("beta", "trend"));
          }).find("one of sonda's own charts") != std::string::npos);
    CHECK(refusal([&] {
              two.add_chart(std::make_unique<Chart>("beta", "rose"));
          }).find("already registered by one") != std::string::npos);

    // Gone with the plugin, before the instrument they show.
    registry.remove_owner("one");
    CHECK(registry.report_section("alpha") == nullptr);
    CHECK(registry.demo_answers("alpha") == nullptr);
    CHECK(registry.charts().empty());
    CHECK(registry.instrument("alpha") == nullptr);
    CHECK(registry.instrument("beta") != nullptr);
}

namespace {

// Parts that fail: every call the host makes reaches it as a PluginFailure
// that names the part and the call.
class NoName final : public ReportSection {
  public:
    std::string instrument() const override { throw std::runtime_error("who am I"); }
};

class Breaks final : public ReportSection {
  public:
    std::string instrument() const override { return "alpha"; }
    std::set<std::string> write_text(const SectionInput&, std::ostream& out) const override {
        out << "half";
        throw std::out_of_range("map::at");
    }
};

class BadData final : public DemoAnswers {
  public:
    explicit BadData(bool invalid) : m_invalid(invalid) {}
    std::string instrument() const override { return "alpha"; }
    std::vector<demo::DemoResponse> answer(const Form&, demo::DemoContext&) const override {
        if (m_invalid) throw InvalidInput(Location{"alpha.json", 0, "$.x", ""}, "not a list");
        throw std::runtime_error("no data");
    }

  private:
    bool m_invalid;
};

class Sheetless final : public LongRows {
  public:
    Words words() const override { return {"sheet", "list", "list of things"}; }
    std::vector<std::string> columns() const override { throw std::logic_error("no columns"); }
    std::unique_ptr<LongSheet> read(const std::string&, SheetLines&) const override {
        return nullptr;
    }
    std::optional<std::vector<std::vector<std::string>>> rows(const Poco::Dynamic::Var&,
                                                              char) const override {
        return std::nullopt;
    }
};

class ListType final : public ItemType {
  public:
    std::string name() const override { return "thing_list"; }
    void validate_answer(const Item&, const Poco::Dynamic::Var&,
                         std::vector<Issue>&) const override {}
    const LongRows* long_rows() const override { return &m_rows; }

  private:
    Sheetless m_rows;
};

template <typename Call>
PluginFault failure_of(Call&& call) {
    try {
        call();
    } catch (const PluginFailure& failure) {
        return failure.fault();
    }
    FAIL("no PluginFailure");
    return {};
}

}  // namespace

TEST_CASE("[registry] sections, charts, demo answers and sheets are called through the guard") {
    Registry registry;
    registry.set_owner_version("one", "1.2.3");
    PluginContext one(registry, "one");
    one.add_instrument(std::make_unique<Bare>("alpha"));

    PluginFault fault = failure_of([&] { one.add_report_section(std::make_unique<NoName>()); });
    CHECK(fault.message() ==
          "plugin 'one' 1.2.3 (report section '?') failed in instrument(): it "
          "threw std::runtime_error: who am I");
    fault = failure_of([&] { one.add_chart(nullptr); });
    CHECK(fault.problem == "it registered a null pointer instead of a chart");
    fault = failure_of([&] { one.add_demo_answers(nullptr); });
    CHECK(fault.problem == "it registered a null pointer instead of demo answers");

    one.add_report_section(std::make_unique<Breaks>());
    Report report;
    GroupReport group;
    const std::string language = "en";
    std::ostringstream out;
    fault = failure_of([&] {
        registry.report_section("alpha")->write_text(SectionInput{report, group, nullptr, language},
                                                     out);
    });
    CHECK(fault.kind == "report section");
    CHECK(fault.part == "alpha");
    CHECK(fault.call == "write_text()");
    CHECK(fault.problem == "it threw std::out_of_range: map::at");

    // Demo data that does not fit the form is the contract's InvalidInput,
    // which passes as it is; anything else is the plugin's failure.
    one.add_demo_answers(std::make_unique<BadData>(true));
    Study study;
    demo::DemoContext context(study, {}, {}, ".", 1);
    Form form;
    form.id = "alpha-form";
    try {
        registry.demo_answers("alpha")->answer(form, context);
        FAIL("no error");
    } catch (const PluginFailure&) {
        FAIL("a PluginFailure");
    } catch (const InvalidInput& error) {
        CHECK(std::string(error.what()).find("not a list") != std::string::npos);
    }
    registry.remove_owner("one");
    PluginContext again(registry, "one");
    again.add_instrument(std::make_unique<Bare>("alpha"));
    again.add_demo_answers(std::make_unique<BadData>(false));
    fault = failure_of([&] { registry.demo_answers("alpha")->answer(form, context); });
    CHECK(fault.kind == "demo answers");
    CHECK(fault.form == "alpha-form");
    CHECK(fault.problem == "it threw std::runtime_error: no data");

    // An item type's sheet is its code too.
    again.add_item_type(std::make_unique<ListType>());
    const LongRows* rows = registry.item_type("thing_list")->long_rows();
    REQUIRE(rows != nullptr);
    CHECK(rows->words().sheet == "sheet");
    fault = failure_of([&] { rows->columns(); });
    CHECK(fault.kind == "item type");
    CHECK(fault.call == "columns()");
}
