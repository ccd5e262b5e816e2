#include "sonda/report/protected_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <unordered_map>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"

namespace sonda {

namespace {

std::size_t position_of(const std::vector<std::string>& ids, const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
}

// The study's ids in its order, then any the data names that it does not list.
template <typename Entries>
std::vector<std::string> classification(const Entries& listed,
                                        const std::vector<std::string>& present) {
    std::vector<std::string> ids;
    for (const auto& entry : listed) ids.push_back(entry.id);
    for (const std::string& id : present)
        if (!id.empty() && position_of(ids, id) == ids.size()) ids.push_back(id);
    return ids;
}

// One response as the table needs it.
struct Row {
    std::uint16_t side;      // index into the study's waves
    std::uint32_t row, col;  // 1-based: territory and role
    std::int32_t respondent;
    std::uint64_t answered;  // bit d: score d has a value (d < 64; more scores share bit 63)
};

constexpr std::size_t kMaskBits = 64;

std::size_t mask_bit(std::size_t score) { return std::min(score, kMaskBits - 1); }

// Dimensions of one wave's table: its respondents, then each score's n.
TableCounts wave_counts(const std::vector<Row>& rows, std::size_t side, std::size_t territories,
                        std::size_t roles, std::size_t scores) {
    TableCounts table{territories, roles, {}, {}};
    const std::size_t respondents = table.add_dimension();
    for (std::size_t d = 0; d < scores; ++d) table.add_dimension();
    for (const Row& row : rows) {
        if (row.side != side) continue;
        table.add(respondents, row.row, row.col);
        for (std::size_t d = 0; d < scores; ++d)
            if (row.answered >> mask_bit(d) & 1) table.add(respondents + 1 + d, row.row, row.col);
    }
    return table;
}

// Whether a row counts in dimension d of the pair table: d = 0 stands for the
// respondents themselves, d >= 1 for score d - 1 having a value.
bool counts_in(const Row& row, std::size_t d) {
    return d == 0 || (row.answered >> mask_bit(d - 1) & 1);
}

// Each respondent's row at each side scanned (null where absent), made once
// for the pair table and the earlier waves.
using RowsByRespondent = std::vector<std::vector<const Row*>>;

RowsByRespondent rows_by_respondent(const std::vector<Row>& rows, std::size_t sides,
                                    std::size_t respondent_count) {
    RowsByRespondent at(sides, std::vector<const Row*>(respondent_count, nullptr));
    for (const Row& row : rows)
        if (row.respondent >= 0 && static_cast<std::size_t>(row.respondent) < respondent_count)
            at[row.side][static_cast<std::size_t>(row.respondent)] = &row;
    return at;
}

// The pairs between two waves. Dimensions: respondents in both waves, then
// each score's pairs. Differences: per score (and for respondents), those
// who joined minus those who left, which both waves' sums minus the pairs'
// change give away. Codes are scoped by territory, so a pair never crosses
// territories; one who changed role pairs in the territory and in everyone
// but in no role, and is a leaver of the old role and a joiner of the new.
// Those pairs go to one more column, cols + 1, that no report shows: with it
// every row adds up again, and what a territory holds beyond its roles is a
// withheld cell like any other.
TableCounts pair_counts(const std::vector<Row>& rows, const RowsByRespondent& at, std::size_t y,
                        std::size_t z, std::size_t territories, std::size_t roles,
                        std::size_t scores) {
    TableCounts table{territories, roles + 1, {}, {}};
    const std::size_t changed = roles + 1;
    const std::vector<const Row*>& first = at[y];
    const std::size_t respondent_count = first.size();
    for (std::size_t d = 0; d <= scores; ++d) {
        const std::size_t pairs = table.add_dimension();
        TableCounts::Difference& turnover = table.differences[table.add_difference()];
        const auto cell = [&](std::vector<long long>& counts, std::size_t row, std::size_t col) {
            counts[table.index(row, col)] += 1;
        };
        const auto everywhere = [&](std::vector<long long>& counts, const Row& row) {
            table.add_to(counts, row.row, row.col);
        };
        std::vector<char> paired(respondent_count, 0);
        for (const Row& row : rows) {
            if (row.side != z || !counts_in(row, d)) continue;
            const Row* from =
                row.respondent < 0 ? nullptr : first[static_cast<std::size_t>(row.respondent)];
            if (!from || !counts_in(*from, d)) {
                everywhere(turnover.plus, row);
                continue;
            }
            paired[static_cast<std::size_t>(row.respondent)] = 1;
            if (from->col == row.col) {
                table.add(pairs, row.row, row.col);
                continue;
            }
            // Changed role: a pair of the territory and of everyone, in the
            // hidden column; a joiner and a leaver of the two roles.
            table.add(pairs, row.row, changed);
            for (auto* side : {&turnover.plus, &turnover.minus})
                table.add_to(*side, row.row, changed);
            cell(turnover.plus, row.row, row.col), cell(turnover.plus, 0, row.col);
            cell(turnover.minus, from->row, from->col), cell(turnover.minus, 0, from->col);
        }
        for (const Row& row : rows)
            if (row.side == y && counts_in(row, d) &&
                (row.respondent < 0 || !paired[static_cast<std::size_t>(row.respondent)]))
                everywhere(turnover.minus, row);
    }
    return table;
}

// Three waves x < y < z give the change of people by another route: the
// changes y->z, x->y and x->z published for one group add up to
// D_xy(B) - D_xz(C) + D_yz(E), where E came to y and z but not to x, B to x
// and y but not z, C to x and z but not y. Where only one of them is
// non-empty, that one is given away. The comparison of y and z (the later
// two) takes care of it, so the earliest comparisons keep their groups: one
// difference per earlier wave x and per score, with E on one side and B and
// C on the other. Sides are positions in the study's waves.
void add_earlier_waves(TableCounts& pairs, const RowsByRespondent& at, std::size_t y, std::size_t z,
                       std::size_t scores) {
    const std::size_t respondent_count = at[0].size();
    const std::size_t changed = pairs.cols;  // the hidden column
    for (std::size_t x = 0; x < y; ++x)
        for (std::size_t d = 0; d <= scores; ++d) {
            TableCounts::Difference& route = pairs.differences[pairs.add_difference()];
            for (std::size_t who = 0; who < respondent_count; ++who) {
                const Row* waves[3] = {at[x][who], at[y][who], at[z][who]};
                const auto present = [&](const Row* row) { return row && counts_in(*row, d); };
                const bool in_x = present(waves[0]), in_y = present(waves[1]),
                           in_z = present(waves[2]);
                if (in_x + in_y + in_z != 2) continue;
                const Row* some = in_y ? waves[1] : waves[0];
                bool same_role = true;
                for (const Row* row : waves)
                    if (present(row) && row->col != some->col) same_role = false;
                const std::size_t col = same_role ? some->col : changed;
                pairs.add_to(in_x ? route.minus : route.plus, some->row, col);
                if (!same_role) pairs.add_to(in_x ? route.plus : route.minus, some->row, col);
            }
        }
}

// The pair table's pattern without its hidden column, and the reverse.
std::vector<Withheld> drop_changed_column(const std::vector<Withheld>& pattern,
                                          std::size_t territories, std::size_t roles) {
    std::vector<Withheld> out;
    for (std::size_t r = 0; r <= territories; ++r)
        for (std::size_t c = 0; c <= roles; ++c) out.push_back(pattern[r * (roles + 2) + c]);
    return out;
}

std::vector<Withheld> with_changed_column(const std::vector<Withheld>& pattern,
                                          const TableCounts& pairs, std::size_t roles) {
    std::vector<Withheld> out;
    for (std::size_t r = 0; r <= pairs.rows; ++r) {
        for (std::size_t c = 0; c <= roles; ++c) out.push_back(pattern[r * (roles + 1) + c]);
        const bool anyone = pairs.dimensions[0][pairs.index(r, roles + 1)] > 0;
        out.push_back(anyone ? Withheld::Protects : Withheld::No);  // never shown
    }
    return out;
}

std::vector<Withheld> either(const std::vector<Withheld>& a, const std::vector<Withheld>& b) {
    std::vector<Withheld> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = a[i] == Withheld::Small || b[i] == Withheld::Small ? Withheld::Small
                 : a[i] != Withheld::No || b[i] != Withheld::No     ? Withheld::Protects
                                                                    : Withheld::No;
    return out;
}

// `own`, with every cell `other` withholds and `own` publishes withheld as a
// complement: it is small in another view, not in this one.
// Whether it withheld any.
bool also_withhold(std::vector<Withheld>& own, const std::vector<Withheld>& other) {
    bool grew = false;
    for (std::size_t i = 0; i < own.size(); ++i)
        if (own[i] == Withheld::No && other[i] != Withheld::No) {
            own[i] = Withheld::Protects;
            grew = true;
        }
    return grew;
}

// What both patterns withhold (Small where either says so).
std::vector<Withheld> both(const std::vector<Withheld>& a, const std::vector<Withheld>& b) {
    std::vector<Withheld> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = a[i] == Withheld::No || b[i] == Withheld::No         ? Withheld::No
                 : a[i] == Withheld::Small || b[i] == Withheld::Small ? Withheld::Small
                                                                      : Withheld::Protects;
    return out;
}

// The patterns of the comparisons of one form, from one set of rows. Every
// view sonda publishes compares two waves.
class ViewPatterns {
  public:
    ViewPatterns(const std::vector<Row>& rows, std::size_t waves, std::size_t respondents,
                 std::size_t territories, std::size_t roles, std::size_t scores, int min_cell)
        : m_rows(rows),
          m_at(rows_by_respondent(rows, waves, respondents)),
          m_t(territories),
          m_r(roles),
          m_d(scores),
          m_k(min_cell) {
        std::vector<bool> present(waves, false);
        for (const Row& row : rows) present[row.side] = true;
        for (std::size_t wave = 0; wave < waves; ++wave)
            if (present[wave]) m_tables.emplace(wave, wave_counts(rows, wave, m_t, m_r, m_d));
        for (auto y = m_tables.begin(); y != m_tables.end(); ++y)
            for (auto z = std::next(y); z != m_tables.end(); ++z)
                m_views[{y->first, z->first}] = comparison(y->first, z->first);
    }

