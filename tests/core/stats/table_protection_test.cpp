#include "sonda/stats/table_protection.hpp"

#include <catch2/catch.hpp>
#include <numeric>
#include <random>

#include "linear_knowledge.hpp"
#include "sonda/error.hpp"

using namespace sonda;

namespace {

// A table of one dimension from its interior counts (rows x cols).
TableCounts table_of(const std::vector<std::vector<long long>>& interior) {
    TableCounts table{interior.size(), interior.front().size(), {}, {}};
    const std::size_t d = table.add_dimension();
    for (std::size_t r = 0; r < interior.size(); ++r)
        for (std::size_t c = 0; c < interior[r].size(); ++c)
            table.add(d, r + 1, c + 1, interior[r][c]);
    return table;
}

std::size_t withheld_count(const std::vector<Withheld>& pattern) {
    return static_cast<std::size_t>(std::count_if(pattern.begin(), pattern.end(),
                                                  [](Withheld w) { return w != Withheld::No; }));
}

// Written apart from the library (tests/support/linear_knowledge.hpp, exact
// rationals): every cell is a variable; the attacker knows each published
// cell, each empty cell (= 0) and every margin relation.
bool determined(const TableCounts& table, const std::vector<Withheld>& pattern,
                const std::vector<std::size_t>& cells) {
    const std::size_t n = table.cells();
    sonda::test::LinearKnowledge attacker(n);
    for (std::size_t cell = 0; cell < n; ++cell)
        if (pattern[cell] == Withheld::No || table.dimensions[0][cell] == 0) {
            std::vector<int> row(n, 0);
            row[cell] = 1;
            attacker.add(row, 0);
        }
    const auto relation = [&](std::size_t margin, const std::vector<std::size_t>& children) {
        std::vector<int> row(n, 0);
        row[margin] = -1;
        for (std::size_t child : children) row[child] = 1;
        attacker.add(row, 0);
    };
    for (std::size_t r = 0; r <= table.rows; ++r) {
        std::vector<std::size_t> children;
        for (std::size_t c = 1; c <= table.cols; ++c) children.push_back(table.index(r, c));
        relation(table.index(r, 0), children);
    }
    for (std::size_t c = 0; c <= table.cols; ++c) {
        std::vector<std::size_t> children;
        for (std::size_t r = 1; r <= table.rows; ++r) children.push_back(table.index(r, c));
        relation(table.index(0, c), children);
    }
    std::vector<int> target(n, 0);
    for (std::size_t cell : cells) target[cell] = 1;
    return attacker.determines(target);
}

}  // namespace

TEST_CASE("table protection: primary cells are the small ones, in any dimension", "[stats]") {
    TableCounts table = table_of({{10, 12}, {8, 9}});
    const std::size_t second = table.add_dimension();
    table.add(second, 1, 1, 3);  // a score only 3 of them answered
    table.add(second, 2, 2, 9);
    const std::vector<Withheld> pattern = protect_table(table, 5);
    CHECK(pattern[table.index(1, 1)] == Withheld::Small);
    CHECK_FALSE(find_disclosure(table, pattern, 5));
}

TEST_CASE("table protection: a lone small row total is never the only one withheld", "[stats]") {
    // Three territories, one role: Livorno (4) is small; the smallest other
    // territory joins it so that everyone minus the rest is no single group.
    const TableCounts table = table_of({{11}, {4}, {9}});
    const std::vector<Withheld> pattern = protect_table(table, 5);
    CHECK(pattern[table.index(2, 0)] == Withheld::Small);
    CHECK(pattern[table.index(3, 0)] == Withheld::Protects);
    CHECK(pattern[table.index(1, 0)] == Withheld::No);
    CHECK(pattern[table.index(0, 0)] == Withheld::No);
    CHECK_FALSE(find_disclosure(table, pattern, 5));
}

TEST_CASE("table protection: the audit finds a single cell and a small union", "[stats]") {
    const TableCounts table = table_of({{6, 6}, {2, 9}, {2, 9}});
    std::vector<Withheld> pattern(table.cells(), Withheld::No);
    pattern[table.index(2, 1)] = Withheld::Small;  // alone in its row and column
    std::optional<Disclosure> found = find_disclosure(table, pattern, 5);
    REQUIRE(found);
    CHECK(found->cells == std::vector<std::size_t>{table.index(2, 1)});

    // Both small cells of column 1 hidden, with their rows' other cells: no
    // single cell follows, but column 1's total minus (1,1) is their union of 4.
    pattern[table.index(3, 1)] = Withheld::Small;
    pattern[table.index(2, 2)] = Withheld::Protects;
    pattern[table.index(3, 2)] = Withheld::Protects;
    found = find_disclosure(table, pattern, 5);
    REQUIRE(found);
    CHECK(found->people == 4);
    CHECK(found->cells.size() == 2);

    const std::vector<Withheld> protected_pattern = protect_table(table, 5);
    CHECK_FALSE(find_disclosure(table, protected_pattern, 5));
}

