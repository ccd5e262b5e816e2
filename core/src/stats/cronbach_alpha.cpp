#include "sonda/stats/cronbach_alpha.hpp"

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/stats/item_moments.hpp"

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

    ItemMoments moments(k);
    for (const std::vector<double>& row : matrix.rows) moments.add_row(row);
    return moments.alpha();
}

}  // namespace sonda
