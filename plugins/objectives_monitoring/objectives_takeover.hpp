// Taking a territory's improvement objectives over from its network-dimensions
// answers, so a territory does not retype at the next workshop what it wrote at
// the last one. The network-dimensions form asks them as text_list items with
// `"facet": "objectives"` and a `"dimension"`; each non-blank text becomes an
// objective with status planned and progress 0.
//
// Ids are derived from the text ("<dimension>-<slug of the title>", at most 64
// characters, "-2", "-3"... on a clash), so taking over the same texts again
// at a later wave gives the same ids and the objectives are followed, not
// duplicated. The owner is `owner`, or the response's role when it is empty.
//
// Hosts that build responses (the demo, the CLI) link the static library
// sonda_objectives_monitoring_logic and include
// "objectives_monitoring/objectives_takeover.hpp".
#pragma once

#include <Poco/JSON/Array.h>

#include <string>
#include <vector>

#include "objectives_monitoring/objective.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"

namespace sonda::objectives {

std::vector<Objective> objectives_from_network_dimensions(const Form& network_form,
                                                          const Response& network_response,
                                                          const std::string& owner = "");

// The same, already in the answer shape of an objective_list item.
Poco::JSON::Array::Ptr objective_answer_from_network_dimensions(const Form& network_form,
                                                                const Response& network_response,
                                                                const std::string& owner = "");

// "Formalising relations between institutions" -> "formalising-relations-between-institutions":
// lower case, accents folded, words joined by '-', cut at a word end to fit `max_length`.
std::string slug(const std::string& text, std::size_t max_length);

}  // namespace sonda::objectives