    // Until no wave needs more: each wave's figures are published by every
    // view of it outside that view's pattern, so an attacker holding them
    // all knows the wave's table outside the cells that all its views
    // withhold. Where that intersection lets a withheld cell be worked out
    // (two views withholding different complements of one cell), every view
    // of the wave withholds the complements that protect it.
    void share_across_views() {
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto& [wave, table] : m_tables) {
                std::vector<Withheld> everywhere;
                for (const auto& [view, pattern] : m_views)
                    if (view.first == wave || view.second == wave)
                        everywhere = everywhere.empty() ? pattern : both(everywhere, pattern);
                if (everywhere.empty() || !find_disclosure(table, everywhere, m_k)) continue;
                const std::vector<Withheld> safe = protect_table(table, m_k, everywhere);
                for (auto& [view, pattern] : m_views)
                    if ((view.first == wave || view.second == wave) &&
                        also_withhold(pattern, safe)) {
                        // What it now withholds must not follow from its
                        // pairs either.
                        pattern = protect_pairs(m_pairs.at(view), pattern);
                        grew = true;
                    }
            }
        }
    }

    // The view of waves y < z (study order); one of them may have no rows.
    const std::vector<Withheld>& view(std::size_t y, std::size_t z) {
        const auto found = m_views.find({y, z});
        return found != m_views.end()
                   ? found->second
                   : m_views.emplace(std::pair{y, z}, comparison(y, z)).first->second;
    }

