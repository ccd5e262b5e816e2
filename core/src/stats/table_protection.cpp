#include "sonda/stats/table_protection.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <tuple>

#include "sonda/error.hpp"

namespace sonda {

std::size_t TableCounts::add_dimension() {
    dimensions.emplace_back(cells(), 0);
    return dimensions.size() - 1;
}

void TableCounts::add(std::size_t dimension, std::size_t row, std::size_t col, long long count) {
    add_to(dimensions.at(dimension), row, col, count);
}

std::size_t TableCounts::add_difference() {
    differences.push_back({std::vector<long long>(cells(), 0), std::vector<long long>(cells(), 0)});
    return differences.size() - 1;
}

void TableCounts::add_to(std::vector<long long>& counts, std::size_t row, std::size_t col,
                         long long count) const {
    counts[index(row, col)] += count;
    counts[index(row, 0)] += count;
    counts[index(0, col)] += count;
    counts[index(0, 0)] += count;
}

namespace {

// One additive relation of the table: margin = sum of children.
struct Line {
    std::size_t margin;
    std::vector<std::size_t> children;
};

std::vector<Line> lines_of(const TableCounts& table) {
    std::vector<Line> lines;
    if (table.cols > 0)
        for (std::size_t r = 0; r <= table.rows; ++r) {
            Line line{table.index(r, 0), {}};
            for (std::size_t c = 1; c <= table.cols; ++c)
                line.children.push_back(table.index(r, c));
            lines.push_back(std::move(line));
        }
    if (table.rows > 0)
        for (std::size_t c = 0; c <= table.cols; ++c) {
            Line line{table.index(0, c), {}};
            for (std::size_t r = 1; r <= table.rows; ++r)
                line.children.push_back(table.index(r, c));
            lines.push_back(std::move(line));
        }
    return lines;
}

// A line is a relation of a dimension only where its counts add up: pairs of
// a respondent who changed role between the waves count in their territory
// but in no territory x role cell, and then no sum adds up there either.
bool holds(const Line& line, const std::vector<long long>& counts) {
    long long children = 0;
    for (std::size_t child : line.children) children += counts[child];
    return children == counts[line.margin];
}

bool withheld(const std::vector<Withheld>& pattern, std::size_t cell) {
    return pattern[cell] != Withheld::No;
}

// The cheaper complement first: interior cells, then margins, everyone last;
// then fewer people; then the table's order.
auto complement_cost(const TableCounts& table, const std::vector<long long>& counts,
                     std::size_t cell) {
    const std::size_t row = cell / (table.cols + 1), col = cell % (table.cols + 1);
    const int kind = row > 0 && col > 0 ? 0 : row > 0 || col > 0 ? 1 : 2;
    return std::make_tuple(kind, counts[cell], cell);
}

// The best published, non-empty cell among `candidates`, or cells() if none.
std::size_t cheapest(const TableCounts& table, const std::vector<long long>& counts,
                     const std::vector<Withheld>& pattern,
                     const std::vector<std::size_t>& candidates) {
    std::size_t best = table.cells();
    for (std::size_t cell : candidates) {
        if (withheld(pattern, cell) || counts[cell] == 0) continue;
        if (best == table.cells() ||
            complement_cost(table, counts, cell) < complement_cost(table, counts, best))
            best = cell;
    }
    return best;
}

// The hypercube method's rule for one line in one dimension: it hides no
// non-empty cell, or at least two whose union (when the margin is published
// and so the union recoverable) holds at least k people. Returns the cell to
// add, or cells() when the line is fine or cannot be helped.
std::size_t line_complement(const TableCounts& table, const std::vector<long long>& counts,
                            const std::vector<Withheld>& pattern, const Line& line, int k) {
    if (!holds(line, counts)) return table.cells();
    long long hidden = 0, hidden_children_people = 0;
    std::vector<std::size_t> entries = line.children;
    entries.push_back(line.margin);
    for (std::size_t cell : entries)
        if (withheld(pattern, cell) && counts[cell] > 0) {
            ++hidden;
            if (cell != line.margin) hidden_children_people += counts[cell];
        }
    const bool margin_published = !withheld(pattern, line.margin);
    const bool unsafe =
        hidden == 1 || (margin_published && hidden > 0 && hidden_children_people < k);
    if (!unsafe) return table.cells();
    return cheapest(table, counts, pattern, entries);
}

// Reduced row echelon form of the relations restricted to the withheld
// cells; a combination of withheld cells is determined by the published ones
// exactly when it lies in the row space.
class RowSpace {
  public:
    // `counts` null: every line is a relation (a difference's lines always are).
    RowSpace(const std::vector<Line>& lines, const std::vector<long long>* counts,
             const std::vector<std::size_t>& unknowns, std::size_t cells) {
        std::vector<std::ptrdiff_t> column(cells, -1);
        for (std::size_t i = 0; i < unknowns.size(); ++i)
            column[unknowns[i]] = static_cast<std::ptrdiff_t>(i);
        m_width = unknowns.size();
        std::vector<std::vector<double>> rows;
        for (const Line& line : lines) {
            if (counts && !holds(line, *counts)) continue;
            std::vector<double> row(m_width, 0.0);
            bool any = false;
            if (column[line.margin] >= 0) row[column[line.margin]] = -1, any = true;
            for (std::size_t child : line.children)
                if (column[child] >= 0) row[column[child]] = 1, any = true;
            if (any) rows.push_back(std::move(row));
        }
        reduce(rows);
    }

