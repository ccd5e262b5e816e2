// What shows an instrument's output (its report section, its charts) and its
// demo answers: registered by the plugin that owns the instrument, one of a
// kind, found by the core by instrument id (charts by name), and gone with
// the plugin.
#include <catch2/catch.hpp>

#include "sonda/error.hpp"
#include "sonda/plugin/plugin_api.hpp"
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