  private:
    // Both waves' own patterns, then the pairs, their turnover and the
    // routes through earlier waves.
    std::vector<Withheld> comparison(std::size_t y, std::size_t z) {
        const std::vector<Withheld> waves = either(protected_wave(y), protected_wave(z));
        TableCounts& pairs = m_pairs[{y, z}];
        pairs = pair_counts(m_rows, m_at, y, z, m_t, m_r, m_d);
        add_earlier_waves(pairs, m_at, y, z, m_d);
        return protect_pairs(pairs, waves);
    }

    // `start` and what the pair table needs besides.
    std::vector<Withheld> protect_pairs(const TableCounts& pairs,
                                        const std::vector<Withheld>& start) const {
        return drop_changed_column(
            protect_table(pairs, m_k, with_changed_column(start, pairs, m_r)), m_t, m_r);
    }

    const std::vector<Withheld>& protected_wave(std::size_t wave) {
        std::vector<Withheld>& pattern = m_single[wave];
        if (!pattern.empty()) return pattern;
        const auto table = m_tables.find(wave);
        pattern = table != m_tables.end()
                      ? protect_table(table->second, m_k)
                      : std::vector<Withheld>((m_t + 1) * (m_r + 1), Withheld::No);
        return pattern;
    }

    const std::vector<Row>& m_rows;
    RowsByRespondent m_at;
    std::size_t m_t, m_r, m_d;
    int m_k;
    std::map<std::size_t, TableCounts> m_tables;  // the waves with responses
    std::map<std::size_t, std::vector<Withheld>> m_single;
    std::map<std::pair<std::size_t, std::size_t>, std::vector<Withheld>> m_views;
    std::map<std::pair<std::size_t, std::size_t>, TableCounts> m_pairs;
};

}  // namespace

