// Disclosure control over one two-way table with its margins: territories x
// roles, the total of each territory, of each role, and everyone. Every
// figure sonda publishes about a group is a cell of such a table, so the
// pattern chosen here holds across every report, filter and output that
// reads it (docs/report.md, "Disclosure control").
//
// The guarantee, for every additive statistic (counts, sums, sums of squares,
// counts of codes and bands) in every dimension given: an attacker who holds the
// figures of every published cell and solves any linear combination of them
// recovers neither a withheld cell nor a union of disjoint withheld cells
// describing fewer than k respondents. This is the condition tau-ARGUS audits
// for tables with margins; the pattern is chosen by the line rules of its
// hypercube method and then audited exactly, adding cells until the audit
// passes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace sonda {

// Why a cell is withheld.
enum class Withheld : std::uint8_t {
    No,        // published
    Small,     // primary: some count of it is between 1 and k-1
    Protects,  // complementary: withheld so that another cell cannot be worked out
};

// Counts of a (rows+1) x (cols+1) table: row 0 and column 0 are the margins
// (row 0 = the total over the rows, column 0 = over the columns), so cell
// (0,0) is everyone, (r,0) the r-th row's total, (r,c) one interior cell.
// One count table per dimension (a wave's respondents, a score's n at that
// wave, the pairs of a wave pair...). A count of 0 is a known empty cell: it
// describes nobody, is never withheld for itself and never hides anything.
struct TableCounts {
    std::size_t rows = 0, cols = 0;
    std::vector<std::vector<long long>> dimensions;  // each of size cells()

    // A figure known per published cell only as the difference of two
    // groups' sums: between two waves, both waves' sums minus the change over
    // the pairs is the joiners' sum minus the leavers'. It gives a group away
    // where the other is empty, so a cell or union with no leavers and 1..k-1
    // joiners (or the reverse) is a disclosure. Counts per cell of each group.
    struct Difference {
        std::vector<long long> plus, minus;
    };
    std::vector<Difference> differences;

    std::size_t cells() const { return (rows + 1) * (cols + 1); }
    std::size_t index(std::size_t row, std::size_t col) const { return row * (cols + 1) + col; }
    // Adds a dimension of zeros and returns its index.
    std::size_t add_dimension();
    // Adds `count` to an interior cell and to its three margins.
    void add(std::size_t dimension, std::size_t row, std::size_t col, long long count = 1);
    std::size_t add_difference();
    void add_to(std::vector<long long>& counts, std::size_t row, std::size_t col,
                long long count = 1) const;
};

// What an attacker can work out: the cells of a withheld set whose total is
// determined by the published ones (one cell, or a union of disjoint cells),
// in one dimension (indices past the dimensions are differences), and how
// many respondents it describes there.
struct Disclosure {
    std::size_t dimension = 0;
    std::vector<std::size_t> cells;
    long long people = 0;
};

// The first disclosure the withheld pattern allows, or none. Exact for single
// cells; unions are searched among withheld cells of fewer than k people, up
// to `max_unions` candidate sets (beyond it the pattern is treated as unsafe).
std::optional<Disclosure> find_disclosure(const TableCounts& table,
                                          const std::vector<Withheld>& pattern, int k,
                                          std::size_t max_unions = 200000);

// The protected pattern: primary suppression of every cell with a count in
// 1..k-1 in any dimension, or that a difference gives away (one side empty,
// the other 1..k-1; such a cell is Small even if `start` had it as a
// complement), then complementary suppression until every line
// (row or column with its margin) hides 0 or at least 2 non-empty cells whose
// union holds at least k people, and find_disclosure() finds nothing.
// `start` (same size as the table, or empty) lists cells already withheld,
// for instance by the single-wave tables of the waves a comparison shows.
// Interior cells are chosen as complements before margins, the grand total
// last, smaller counts first; the result is deterministic. k <= 1 withholds
// nothing; k < 1 is a UsageError.
std::vector<Withheld> protect_table(const TableCounts& table, int k,
                                    std::vector<Withheld> start = {});

}  // namespace sonda
