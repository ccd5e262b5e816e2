#include "sonda/stats/cronbach_alpha.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/stats/descriptives.hpp"

namespace sonda {

AlphaResult cronbach_alpha(const ItemMatrix& matrix) {
    AlphaResult out;
    if (matrix.rows.empty()) return out;
    const std::size_t k = matrix.rows.front().size();
    out.items = static_cast<int>(k);
    std::vector<Issue> issues;
    for (std::size_t r = 0; r < matrix.rows.size(); ++r)
        if (matrix.rows[r].size() != k)
            issues.push_back(Issue{{},
                                   "Cronbach's alpha: item row " + std::to_string(r + 1) + " has " +
                                       std::to_string(matrix.rows[r].size()) +
                                       " items, the first row has " + std::to_string(k)});
    if (!issues.empty()) throw InvalidInput(std::move(issues));

    // Column-major copy of the complete rows (listwise deletion).
    std::vector<std::vector<double>> columns(k);
    std::vector<double> totals;
    for (const std::vector<double>& row : matrix.rows) {
        bool complete = true;
        for (double v : row) complete = complete && !std::isnan(v);
        if (!complete) continue;
        double total = 0;
        for (std::size_t j = 0; j < k; ++j) {
            columns[j].push_back(row[j]);
            total += row[j];
        }
        totals.push_back(total);
    }
    out.complete_rows = static_cast<long long>(totals.size());
    if (k < 2 || totals.size() < 2) return out;
    const double total_variance = variance_of(totals);
    if (!(total_variance > 0)) return out;
    double item_variances = 0;
    for (const std::vector<double>& column : columns) item_variances += variance_of(column);
    const double kd = static_cast<double>(k);
    out.alpha = kd / (kd - 1) * (1 - item_variances / total_variance);
    return out;
}

}  // namespace sonda