Withheld ProtectedTable::status(const std::string& territory, const std::string& role) const {
    const std::size_t row = territory.empty() ? 0 : position_of(territories, territory) + 1;
    const std::size_t col = role.empty() ? 0 : position_of(roles, role) + 1;
    if (row > territories.size() || col > roles.size()) return Withheld::No;
    return pattern[row * (roles.size() + 1) + col];
}

std::set<std::string> ProtectedTable::withheld_territories_within(const std::string& role) const {
    std::set<std::string> out;
    for (const std::string& territory : territories)
        if (status(territory, role) != Withheld::No) out.insert(territory);
    return out;
}

std::set<std::string> ProtectedTable::withheld_roles_within(const std::string& territory) const {
    std::set<std::string> out;
    for (const std::string& role : roles)
        if (status(territory, role) != Withheld::No) out.insert(role);
    return out;
}

struct ProtectedTableBuilder::State {
    Project& project;
    std::vector<std::string> waves;  // shown
    int min_cell;
    std::vector<ScoreDefinition> definitions;
    std::vector<std::string> scanned;  // the study's waves, in its order
    ResponseFilter filter;
    std::vector<int> side_of_wave;
    std::vector<int> column_of_definition;
    std::vector<Row> rows;
};

ProtectedTableBuilder::ProtectedTableBuilder(Project& project, const Form& form,
                                             std::vector<std::string> waves, int min_cell)
    : m_state(std::make_unique<State>(
          State{project, std::move(waves), min_cell, {}, {}, {}, {}, {}, {}})) {
    State& state = *m_state;
    if (state.waves.empty() || state.waves.size() > 2)
        throw std::invalid_argument("protect_form: one or two waves");
    state.definitions = project.instrument(form).score_definitions(form);
    state.column_of_definition.assign(state.definitions.size(), -1);
    state.filter.form = form.id;  // every version: a version is no group of the table
    // Every wave: what a view withholds of a wave depends on every other
    // view of that wave (ViewPatterns), and a comparison on earlier waves.
    for (const Wave& wave : project.study().waves) state.scanned.push_back(wave.id);
    for (const std::string& wave : state.waves)
        if (position_of(state.scanned, wave) == state.scanned.size()) state.scanned.push_back(wave);
    if (state.scanned.size() > std::numeric_limits<std::uint16_t>::max())
        throw UsageError(
            "the study has more than 65535 waves: the protected table cannot count them");
    state.filter.waves = state.scanned;
}

