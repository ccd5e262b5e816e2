#include "faulty_instrument.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "sonda/chart/chart_frame.hpp"
#include "sonda/summary/page_flow.hpp"

namespace faulty {

namespace {

using namespace sonda;

std::string fault_of(const Form& form) {
    return form.definition ? form.definition->optValue<std::string>("fault", "none") : "none";
}

double answer(const Response& response, const char* item) {
    return response.answers ? numeric_answer(*response.answers, item) : std::nan("");
}

// 0.2.0 and 0.3.0 score "total" as the larger of q1 and q2; 0.3.0 also
// throws on the trigger response whatever the form says (a broken upgrade).
bool later_release() { return std::strcmp(version(), "0.1.0") != 0; }
bool broken_release() { return std::strcmp(version(), "0.3.0") == 0; }

class FaultyAccumulator final : public ExtrasAccumulator {
  public:
    explicit FaultyAccumulator(std::string fault) : m_fault(std::move(fault)) {}

    bool wants_response(std::span<const double> scores) const override {
        if (m_fault == "throw_in_wants" && scores.size() > 1 && scores[1] == 1)
            throw std::runtime_error("wants_response exploded");
        return false;
    }

    void add(const ResponseView& view) override {
        const bool trigger = view.scores.size() > 1 && view.scores[1] == 1;
        m_triggered = m_triggered || trigger;
        if (m_fault == "throw_in_add" && trigger) throw std::out_of_range("add exploded");
        ++m_counts[static_cast<int>(view.side)];
    }

    Poco::JSON::Object::Ptr finish() override {
        if (m_fault == "throw_in_finish" && m_triggered)
            throw std::runtime_error("finish exploded");
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
        out->set("instrument", "faulty");
        out->set("responses_from", m_counts[0]);
        out->set("responses_to", m_counts[1]);
        // For its report section and chart: the only faults they can see.
        if (m_fault == "throw_in_section" || m_fault == "throw_in_chart")
            out->set("fault", m_fault);
        if (m_fault == "nan_in_finish" && m_triggered)
            out->set("ratio", std::numeric_limits<double>::quiet_NaN());
        return out;
    }

  private:
    std::string m_fault;
    bool m_triggered = false;
    int m_counts[2] = {0, 0};
};

class FaultyInstrument final : public Instrument {
  public:
    std::string id() const override { return "faulty"; }
    LocalizedText description() const override { return LocalizedText("Fails on purpose"); }

    void check_form(const Form& form, std::vector<Issue>&) const override {
        if (fault_of(form) == "throw_in_check_form")
            throw std::runtime_error("check_form exploded");
    }

    std::vector<ScoreDefinition> score_definitions(const Form& form) const override {
        const std::string fault = fault_of(form);
        if (fault == "throw_in_definitions") throw std::logic_error("no definitions today");
        ScoreDefinition total;
        total.name = "total";
        total.label = LocalizedText("Total");
        total.items = {"q1", "q2"};
        total.min = 1;
        total.max = 5;
        total.bands = {Band{"low", LocalizedText("Low"), 1, 3},
                       Band{"high", LocalizedText("High"), 3, 5}};
        total.improvement = Improvement::Higher;
        ScoreDefinition first;
        first.name = "first";
        first.label = LocalizedText("First");
        first.items = {"q1"};
        first.min = 1;
        first.max = 5;
        if (fault == "missing_item") total.items.push_back("q9");
        if (fault == "duplicate_score") first.name = "total";
        if (fault == "empty_range") {
            first.min = 5;
            first.max = 1;
        }
        if (fault == "bad_bands") std::swap(total.bands[0], total.bands[1]);
        if (fault == "band_outside") total.max = 4;
        return {total, first};
    }

    void validate(const Form& form, const Response& response, std::vector<Issue>&) const override {
        if (fault_of(form) == "throw_in_validate" && answer(response, "q1") == 1)
            throw std::runtime_error("validate exploded");
    }

    std::vector<Score> score(const Form& form, const Response& response) const override {
        const double q1 = answer(response, "q1"), q2 = answer(response, "q2");
        Score total{"total", std::nullopt}, first{"first", std::nullopt};
        if (!std::isnan(q1) && !std::isnan(q2))
            total.value = later_release() ? std::max(q1, q2) : (q1 + q2) / 2;
        if (!std::isnan(q1)) first.value = q1;
        if (q1 != 1) return {total, first};
        const std::string fault = fault_of(form);
        if (fault == "throw_in_score" || broken_release())
            throw std::runtime_error("boom in score");
        if (fault == "throw_other") throw 42;
        if (fault == "too_few_scores") return {total};
        if (fault == "unknown_score") return {total, Score{"bogus", 1.0}};
        if (fault == "nan") total.value = std::numeric_limits<double>::quiet_NaN();
        if (fault == "infinity") total.value = std::numeric_limits<double>::infinity();
        if (fault == "out_of_range") total.value = 7;
        return {total, first};
    }

