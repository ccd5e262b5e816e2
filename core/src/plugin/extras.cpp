// The accumulator side of Instrument: the buffering default for instruments
// that compare whole waves, and compare_responses for tests and small hosts.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "sonda/plugin/instrument.hpp"

namespace sonda {

namespace {

// Holds the group's responses and calls Instrument::compare at the end, with
// each wave in the order compare() has always been given.
class BufferedComparison final : public ExtrasAccumulator {
  public:
    BufferedComparison(const Instrument& instrument, const Form& form, CompareOptions options)
        : m_instrument(instrument), m_form(form), m_options(std::move(options)) {}

    void add(const ResponseView& view) override {
        m_waves[static_cast<int>(view.side)].push_back(whole_response(view, m_instrument.id()));
    }

    Poco::JSON::Object::Ptr finish() override {
        for (std::vector<Response>& wave : m_waves)
            std::sort(wave.begin(), wave.end(), [](const Response& a, const Response& b) {
                return std::tie(a.territory, a.respondent, a.id) <
                       std::tie(b.territory, b.respondent, b.id);
            });
        return m_instrument.compare(m_form, m_waves[0], m_waves[1], m_options);
    }

  private:
    const Instrument& m_instrument;
    const Form& m_form;
    CompareOptions m_options;
    std::vector<Response> m_waves[2];
};

}  // namespace

bool ExtrasAccumulator::wants_response(std::span<const double>) const { return true; }

const Response& whole_response(const ResponseView& view, const std::string& instrument) {
    if (!view.response)
        throw InvalidInput(Location{"", 0, "", std::string(view.id)},
                           "instrument '" + instrument +
                               "': a response reached its comparison without its answers");
    return *view.response;
}

std::unique_ptr<ExtrasAccumulator> Instrument::start_comparison(
    const Form& form, const CompareOptions& options) const {
    return std::make_unique<BufferedComparison>(*this, form, options);
}

std::vector<double> score_values(const std::vector<ScoreDefinition>& definitions,
                                 const std::vector<Score>& scores) {
    std::vector<double> values(definitions.size(), std::nan(""));
    for (std::size_t d = 0; d < definitions.size(); ++d)
        for (const Score& score : scores)
            if (score.name == definitions[d].name && score.value && std::isfinite(*score.value))
                values[d] = *score.value;
    return values;
}

void add_response(ExtrasAccumulator& accumulator, const Instrument& instrument, const Form& form,
                  const std::vector<ScoreDefinition>& definitions, WaveSide side,
                  const Response& response) {
    const std::vector<double> scores = score_values(definitions, instrument.score(form, response));
    ResponseView view;
    view.side = side;
    view.id = response.id;
    view.territory = response.territory;
    view.role = response.role;
    view.respondent = response.respondent;
    view.scores = scores;
    if (accumulator.wants_response(scores)) view.response = &response;
    accumulator.add(view);
}

Poco::JSON::Object::Ptr compare_responses(const Instrument& instrument, const Form& form,
                                          const std::vector<Response>& from,
                                          const std::vector<Response>& to,
                                          const CompareOptions& options) {
    std::unique_ptr<ExtrasAccumulator> accumulator = instrument.start_comparison(form, options);
    if (!accumulator) return nullptr;
    const std::vector<ScoreDefinition> definitions = instrument.score_definitions(form);
    for (const WaveSide side : {WaveSide::From, WaveSide::To})
        for (const Response& response : side == WaveSide::From ? from : to)
            add_response(*accumulator, instrument, form, definitions, side, response);
    return accumulator->finish();
}

}  // namespace sonda