ProtectedTableBuilder::~ProtectedTableBuilder() = default;

const ResponseFilter& ProtectedTableBuilder::scan_filter() const { return m_state->filter; }

void ProtectedTableBuilder::add(const ScoreDictionaries& dictionaries, const ScoreBatch& batch) {
    State& state = *m_state;
    if (state.side_of_wave.empty()) {
        for (const std::string& wave : dictionaries.waves)
            state.side_of_wave.push_back(static_cast<int>(position_of(state.scanned, wave)));
        for (std::size_t d = 0; d < state.definitions.size(); ++d)
            for (std::size_t s = 0; s < dictionaries.scores.size(); ++s)
                if (state.definitions[d].name == dictionaries.scores[s])
                    state.column_of_definition[d] = static_cast<int>(s);
    }
    for (std::size_t i = 0; i < batch.size; ++i) {
        const int side = state.side_of_wave[static_cast<std::size_t>(batch.wave[i])];
        if (side >= static_cast<int>(state.scanned.size())) continue;
        Row row{static_cast<std::uint16_t>(side), static_cast<std::uint32_t>(batch.territory[i]),
                static_cast<std::uint32_t>(batch.role[i]), batch.respondent[i], 0};
        for (std::size_t d = 0; d < state.definitions.size(); ++d) {
            const int column = state.column_of_definition[d];
            if (column >= 0 && !std::isnan(batch.value(i, static_cast<std::size_t>(column))))
                row.answered |= std::uint64_t{1} << mask_bit(d);
        }
        state.rows.push_back(row);
    }
}

ProtectedTable ProtectedTableBuilder::finish(const ScoreDictionaries& dictionaries) {
    State& state = *m_state;
    std::vector<Row>& rows = state.rows;
    ProtectedTable table;
    table.min_cell = state.min_cell;
    const Study& study = state.project.study();
    table.territories = classification(study.territories, dictionaries.territories);
    table.roles = classification(study.roles, dictionaries.roles);
    // Dictionary codes to 1-based rows and columns of the table.
    for (Row& row : rows) {
        row.row = static_cast<std::uint32_t>(
            position_of(table.territories, dictionaries.territories[row.row]) + 1);
        row.col =
            static_cast<std::uint32_t>(position_of(table.roles, dictionaries.roles[row.col]) + 1);
        if (dictionaries.respondents[static_cast<std::size_t>(row.respondent)].empty())
            row.respondent = -1;  // no code: never paired
    }
    const std::size_t t = table.territories.size(), r = table.roles.size();
    ViewPatterns views(rows, state.scanned.size(), dictionaries.respondents.size(), t, r,
                       state.definitions.size(), state.min_cell);
    views.share_across_views();
    std::vector<std::size_t> shown;
    for (const std::string& wave : state.waves) shown.push_back(position_of(state.scanned, wave));
    std::sort(shown.begin(), shown.end());
    std::vector<Withheld> pattern;
    if (shown.size() == 2 && shown[0] != shown[1])
        pattern = views.view(shown[0], shown[1]);
    else  // one wave: its own table (no output shows a lone wave yet)
        pattern = protect_table(wave_counts(rows, shown[0], t, r, state.definitions.size()),
                                state.min_cell);
    std::vector<Row>().swap(rows);
    table.pattern = std::move(pattern);
    return table;
}

ProtectedTable protect_form(Project& project, const Form& form,
                            const std::vector<std::string>& waves, int min_cell) {
    ProtectedTableBuilder builder(project, form, waves, min_cell);
    ScoreDictionaries dictionaries;
    project.store().scan_scores(builder.scan_filter(), dictionaries,
                                [&](const ScoreBatch& batch) { builder.add(dictionaries, batch); });
    return builder.finish(dictionaries);
}

}  // namespace sonda