    std::unique_ptr<ExtrasAccumulator> start_comparison(const Form& form,
                                                        const CompareOptions&) const override {
        const std::string fault = fault_of(form);
        if (fault == "throw_in_start") throw std::runtime_error("start_comparison exploded");
        return std::make_unique<FaultyAccumulator>(fault);
    }
};

class FaultyTextType final : public ItemType {
  public:
    std::string name() const override { return "faulty_text"; }

    void validate_answer(const Item&, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        if (!value.isString()) {
            issues.push_back(Issue{Location{}, "must be a text"});
            return;
        }
        if (value.extract<std::string>() == "explode")
            throw std::logic_error("validate_answer exploded");
    }

    Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell, char) const override {
        if (cell == "explode") throw std::logic_error("parse_cell exploded");
        if (cell == "refuse")
            throw InvalidInput(Location{"", 0, "", item.id}, "faulty_text refuses 'refuse'");
        return cell;
    }

    std::string format_cell(const Item&, const Poco::Dynamic::Var& value, char) const override {
        if (value.isString() && value.extract<std::string>() == "explode")
            throw std::logic_error("format_cell exploded");
        return value.toString();
    }
};

// The fault its report section or chart is told by the extras.
std::string fault_of(const GroupReport& group) {
    return group.instrument ? group.instrument->optValue<std::string>("fault", "none") : "none";
}

// Shows responses_from; with throw_in_section, throws after writing a part.
class FaultySection final : public ReportSection {
  public:
    std::string instrument() const override { return "faulty"; }

    // FAULTY_BROKEN_STYLE=1: its style throws (it has no form to be told by).
    std::string html_style() const override {
        const char* broken = std::getenv("FAULTY_BROKEN_STYLE");
        if (broken && std::strcmp(broken, "1") == 0) throw std::runtime_error("style exploded");
        return ".faulty { color: teal; }";
    }

    std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const override {
        out << "<p class=\"faulty\">responses before: "
            << input.group.instrument->optValue<int>("responses_from", 0) << "</p>";
        if (fault_of(input.group) == "throw_in_section")
            throw std::runtime_error("write_html exploded");
        return {"responses_from"};
    }

    std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const override {
        out << "  responses before: " << input.group.instrument->optValue<int>("responses_from", 0)
            << '\n';
        if (fault_of(input.group) == "throw_in_section")
            throw std::runtime_error("write_text exploded");
        return {"responses_from"};
    }

    void write_summary(const SectionInput& input, const std::string&,
                       summary::PageFlow& flow) const override {
        flow.paragraph("Faulty block begins", 10, chart::detail::palette::ink);
        if (fault_of(input.group) == "throw_in_section")
            throw std::runtime_error("write_summary exploded");
        flow.paragraph("Faulty block ends", 10, chart::detail::palette::ink);
    }
};

// "faulty-count": the responses of the one group; throw_in_chart throws in
// draw(), and FAULTY_BROKEN_DESCRIPTION=1 in description().
class FaultyChart final : public InstrumentChart {
  public:
    std::string instrument() const override { return "faulty"; }
    std::string name() const override { return "faulty-count"; }
    std::string description(const std::string&) const override {
        const char* broken = std::getenv("FAULTY_BROKEN_DESCRIPTION");
        if (broken && std::strcmp(broken, "1") == 0)
            throw std::runtime_error("description exploded");
        return "Responses of the group";
    }
    chart::Scene draw(const Report& report, const Study&, const std::string&) const override {
        chart::Scene scene;
        scene.width = 960;
        scene.height = 540;
        const GroupReport* group = report.groups.empty() ? nullptr : &report.groups.front();
        if (group && fault_of(*group) == "throw_in_chart")
            throw std::runtime_error("draw exploded");
        const double top = chart::detail::draw_title(scene, "Faulty count", "");
        const int count =
            group && group->instrument ? group->instrument->optValue<int>("responses_to", 0) : 0;
        scene.add(chart::Text{
            {48, top + 40}, std::to_string(count) + " responses", 14, chart::detail::palette::ink});
        return scene;
    }
};

}  // namespace

const char* version() {
    const char* chosen = std::getenv("FAULTY_PLUGIN_VERSION");
    return chosen && *chosen ? chosen : "0.1.0";
}

void register_parts(PluginContext& plugin) {
    plugin.add_item_type(std::make_unique<FaultyTextType>());
    plugin.add_instrument(std::make_unique<FaultyInstrument>());
    plugin.add_report_section(std::make_unique<FaultySection>());
    plugin.add_chart(std::make_unique<FaultyChart>());
}

}  // namespace faulty
