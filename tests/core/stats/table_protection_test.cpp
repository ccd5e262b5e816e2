#include "sonda/stats/table_protection.hpp"

#include <catch2/catch.hpp>

#include <numeric>
#include <random>

#include "sonda/error.hpp"

using namespace sonda;

namespace {

// A table of one dimension from its interior counts (rows x cols).
TableCounts table_of(const std::vector<std::vector<long long>>& interior) {
    TableCounts table{interior.size(), interior.front().size(), {}};
    const std::size_t d = table.add_dimension();
    for (std::size_t r = 0; r < interior.size(); ++r)
        for (std::size_t c = 0; c < interior[r].size(); ++c)
            table.add(d, r + 1, c + 1, interior[r][c]);
    return table;
}

std::size_t withheld_count(const std::vector<Withheld>& pattern) {
    return static_cast<std::size_t>(
        std::count_if(pattern.begin(), pattern.end(), [](Withheld w) { return w != Withheld::No; }));
}

// Exact rationals for the independent check below.
struct Fraction {
    __int128 num = 0, den = 1;
    static __int128 gcd(__int128 a, __int128 b) {
        if (a < 0) a = -a;
        if (b < 0) b = -b;
        while (b != 0) {
            const __int128 t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
    Fraction normal() const {
        const __int128 g = gcd(num, den);
        Fraction f{num / g, den / g};
        if (f.den < 0) f.num = -f.num, f.den = -f.den;
        return f;
    }
    Fraction operator-(const Fraction& o) const { return Fraction{num * o.den - o.num * den, den * o.den}.normal(); }
    Fraction operator*(const Fraction& o) const { return Fraction{num * o.num, den * o.den}.normal(); }
    Fraction operator/(const Fraction& o) const { return Fraction{num * o.den, den * o.num}.normal(); }
    bool zero() const { return num == 0; }
};

std::size_t rank_of(std::vector<std::vector<Fraction>> m) {
    std::size_t rank = 0;
    const std::size_t width = m.empty() ? 0 : m.front().size();
    for (std::size_t col = 0; col < width && rank < m.size(); ++col) {
        std::size_t pivot = rank;
        while (pivot < m.size() && m[pivot][col].zero()) ++pivot;
        if (pivot == m.size()) continue;
        std::swap(m[rank], m[pivot]);
        for (std::size_t r = rank + 1; r < m.size(); ++r) {
            if (m[r][col].zero()) continue;
            const Fraction factor = m[r][col] / m[rank][col];
            for (std::size_t j = col; j < width; ++j) m[r][j] = m[r][j] - factor * m[rank][j];
        }
        ++rank;
    }
    return rank;
}

// Written apart from the library: every cell is a variable; the attacker
// knows each published cell (one equation each), each empty cell (= 0) and
// every margin relation. A set of cells is determined when adding its sum as
// a row does not raise the rank.
bool determined(const TableCounts& table, const std::vector<Withheld>& pattern,
                const std::vector<std::size_t>& cells) {
    const std::size_t n = table.cells();
    std::vector<std::vector<Fraction>> rows;
    const auto unit = [&](std::size_t cell) {
        std::vector<Fraction> row(n);
        row[cell] = Fraction{1, 1};
        return row;
    };
    for (std::size_t cell = 0; cell < n; ++cell)
        if (pattern[cell] == Withheld::No || table.dimensions[0][cell] == 0) rows.push_back(unit(cell));
    for (std::size_t r = 0; r <= table.rows; ++r) {
        std::vector<Fraction> row(n);
        row[table.index(r, 0)] = Fraction{-1, 1};
        for (std::size_t c = 1; c <= table.cols; ++c) row[table.index(r, c)] = Fraction{1, 1};
        rows.push_back(row);
    }
    for (std::size_t c = 0; c <= table.cols; ++c) {
        std::vector<Fraction> row(n);
        row[table.index(0, c)] = Fraction{-1, 1};
        for (std::size_t r = 1; r <= table.rows; ++r) row[table.index(r, c)] = Fraction{1, 1};
        rows.push_back(row);
    }
    const std::size_t before = rank_of(rows);
    std::vector<Fraction> target(n);
    for (std::size_t cell : cells) target[cell] = Fraction{1, 1};
    rows.push_back(target);
    return rank_of(rows) == before;
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
