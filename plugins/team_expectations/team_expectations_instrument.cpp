#include "team_expectations/team_expectations_instrument.hpp"

#include <Poco/JSON/Array.h>

#include "team_expectations/expectations_form.hpp"
#include "team_expectations/theme_counts.hpp"

namespace sonda::team_expectations {

namespace {

// The layout of a form that already passed check_form; issues were reported then.
ExpectationsForm layout_of(const Form& form) {
    std::vector<Issue> ignored;
    return ExpectationsForm(form, ignored);
}

bool withheld(const WaveCoding& wave, const CompareOptions& options) {
    return options.suppression && wave.n < options.min_cell;
}

Poco::Dynamic::Var count_or_null(bool hidden, long long value) {
    return hidden ? Poco::Dynamic::Var() : Poco::Dynamic::Var(value);
}

Poco::Dynamic::Var change_or_null(bool hidden, long long from, long long to) {
    return hidden ? Poco::Dynamic::Var() : Poco::Dynamic::Var(to - from);
}

long long texts_of(const WaveCoding& wave, const std::string& service, const std::string& theme) {
    auto found = wave.cells.find({service, theme});
    return found == wave.cells.end() ? 0 : found->second.texts;
}

long long respondents_of(const WaveCoding& wave, const std::string& service,
                         const std::string& theme) {
    auto found = wave.cells.find({service, theme});
    return found == wave.cells.end() ? 0 : static_cast<long long>(found->second.respondents.size());
}

long long uncoded_of(const WaveCoding& wave, const std::string& service) {
    auto found = wave.uncoded.find(service);
    return found == wave.uncoded.end() ? 0 : found->second.texts;
}

// Themes and services with their labels, so a host can draw the heatmap axes
// without reading the form again.
void add_axes(const ExpectationsForm& layout, const CompareOptions& options,
              Poco::JSON::Object& out) {
    Poco::JSON::Array::Ptr themes = new Poco::JSON::Array;
    for (const Theme& theme : layout.codebook().themes()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("id", theme.id);
        entry->set("label", theme.label.get(options.language));
        themes->add(entry);
    }
    out.set("themes", themes);
    Poco::JSON::Array::Ptr services = new Poco::JSON::Array;
    for (const Choice& service : layout.services()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("id", service.value);
        entry->set("label", service.label.get(options.language));
        services->add(entry);
    }
    out.set("services", services);
}

Poco::JSON::Array::Ptr texts_json(const WaveCoding& wave, bool hidden,
                                  const CompareOptions& options) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    if (!hidden && options.list_texts)
        for (const CodedText& text : wave.texts)
            out->add(coded_text_json(text, options.unnamed_territories));
    return out;
}

Poco::JSON::Array::Ptr warnings_json(const std::vector<std::string>& warnings) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const std::string& warning : warnings) out->add(warning);
    return out;
}

}  // namespace

LocalizedText TeamExpectationsInstrument::description() const {
    LocalizedText text;
    text.set("en",
             "Expectations towards the specialised services, coded into themes, and the "
             "rating of the present collaboration with each service");
    text.set("it",
             "Aspettative verso i servizi specialistici, codificate per temi, e valutazione "
             "della collaborazione attuale con ciascun servizio");
    return text;
}

void TeamExpectationsInstrument::check_form(const Form& form, std::vector<Issue>& issues) const {
    ExpectationsForm layout(form, issues);
}

std::vector<ScoreDefinition> TeamExpectationsInstrument::score_definitions(const Form& form) const {
    const ExpectationsForm layout = layout_of(form);
    std::vector<ScoreDefinition> out;
    for (const RatingItem& rating : layout.ratings()) {
        const Item* item = form.item(rating.item);
        ScoreDefinition definition;
        definition.name = "collaboration_" + rating.service;
        LocalizedText service_label;
        for (const Choice& service : layout.services())
            if (service.value == rating.service) service_label = service.label;
        definition.label.set("en", "Present collaboration with " + service_label.get("en"));
        definition.label.set("it", "Collaborazione attuale con " + service_label.get("it"));
        definition.items = {rating.item};
        definition.min = item->min;
        definition.max = item->max;
        definition.improvement = Improvement::Higher;  // a closer collaboration
        out.push_back(std::move(definition));
    }
    return out;
}

std::vector<Score> TeamExpectationsInstrument::score(const Form& form,
                                                     const Response& response) const {
    const ExpectationsForm layout = layout_of(form);
    std::vector<Score> out;
    for (const RatingItem& rating : layout.ratings()) {
        Score score{"collaboration_" + rating.service, std::nullopt};
        if (response.answers && response.answers->has(rating.item)) {
            const Poco::Dynamic::Var value = response.answers->get(rating.item);
            if (value.isNumeric()) score.value = value.convert<double>();
        }
        out.push_back(std::move(score));
    }
    return out;
}

