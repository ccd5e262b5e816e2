// The protected table of one form: which groups of the study's classification
// (everyone, each territory, each role, each territory x role) may be
// published for the waves a view shows. Every output (report text, json,
// csv, html, the dashboard, later the server) reads its groups from here, so
// a filter only selects cells of one protected table and never makes a new
// sum that could be subtracted from another (docs/report.md, "Disclosure
// control").
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sonda/stats/table_protection.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

class Project;
struct Form;

struct ProtectedTable {
    int min_cell = 5;
    std::vector<std::string> territories;  // rows: the study's order, then any others
    std::vector<std::string> roles;        // columns, likewise
    std::vector<Withheld> pattern;         // (territories+1) x (roles+1), as TableCounts

    // The cell of a territory and a role, each "" for all of them. A
    // territory or role the table does not know (no responses) is published:
    // it describes nobody.
    Withheld status(const std::string& territory, const std::string& role) const;
    // Inside the cell (territory, role): the territories, or the roles, whose
    // cell is withheld, and so must not be named in that cell's output.
    std::set<std::string> withheld_territories_within(const std::string& role) const;
    std::set<std::string> withheld_roles_within(const std::string& territory) const;
};

// The protected table of `form` (every version) for the waves shown, one or
// two. Each wave has its own table and each pair of waves a comparison table
// (every cell either wave's withholds, the pairs protected too). A wave's
// figures, published by all its comparisons, are audited together: where the
// cells that all of them withhold could be worked out, each also withholds
// what protects them (docs/report.md, "Waves"). Counts are the respondents of
// each wave, each score's n and, for two waves, those that pair across them.
ProtectedTable protect_form(Project& project, const Form& form,
                            const std::vector<std::string>& waves, int min_cell);

// protect_form over a scan the caller runs, so that a report reads the store
// once for its figures and its table, from one snapshot. The scan must be
// of `scan_filter()`'s responses or more (other forms' and waves' rows are
// skipped); add() every batch, then finish().
class ProtectedTableBuilder {
  public:
    ProtectedTableBuilder(Project& project, const Form& form, std::vector<std::string> waves,
                          int min_cell);
    ~ProtectedTableBuilder();
    // Every version of the form, every territory and role, every wave of
    // the study.
    const ResponseFilter& scan_filter() const;
    void add(const ScoreDictionaries& dictionaries, const ScoreBatch& batch);
    ProtectedTable finish(const ScoreDictionaries& dictionaries);

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace sonda