TEST_CASE("table protection: empty cells describe nobody and hide nothing", "[stats]") {
    const TableCounts table = table_of({{0, 12}, {3, 0}, {7, 8}});
    const std::vector<Withheld> pattern = protect_table(table, 5);
    CHECK(pattern[table.index(1, 1)] == Withheld::No);
    CHECK(pattern[table.index(2, 2)] == Withheld::No);
    CHECK(pattern[table.index(2, 1)] == Withheld::Small);
    CHECK_FALSE(find_disclosure(table, pattern, 5));
}

TEST_CASE("table protection: a difference gives its one non-empty side away", "[stats]") {
    // Three territories of 10; between two waves territory 1 had one joiner
    // and one leaver, territory 2 two joiners and no leaver, territory 3
    // nobody new. Territory 2's sums minus its pairs' change are its two
    // joiners' answers: small. Withheld alone, everyone minus the others
    // would still give it, so territory 1 (the only other with a joiner or
    // leaver) goes with it; territory 3 could not hide anything.
    TableCounts table = table_of({{10}, {10}, {10}});
    const std::size_t turnover = table.add_difference();
    TableCounts::Difference& d = table.differences[turnover];
    table.add_to(d.plus, 1, 1), table.add_to(d.minus, 1, 1);
    table.add_to(d.plus, 2, 1, 2);
    const std::vector<Withheld> pattern = protect_table(table, 5);
    CHECK(pattern[table.index(2, 0)] == Withheld::Small);
    CHECK(pattern[table.index(1, 0)] == Withheld::Protects);
    CHECK(pattern[table.index(3, 0)] == Withheld::No);
    CHECK(pattern[table.index(0, 0)] == Withheld::No);
    CHECK_FALSE(find_disclosure(table, pattern, 5));

    // The difference alone (no other figure): territory 2 withheld on its
    // own is everyone's difference minus the others'.
    TableCounts differences_only{3, 1, {}, {}};
    differences_only.differences.push_back(table.differences[turnover]);
    std::vector<Withheld> alone(table.cells(), Withheld::No);
    alone[table.index(2, 0)] = alone[table.index(2, 1)] = Withheld::Small;
    const std::optional<Disclosure> found = find_disclosure(differences_only, alone, 5);
    REQUIRE(found);
    CHECK(found->dimension == 0);  // the first difference: there are no dimensions
    CHECK(found->people == 2);
}

TEST_CASE("table protection: k = 1 withholds nothing, k < 1 is a usage error", "[stats]") {
    const TableCounts table = table_of({{1, 2}, {3, 4}});
    CHECK(withheld_count(protect_table(table, 1)) == 0);
    CHECK_THROWS_AS(protect_table(table, 0), UsageError);
    CHECK_THROWS_AS(find_disclosure(table, std::vector<Withheld>(table.cells()), 0), UsageError);
}

TEST_CASE("table protection: a start pattern stays withheld", "[stats]") {
    const TableCounts table = table_of({{10, 10}, {10, 10}, {10, 10}});
    std::vector<Withheld> start(table.cells(), Withheld::No);
    start[table.index(1, 1)] = Withheld::Small;  // withheld by a wave's own table
    const std::vector<Withheld> pattern = protect_table(table, 5, start);
    CHECK(pattern[table.index(1, 1)] == Withheld::Small);
    CHECK(withheld_count(pattern) >= 4);  // a cell alone is recoverable from its row and column
    CHECK_FALSE(find_disclosure(table, pattern, 5));
}

TEST_CASE("table protection: random tables resist every linear attack (independent check)",
          "[stats]") {
    std::mt19937 random(20261127);
    for (int trial = 0; trial < 300; ++trial) {
        const std::size_t rows = 2 + random() % 4, cols = 2 + random() % 3;
        const int k = 3 + static_cast<int>(random() % 4);
        std::vector<std::vector<long long>> interior(rows, std::vector<long long>(cols));
        for (auto& row : interior)
            for (long long& count : row) count = random() % 13;
        const TableCounts table = table_of(interior);
        const std::vector<Withheld> pattern = protect_table(table, k);
        const std::vector<long long>& counts = table.dimensions[0];
        INFO("trial " << trial << " k " << k);
        std::vector<std::size_t> hidden;
        for (std::size_t cell = 0; cell < table.cells(); ++cell) {
            if (counts[cell] > 0 && counts[cell] < k) CHECK(pattern[cell] != Withheld::No);
            if (pattern[cell] != Withheld::No) {
                CHECK(counts[cell] > 0);
                hidden.push_back(cell);
                CHECK_FALSE(determined(table, pattern, {cell}));
            }
        }
        // Pairs and triples of disjoint interior or same-margin cells under k.
        for (std::size_t a = 0; a < hidden.size(); ++a)
            for (std::size_t b = a + 1; b < hidden.size(); ++b) {
                const std::size_t ra = hidden[a] / (cols + 1), ca = hidden[a] % (cols + 1);
                const std::size_t rb = hidden[b] / (cols + 1), cb = hidden[b] % (cols + 1);
                const bool disjoint = (ra > 0 && ca > 0 && rb > 0 && cb > 0) ||
                                      (ca == 0 && cb == 0 && ra > 0 && rb > 0) ||
                                      (ra == 0 && rb == 0 && ca > 0 && cb > 0);
                if (disjoint && counts[hidden[a]] + counts[hidden[b]] < k)
                    CHECK_FALSE(determined(table, pattern, {hidden[a], hidden[b]}));
            }
    }
}
