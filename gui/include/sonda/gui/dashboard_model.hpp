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
//
// Every report the model asks for is a cell of the form's protected table
// (docs/report.md, "Disclosure control"): the territory and role filters
// only choose cells. A total that is no cell (everyone in two of four
// territories, or anything over two roles) is never asked for; a note in the
// selection's language says why and how to see each one instead.
#pragma once

#include <future>
#include <limits>
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
    // Never below the study's min_cell unless show_small_groups: select()
    // raises it.
    int min_cell = 5;
    // Groups smaller than the study's min_cell may be shown (the reports are
    // asked for with suppression off): only for those who hold the raw data
    // anyway. suppression_off() then tells every view to carry a banner.
    bool show_small_groups = false;
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
    // and a default selection: the first such form, its first and last waves
    // with data (baseline against latest), every territory and role, the
    // study's min_cell.
    const std::vector<std::string>& forms_with_data() const { return m_forms_with_data; }
    std::vector<std::string> waves_with_data(const std::string& form) const;
    Selection default_selection() const;
    // `form` into `selection`, compared from its first wave with data to its
    // last (baseline against latest).
    void choose_form(Selection& selection, const std::string& form) const;

    const Selection& selection() const { return m_selection; }
    // Recomputes the reports when the selection changed; cheap otherwise.
    // A min_cell below lowest_min_cell() is raised to it.
    void select(const Selection& selection);
    // The smallest min_cell `selection` may ask for: the study's, or 1 with
    // show_small_groups.
    int lowest_min_cell(const Selection& selection) const;

    // True when what is shown may describe groups smaller than the study's
    // min_cell: every view, and every picture of it, must then say so.
    bool suppression_off() const;

    // By territory and for everyone together; null before the first select()
    // or when the selection has no data or is no cell of the protected table
    // (then error() says why). Until complete(), by_territory() holds the
    // score table only (no alpha, no instrument extras) and overall() is
    // null. overall() stays null when the chosen territories are several but
    // not all: total_note() then says, in the selection's language, why their
    // total is not shown and how to see each one.
    const Report* by_territory() const { return m_by_territory.get(); }
    const Report* overall() const { return m_overall.get(); }
    const std::string& error() const { return m_error; }
    const std::string& total_note() const { return m_total_note; }
    // The reports' notes (a plugin's additions left out, scores from another
    // plugin version), each once, in the selection's language: every view
    // shows them, so a panel without its plugin's figures says why.
    std::vector<std::string> report_notes() const;
    int generation() const { return m_generation; }  // bumps whenever the reports change
    bool complete() const { return !m_pending.valid(); }

    // Takes the full reports if the worker has finished; cheap otherwise.
    // The app calls it once a frame.
    void poll();
    // Blocks until the full reports are in (screenshots, tests, benchmarks).
    void wait();

    // The store changed (a response was entered or withdrawn): recompute.
    void refresh();

    // The full reports stream (their memory is bounded by groups, not
    // responses), so by default every selection gets them. A host on a small
    // machine may still cap them: above this many responses in the selection
    // the dashboard keeps to the score table and note() says how to get the
    // rest (`sonda report`, or a narrower selection).
    void set_full_report_limit(long long responses) { m_full_report_limit = responses; }
    const std::string& note() const { return m_note; }

  private:
    struct FullReports {
        std::unique_ptr<Report> by_territory, overall;
        std::string error;
        std::string total_note;  // the core refused the everyone-together report
    };
    std::vector<std::string> list_forms_with_data() const;
    void take(FullReports reports);

    Project& m_project;
    std::vector<std::string> m_forms_with_data;
    Selection m_selection;
    std::unique_ptr<Report> m_by_territory;
    std::unique_ptr<Report> m_overall;
    std::string m_error;
    std::string m_note;
    std::string m_total_note;
    long long m_full_report_limit = std::numeric_limits<long long>::max();
    int m_generation = 0;
    std::future<FullReports> m_pending;
    // Workers of earlier selections still running: never waited on by the
    // UI, dropped once finished.
    std::vector<std::future<FullReports>> m_retired;
};

}  // namespace sonda::gui
