#include "team_expectations/expectations_form.hpp"

#include <algorithm>
#include <set>

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
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items[i];
        if (item.type != "matrix" || item.cell_type != "text_list") continue;
        const std::string path = "$.items[" + std::to_string(i) + "]";
        bool ok = true;
        for (std::size_t c = 0; c < item.columns.size(); ++c) {
            const std::string& facet = item.columns[c].value;
            if (std::find(facet_ids().begin(), facet_ids().end(), facet) == facet_ids().end()) {
                issues.push_back(issue_at(path + ".columns[" + std::to_string(c) + "]", item.id,
                                          "unknown facet '" + facet +
                                              "'; the columns of a "
                                              "team-expectations matrix are facets: " +
                                              joined(facet_ids())));
                ok = false;
            }
        }
        if (item.rows.empty()) {
            issues.push_back(
                issue_at(path + ".rows", item.id,
                         "no specialised service: the rows of the matrix are the services"));
            ok = false;
        }
        if (!ok) continue;
        m_text_matrices.push_back(&item);
        for (const Choice& row : item.rows)
            if (service_ids.insert(row.value).second) m_services.push_back(row);
    }
    if (m_text_matrices.empty())
        issues.push_back(
            issue_at("$.items", "",
                     "no matrix item with \"cell_type\": \"text_list\": a team-expectations "
                     "form asks its free texts per service (rows) and facet (columns)"));

    std::set<std::string> rated;
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items[i];
        if (item.type != "likert") continue;
        const std::string path = "$.items[" + std::to_string(i) + "]";
        const std::string service = item.attribute("service");
        if (service.empty()) {
            issues.push_back(
                issue_at(path + ".service", item.id,
                         "a likert item of a team-expectations form rates the collaboration "
                         "with one service: add \"service\" naming a matrix row"));
        } else if (!service_ids.count(service)) {
            std::vector<std::string> known;
            for (const Choice& row : m_services) known.push_back(row.value);
            issues.push_back(issue_at(path + ".service", item.id,
                                      "unknown service '" + service +
                                          "'; the services are the matrix rows: " + joined(known)));
        } else if (!rated.insert(service).second) {
            issues.push_back(issue_at(path + ".service", item.id,
                                      "service '" + service +
                                          "' is already rated by another item; "
                                          "its score collaboration_" +
                                          service + " must come from one item"));
        } else {
            m_ratings.push_back(RatingItem{item.id, service});
        }
    }
}

}  // namespace sonda::team_expectations
