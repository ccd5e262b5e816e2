#include "team_expectations/expectations_form.hpp"

#include <algorithm>
#include <set>

#include "team_expectations/messages.hpp"

namespace sonda::team_expectations {

namespace {

Issue issue_at(const std::string& path, const std::string& item, std::string reason) {
    Issue issue;
    issue.where.path = path;
    issue.where.item = item;
    issue.reason = std::move(reason);
    return issue;
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
    return out;
}

}  // namespace

ExpectationsForm::ExpectationsForm(const Form& form, std::vector<Issue>& issues)
    : m_codebook(Codebook::parse(form.definition, issues)) {
    std::set<std::string> service_ids;
    bool any_text_matrix = false;
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items[i];
        if (item.type != "matrix" || item.cell_type != "text_list") continue;
        any_text_matrix = true;
        const std::string path = "$.items[" + std::to_string(i) + "]";
        bool ok = true;
        for (std::size_t c = 0; c < item.columns.size(); ++c) {
            const std::string& facet = item.columns[c].value;
            if (std::find(facet_ids().begin(), facet_ids().end(), facet) == facet_ids().end()) {
                issues.push_back(
                    issue_at(path + ".columns[" + std::to_string(c) + "]", item.id,
                             message("form.unknown_facet", facet, joined(facet_ids()))));
                ok = false;
            }
        }
        if (item.rows.empty()) {
            issues.push_back(issue_at(path + ".rows", item.id, message("form.no_service")));
            ok = false;
        }
        // Its services count even with a wrong facet: the ratings below are
        // checked against them, not reported again as unknown services.
        for (const Choice& row : item.rows)
            if (service_ids.insert(row.value).second) m_services.push_back(row);
        if (ok) m_text_matrices.push_back(&item);
    }
    if (!any_text_matrix) issues.push_back(issue_at("$.items", "", message("form.no_text_matrix")));

    std::set<std::string> rated;
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items[i];
        if (item.type != "likert") continue;
        const std::string path = "$.items[" + std::to_string(i) + "]";
        const std::string service = item.attribute("service");
        if (service.empty()) {
            issues.push_back(
                issue_at(path + ".service", item.id, message("form.rating_no_service")));
        } else if (!service_ids.count(service)) {
            std::vector<std::string> known;
            for (const Choice& row : m_services) known.push_back(row.value);
            issues.push_back(
                issue_at(path + ".service", item.id,
                         message("form.rating_unknown_service", service, joined(known))));
        } else if (!rated.insert(service).second) {
            issues.push_back(issue_at(path + ".service", item.id,
                                      message("form.rating_twice", service, service)));
        } else {
            m_ratings.push_back(RatingItem{item.id, service});
        }
    }
}

}  // namespace sonda::team_expectations
