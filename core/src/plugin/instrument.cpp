#include "sonda/plugin/instrument.hpp"

namespace sonda {

const Band* ScoreDefinition::band_of(double value) const {
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const Band& band = bands[i];
        const bool last = i + 1 == bands.size();
        if (value >= band.from && (value < band.to || (last && value <= band.to))) return &band;
    }
    return nullptr;
}

void Instrument::check_form(const Form&, std::vector<Issue>&) const {}
void Instrument::validate(const Form&, const Response&, std::vector<Issue>&) const {}
Poco::JSON::Object::Ptr Instrument::compare(const Form&, const std::vector<Response>&,
                                            const std::vector<Response>&,
                                            const CompareOptions&) const {
    return nullptr;
}

}  // namespace sonda
