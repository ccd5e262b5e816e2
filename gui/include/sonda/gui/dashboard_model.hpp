// What the dashboard shows, computed once per selection: the selection
// (form, two waves, filters, minimum cell size, language) and the change
// report the core builds for it. Panels only read this; nothing is computed
// per frame and no statistics are computed in the GUI.
//
// A selection is answered in two steps so the window never waits on a large
// study: the score table by territory (the stored scores only, fast even at a
// million responses) at once, then on a worker thread with its own database
// connection the full reports (alpha, the instruments' extras such as ring
// moves and theme changes, the everyone-together group). poll() takes them
// when they are ready; complete() says whether they are.
#pragma once

#include <future>
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
    ~DashboardModel();
    DashboardModel(const DashboardModel&) = delete;
    DashboardModel& operator=(const DashboardModel&) = delete;

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
    // or when the selection has no data (then error() says why). Until
    // complete(), by_territory() holds the score table only (no alpha, no
    // instrument extras) and overall() is null.
    const Report* by_territory() const { return m_by_territory.get(); }
    const Report* overall() const { return m_overall.get(); }
    const std::string& error() const { return m_error; }
    int generation() const { return m_generation; }  // bumps whenever the reports change
    bool complete() const { return !m_pending.valid(); }

    // Takes the full reports if the worker has finished; cheap otherwise.
    // The app calls it once a frame.
    void poll();
    // Blocks until the full reports are in (screenshots, tests, benchmarks).
    void wait();

    // The store changed (a response was entered or withdrawn): recompute.
    void refresh();

  private:
    struct FullReports {
        std::unique_ptr<Report> by_territory, overall;
        std::string error;
    };
    std::vector<std::string> list_forms_with_data() const;
    void take(FullReports reports);

    Project& m_project;
    std::vector<std::string> m_forms_with_data;
    Selection m_selection;
    std::unique_ptr<Report> m_by_territory;
    std::unique_ptr<Report> m_overall;
    std::string m_error;
    int m_generation = 0;
    std::future<FullReports> m_pending;
    // Workers of earlier selections still running: never waited on by the
    // UI, dropped once finished.
    std::vector<std::future<FullReports>> m_retired;
};

}  // namespace sonda::gui