    bool determines(std::vector<double> v) const {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const double factor = v[m_pivots[i]];
            if (factor == 0) continue;
            for (std::size_t j = 0; j < m_width; ++j) v[j] -= factor * m_rows[i][j];
        }
        return std::all_of(v.begin(), v.end(), [](double x) { return std::fabs(x) < 1e-9; });
    }

  private:
    void reduce(std::vector<std::vector<double>>& rows) {
        std::size_t rank = 0;
        for (std::size_t col = 0; col < m_width && rank < rows.size(); ++col) {
            std::size_t pivot = rank;
            for (std::size_t r = rank; r < rows.size(); ++r)
                if (std::fabs(rows[r][col]) > std::fabs(rows[pivot][col])) pivot = r;
            if (std::fabs(rows[pivot][col]) < 1e-9) continue;
            std::swap(rows[rank], rows[pivot]);
            const double scale = rows[rank][col];
            for (double& x : rows[rank]) x /= scale;
            for (std::size_t r = 0; r < rows.size(); ++r) {
                if (r == rank || rows[r][col] == 0) continue;
                const double factor = rows[r][col];
                for (std::size_t j = 0; j < m_width; ++j) rows[r][j] -= factor * rows[rank][j];
            }
            m_pivots.push_back(col);
            ++rank;
        }
        rows.resize(rank);
        m_rows = std::move(rows);
    }

    std::size_t m_width = 0;
    std::vector<std::vector<double>> m_rows;
    std::vector<std::size_t> m_pivots;
};

// The interior cells a cell covers, as a mask over the table.
std::vector<char> support_of(const TableCounts& table, std::size_t cell) {
    std::vector<char> mask(table.cells(), 0);
    const std::size_t row = cell / (table.cols + 1), col = cell % (table.cols + 1);
    for (std::size_t r = 1; r <= table.rows; ++r)
        for (std::size_t c = 1; c <= table.cols; ++c)
            if ((row == 0 || row == r) && (col == 0 || col == c)) mask[table.index(r, c)] = 1;
    if (table.rows == 0 || table.cols == 0) mask[cell] = 1;  // a one-way table
    return mask;
}

// Depth-first search for a union of disjoint withheld cells, fewer than k
// people together, that the row space determines.
struct UnionSearch {
    const TableCounts& table;
    const std::vector<long long>& counts;
    const RowSpace& space;
    const std::vector<std::size_t>& unknowns;  // cells, in the row space's column order
    std::vector<std::size_t> small;            // positions in unknowns with count < k
    std::vector<std::vector<char>> supports;   // of each small position
    int k;
    std::size_t budget;
    std::vector<std::size_t> chosen;
    std::vector<char> covered;

