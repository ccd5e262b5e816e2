// ItemMoments, the streamed sufficient statistics of Cronbach's alpha, against
// the two-pass computation it replaced (R's algorithm: long-double mean with a
// residual pass, then squared deviations), kept here verbatim as the reference.
#include "sonda/stats/item_moments.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "sonda/stats/cronbach_alpha.hpp"
#include "sonda/stats/descriptives.hpp"

using namespace sonda;

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
using Rows = std::vector<std::vector<double>>;

// The alpha of sonda 0.1 (cronbach_alpha.cpp before ItemMoments).
std::optional<double> reference_alpha(const Rows& rows) {
    if (rows.empty()) return std::nullopt;
    const std::size_t k = rows.front().size();
    std::vector<std::vector<double>> columns(k);
    std::vector<double> totals;
    for (const auto& row : rows) {
        if (std::any_of(row.begin(), row.end(), [](double v) { return std::isnan(v); })) continue;
        double total = 0;
        for (std::size_t j = 0; j < k; ++j) {
            columns[j].push_back(row[j]);
            total += row[j];
        }
        totals.push_back(total);
    }
    if (k < 2 || totals.size() < 2) return std::nullopt;
    const double total_variance = variance_of(totals);
    if (!(total_variance > 0)) return std::nullopt;
    double item_variances = 0;
    for (const auto& column : columns) item_variances += variance_of(column);
    const double kd = static_cast<double>(k);
    return kd / (kd - 1) * (1 - item_variances / total_variance);
}

// Likert-like answers that agree with each other, some unanswered.
Rows random_rows(std::mt19937& random, std::size_t n, std::size_t k, bool decimals) {
    std::uniform_int_distribution<int> trait(1, 5), noise(-1, 1), missing(0, 19);
    std::uniform_real_distribution<double> fraction(0, 1);
    Rows rows(n, std::vector<double>(k));
    for (auto& row : rows) {
        const int level = trait(random);
        for (double& value : row) {
            value = std::clamp(level + noise(random), 1, 5);
            if (decimals) value += std::round(fraction(random) * 100) / 100;
            if (missing(random) == 0) value = kNan;
        }
    }
    return rows;
}

ItemMoments moments_of(const Rows& rows, std::size_t k) {
    ItemMoments moments(k);
    for (const auto& row : rows) moments.add_row(row);
    return moments;
}

}  // namespace

TEST_CASE("[stats] streamed alpha equals the two-pass alpha it replaced, to 1e-12") {
    std::mt19937 random(20261127);
    for (const std::size_t n : {2, 3, 10, 97, 1000, 20000}) {
        for (const std::size_t k : {2, 3, 5}) {
            for (const bool decimals : {false, true}) {
                const Rows rows = random_rows(random, n, k, decimals);
                const auto expected = reference_alpha(rows);
                const AlphaResult streamed = moments_of(rows, k).alpha();
                INFO("n " << n << ", k " << k << ", decimals " << decimals);
                REQUIRE(streamed.alpha.has_value() == expected.has_value());
                if (expected)
                    CHECK(*streamed.alpha == Approx(*expected).epsilon(1e-12).margin(1e-12));
                CHECK(cronbach_alpha(ItemMatrix{rows}).alpha == streamed.alpha);
            }
        }
    }
}

TEST_CASE("[stats] alpha does not depend on row order or on how rows are split and merged") {
    std::mt19937 random(7);
    Rows rows = random_rows(random, 5000, 3, false);
    const double whole = *moments_of(rows, 3).alpha().alpha;
    std::shuffle(rows.begin(), rows.end(), random);
    CHECK(*moments_of(rows, 3).alpha().alpha == Approx(whole).epsilon(1e-13));
    for (const std::size_t cut : {std::size_t{0}, std::size_t{1}, std::size_t{1234}, rows.size()}) {
        ItemMoments first = moments_of(Rows(rows.begin(), rows.begin() + cut), 3);
        first.merge(moments_of(Rows(rows.begin() + cut, rows.end()), 3));
        CHECK(first.complete_rows() == moments_of(rows, 3).complete_rows());
        CHECK(*first.alpha().alpha == Approx(whole).epsilon(1e-13));
    }
}

TEST_CASE("[stats] streamed alpha: incomplete rows skipped, no variance is no alpha") {
    ItemMoments moments(3);
    moments.add_row(std::vector<double>{1, 2, kNan});
    CHECK(moments.complete_rows() == 0);
    moments.add_row(std::vector<double>{3, 3, 3});
    moments.add_row(std::vector<double>{3, 3, 3});
    CHECK(moments.complete_rows() == 2);
    CHECK_FALSE(moments.alpha().alpha);  // the totals do not vary
    moments.add_row(std::vector<double>{1, 2, 1});
    CHECK(moments.alpha().alpha);
    CHECK(moments.alpha().items == 3);
    CHECK_THROWS_AS(moments.add_row(std::vector<double>{1, 2}), std::invalid_argument);
    ItemMoments one_item(1);
    one_item.add_row(std::vector<double>{1});
    one_item.add_row(std::vector<double>{2});
    CHECK_FALSE(one_item.alpha().alpha);
}