namespace {

// The change of one group between two codings (docs/instruments/team-expectations.md).
Poco::JSON::Object::Ptr comparison_json(const ExpectationsForm& layout, const WaveCoding& before,
                                        const WaveCoding& after, const CompareOptions& options) {
    const bool hidden_from = withheld(before, options);
    const bool hidden_to = withheld(after, options);
    const bool hidden_change = hidden_from || hidden_to;

    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("instrument", kInstrumentId);
    out->set("n_from", before.n);
    out->set("n_to", after.n);
    out->set("suppressed_from", hidden_from);
    out->set("suppressed_to", hidden_to);
    add_axes(layout, options, *out);
    Poco::JSON::Array::Ptr counts = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr uncoded = new Poco::JSON::Array;
    for (const Choice& service : layout.services()) {
        for (const Theme& theme : layout.codebook().themes()) {
            const long long texts_from = texts_of(before, service.value, theme.id);
            const long long texts_to = texts_of(after, service.value, theme.id);
            const long long people_from = respondents_of(before, service.value, theme.id);
            const long long people_to = respondents_of(after, service.value, theme.id);
            Poco::JSON::Object::Ptr cell = new Poco::JSON::Object;
            cell->set("service", service.value);
            cell->set("theme", theme.id);
            cell->set("texts_from", count_or_null(hidden_from, texts_from));
            cell->set("texts_to", count_or_null(hidden_to, texts_to));
            cell->set("texts_change", change_or_null(hidden_change, texts_from, texts_to));
            cell->set("respondents_from", count_or_null(hidden_from, people_from));
            cell->set("respondents_to", count_or_null(hidden_to, people_to));
            cell->set("respondents_change", change_or_null(hidden_change, people_from, people_to));
            counts->add(cell);
        }
        const long long uncoded_from = uncoded_of(before, service.value);
        const long long uncoded_to = uncoded_of(after, service.value);
        Poco::JSON::Object::Ptr cell = new Poco::JSON::Object;
        cell->set("service", service.value);
        cell->set("texts_from", count_or_null(hidden_from, uncoded_from));
        cell->set("texts_to", count_or_null(hidden_to, uncoded_to));
        cell->set("texts_change", change_or_null(hidden_change, uncoded_from, uncoded_to));
        uncoded->add(cell);
    }
    out->set("theme_counts", counts);
    out->set("uncoded", uncoded);
    Poco::JSON::Object::Ptr texts = new Poco::JSON::Object;
    texts->set("from", texts_json(before, hidden_from, options));
    texts->set("to", texts_json(after, hidden_to, options));
    out->set("texts_listed", options.list_texts);
    out->set("coded_texts", texts);
    std::vector<std::string> warnings = before.warnings;
    warnings.insert(warnings.end(), after.warnings.begin(), after.warnings.end());
    out->set("warnings", warnings_json(warnings));
    return out;
}

// The themes of one group at both waves, coded response by response.
class ThemeChange final : public ExtrasAccumulator {
  public:
    ThemeChange(const Form& form, CompareOptions options)
        : m_layout(layout_of(form)),
          m_options(std::move(options)),
          m_waves{WaveCoder(m_layout, m_options.overrides, m_options.list_texts),
                  WaveCoder(m_layout, m_options.overrides, m_options.list_texts)} {}

    void add(const ResponseView& view) override {
        m_waves[static_cast<int>(view.side)].add(whole_response(view, kInstrumentId));
    }

    Poco::JSON::Object::Ptr finish() override {
        const WaveCoding before = m_waves[0].finish();
        const WaveCoding after = m_waves[1].finish();
        return comparison_json(m_layout, before, after, m_options);
    }

  private:
    ExpectationsForm m_layout;
    CompareOptions m_options;
    WaveCoder m_waves[2];
};

}  // namespace

std::unique_ptr<ExtrasAccumulator> TeamExpectationsInstrument::start_comparison(
    const Form& form, const CompareOptions& options) const {
    return std::make_unique<ThemeChange>(form, options);
}

Poco::JSON::Object::Ptr TeamExpectationsInstrument::compare(const Form& form,
                                                            const std::vector<Response>& from,
                                                            const std::vector<Response>& to,
                                                            const CompareOptions& options) const {
    return compare_responses(*this, form, from, to, options);
}

}  // namespace sonda::team_expectations