    bool disjoint(std::size_t candidate) const {
        const std::vector<char>& support = supports[candidate];
        for (std::size_t cell = 0; cell < support.size(); ++cell)
            if (support[cell] && covered[cell] && counts[cell] > 0) return false;
        return true;
    }

    // True when a disclosing union is found (left in `chosen`) or the budget ran out.
    bool search(std::size_t from, long long people) {
        for (std::size_t i = from; i < small.size(); ++i) {
            const long long total = people + counts[unknowns[small[i]]];
            if (total >= k || !disjoint(i)) continue;
            if (budget-- == 0) return true;
            chosen.push_back(small[i]);
            const std::vector<char> before = covered;
            for (std::size_t cell = 0; cell < covered.size(); ++cell)
                covered[cell] |= supports[i][cell];
            if (chosen.size() >= 2) {
                std::vector<double> v(unknowns.size(), 0.0);
                for (std::size_t position : chosen) v[position] = 1;
                if (space.determines(v)) return true;
            }
            if (search(i + 1, total)) return true;
            covered = before;
            chosen.pop_back();
        }
        return false;
    }
};

void check_k(int k) {
    if (k < 1)
        throw UsageError("minimum cell size (min_cell) must be at least 1, got " +
                         std::to_string(k));
}

void check_shape(const TableCounts& table, const std::vector<Withheld>& pattern) {
    for (const std::vector<long long>& counts : table.dimensions)
        if (counts.size() != table.cells())
            throw std::invalid_argument("table protection: a dimension has the wrong size");
    for (const TableCounts::Difference& difference : table.differences)
        if (difference.plus.size() != table.cells() || difference.minus.size() != table.cells())
            throw std::invalid_argument("table protection: a difference has the wrong size");
    if (pattern.size() != table.cells())
        throw std::invalid_argument("table protection: pattern and table differ in size");
}

}  // namespace

namespace {

// One system of the audit: the withheld cells with `present` > 0 are the
// unknowns. `eligible` gives the people of each cell that may make up a
// disclosure (0: not eligible); with `any_single`, every determined unknown
// is one whatever its size.
std::optional<Disclosure> audit(const TableCounts& table, const std::vector<Line>& lines,
                                const std::vector<Withheld>& pattern,
                                const std::vector<long long>& present,
                                const std::vector<long long>* additive,
                                const std::vector<long long>& eligible, bool any_single,
                                std::size_t dimension, int k, std::size_t max_unions) {
    std::vector<std::size_t> unknowns;
    for (std::size_t cell = 0; cell < table.cells(); ++cell)
        if (withheld(pattern, cell) && present[cell] > 0) unknowns.push_back(cell);
    if (unknowns.empty()) return std::nullopt;
    const RowSpace space(lines, additive, unknowns, table.cells());
    for (std::size_t i = 0; i < unknowns.size(); ++i) {
        const long long people = eligible[unknowns[i]];
        if (!any_single && (people == 0 || people >= k)) continue;
        std::vector<double> v(unknowns.size(), 0.0);
        v[i] = 1;
        if (space.determines(v)) return Disclosure{dimension, {unknowns[i]}, people};
    }
    if (k <= 2) return std::nullopt;  // a union of two non-empty cells holds at least 2 people
    UnionSearch search{table, eligible, space, unknowns, {}, {}, k, max_unions, {}, {}};
    search.covered.assign(table.cells(), 0);
    for (std::size_t i = 0; i < unknowns.size(); ++i)
        if (eligible[unknowns[i]] > 0 && eligible[unknowns[i]] < k) {
            search.small.push_back(i);
            search.supports.push_back(support_of(table, unknowns[i]));
        }
    if (!search.search(0, 0)) return std::nullopt;
    Disclosure found{dimension, {}, 0};
    for (std::size_t position : search.chosen) {
        found.cells.push_back(unknowns[position]);
        found.people += eligible[unknowns[position]];
    }
    if (found.cells.empty()) found.cells = unknowns;  // budget ran out: assume the worst
    return found;
}

// The side of a difference that a cell (or union) alone would give away.
std::vector<long long> one_sided(const std::vector<long long>& side,
                                 const std::vector<long long>& other) {
    std::vector<long long> out(side.size(), 0);
    for (std::size_t cell = 0; cell < side.size(); ++cell)
        if (other[cell] == 0) out[cell] = side[cell];
    return out;
}

std::vector<long long> present_of(const TableCounts::Difference& difference) {
    std::vector<long long> out(difference.plus.size());
    for (std::size_t cell = 0; cell < out.size(); ++cell)
        out[cell] = difference.plus[cell] + difference.minus[cell];
    return out;
}

}  // namespace

