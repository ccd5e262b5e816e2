// The objectives a participant link is shown from the previous wave
// (docs/access.md, "Participant links"): for the link's own form and
// territory, the entries of the form's objective_list items at the latest
// earlier wave that has any, from non-withdrawn responses. Nothing else of
// those responses leaves the store: no respondent code, no other answer.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>

#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"
#include "sonda/store/store.hpp"

namespace sonda::server {

// {"wave": id, "items": {item id: [objective, ...]}}, or null when the form
// has no objective_list item or no earlier wave of the territory lists any.
// Several responses naming the same objective id: the latest written wins.
Poco::JSON::Object::Ptr previous_objectives(Store& store, const Study& study, const Form& form,
                                            const std::string& wave, const std::string& territory);

}  // namespace sonda::server
