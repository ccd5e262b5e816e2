// What the dashboard shows, computed once per selection: the selection
// (form, two waves, filters, minimum cell size, language) and the change
// report the core builds for it. Panels only read this; nothing is computed
// per frame and no statistics are computed in the GUI.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sonda/report/report.hpp"

namespace sonda {
class Project;
}

namespace sonda::gui {

struct Selection {
    std::string form;
    std::string from_wave;
    std::string to_wave;
    std::vector<std::string> territories;  // empty = all
    std::vector<std::string> roles;        // empty = all
    int min_cell = 5;
    std::string language = "it";

    bool operator==(const Selection&) const = default;
};

class DashboardModel {
public:
    explicit DashboardModel(Project& project);

    Project& project() { return m_project; }
    const Project& project() const { return m_project; }

    // Forms that have responses (read at construction and at every refresh),
    // and a default selection: the first such form, its last two waves with
    // data, every territory and role, the study's min_cell.
    const std::vector<std::string>& forms_with_data() const { return m_forms_with_data; }
    std::vector<std::string> waves_with_data(const std::string& form) const;
    Selection default_selection() const;

    const Selection& selection() const { return m_selection; }
    // Recomputes the reports when the selection changed; cheap otherwise.
    void select(const Selection& selection);

    // By territory and for everyone together; null before the first select()
    // or when the selection has no data (then error() says why).
    const Report* by_territory() const { return m_by_territory.get(); }
    const Report* overall() const { return m_overall.get(); }
    const std::string& error() const { return m_error; }
    int generation() const { return m_generation; }  // bumps at every recompute

    // The store changed (a response was entered or withdrawn): recompute.
    void refresh();

private:
    std::vector<std::string> list_forms_with_data() const;

    Project& m_project;
    std::vector<std::string> m_forms_with_data;
    Selection m_selection;
    std::unique_ptr<Report> m_by_territory;
    std::unique_ptr<Report> m_overall;
    std::string m_error;
    int m_generation = 0;
};

}  // namespace sonda::gui