std::optional<Disclosure> find_disclosure(const TableCounts& table,
                                          const std::vector<Withheld>& pattern, int k,
                                          std::size_t max_unions) {
    check_k(k);
    check_shape(table, pattern);
    const std::vector<Line> lines = lines_of(table);
    for (std::size_t d = 0; d < table.dimensions.size(); ++d) {
        const std::vector<long long>& counts = table.dimensions[d];
        if (auto found =
                audit(table, lines, pattern, counts, &counts, counts, true, d, k, max_unions))
            return found;
    }
    for (std::size_t i = 0; i < table.differences.size(); ++i) {
        const TableCounts::Difference& difference = table.differences[i];
        const std::vector<long long> present = present_of(difference);
        const std::size_t index = table.dimensions.size() + i;
        for (const auto& [side, other] : {std::pair{&difference.plus, &difference.minus},
                                          std::pair{&difference.minus, &difference.plus}})
            if (auto found = audit(table, lines, pattern, present, nullptr,
                                   one_sided(*side, *other), false, index, k, max_unions))
                return found;
    }
    return std::nullopt;
}

std::vector<Withheld> protect_table(const TableCounts& table, int k, std::vector<Withheld> start) {
    check_k(k);
    if (start.empty()) start.assign(table.cells(), Withheld::No);
    check_shape(table, start);
    std::vector<Withheld> pattern = std::move(start);
    if (k <= 1) return pattern;
    for (std::size_t cell = 0; cell < table.cells(); ++cell)
        for (const std::vector<long long>& counts : table.dimensions)
            if (counts[cell] > 0 && counts[cell] < k) pattern[cell] = Withheld::Small;
    for (const TableCounts::Difference& difference : table.differences)
        for (std::size_t cell = 0; cell < table.cells(); ++cell) {
            const long long plus = difference.plus[cell], minus = difference.minus[cell];
            const bool gives_away =
                (minus == 0 && plus > 0 && plus < k) || (plus == 0 && minus > 0 && minus < k);
            if (gives_away) pattern[cell] = Withheld::Small;
        }

    const std::vector<Line> lines = lines_of(table);
    const auto hide = [&](std::size_t cell) {
        if (cell >= table.cells()) return false;
        pattern[cell] = Withheld::Protects;
        return true;
    };
    while (true) {
        // The line rules first: cheap, and they choose complements well.
        bool changed = true;
        while (changed) {
            changed = false;
            for (const std::vector<long long>& counts : table.dimensions)
                for (const Line& line : lines)
                    changed |= hide(line_complement(table, counts, pattern, line, k));
        }
        // Then the exact audit, for what lines alone cannot see.
        const std::optional<Disclosure> found = find_disclosure(table, pattern, k);
        if (!found) return pattern;
        const std::vector<long long> counts =
            found->dimension < table.dimensions.size()
                ? table.dimensions[found->dimension]
                : present_of(table.differences[found->dimension - table.dimensions.size()]);
        std::vector<std::size_t> neighbours;
        for (const Line& line : lines) {
            std::vector<std::size_t> entries = line.children;
            entries.push_back(line.margin);
            if (std::any_of(entries.begin(), entries.end(), [&](std::size_t cell) {
                    return std::find(found->cells.begin(), found->cells.end(), cell) !=
                           found->cells.end();
                }))
                neighbours.insert(neighbours.end(), entries.begin(), entries.end());
        }
        if (hide(cheapest(table, counts, pattern, neighbours))) continue;
        std::vector<std::size_t> all(table.cells());
        for (std::size_t cell = 0; cell < all.size(); ++cell) all[cell] = cell;
        if (!hide(cheapest(table, counts, pattern, all))) return pattern;  // nothing left to hide
    }
}

}  // namespace sonda
