// How a team-expectations form is laid out, read once from the Form: which
// matrix items hold the free texts (rows = specialised services, columns = the
// four facets of the report's tables), which likert items rate the present
// collaboration with a service, and the codebook. Everything the instrument
// computes goes through this view, so the form's conventions live in one place.
#pragma once

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "team_expectations/codebook.hpp"

namespace sonda::team_expectations {

// The four facets of the report's "involvement of specialised services" tables.
inline const std::vector<std::string>& facet_ids() {
    static const std::vector<std::string> kFacets{"ask", "involvement", "tools", "concerns"};
    return kFacets;
}

struct RatingItem {
    std::string item;     // likert item id
    std::string service;  // the matrix row it rates
};

class ExpectationsForm {
  public:
    // Reads the layout; problems go to `issues` with JSON paths and the faulty
    // parts are left out, so a caller that ignores issues still gets a usable view.
    ExpectationsForm(const Form& form, std::vector<Issue>& issues);

    const std::vector<const Item*>& text_matrices() const { return m_text_matrices; }
    const std::vector<Choice>& services() const {
        return m_services;
    }  // union of the matrices' rows
    const std::vector<RatingItem>& ratings() const { return m_ratings; }
    const Codebook& codebook() const { return m_codebook; }

  private:
    std::vector<const Item*> m_text_matrices;
    std::vector<Choice> m_services;
    std::vector<RatingItem> m_ratings;
    Codebook m_codebook;
};

}  // namespace sonda::team_expectations
