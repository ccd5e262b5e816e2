#include "ranking.hpp"

namespace sonda::detail {

PooledRanks rank_pooled(std::span<const double> first, std::span<const double> second) {
    PooledRanks out;
    std::size_t i = 0, j = 0;
    double position = 0;  // observations already ranked
    while (i < first.size() || j < second.size()) {
        double value;
        if (j == second.size() || (i < first.size() && first[i] <= second[j]))
            value = first[i];
        else
            value = second[j];
        double in_first = 0, in_second = 0;
        while (i < first.size() && first[i] == value) {
            ++i;
            ++in_first;
        }
        while (j < second.size() && second[j] == value) {
            ++j;
            ++in_second;
        }
        const double t = in_first + in_second;
        const double rank = position + (t + 1) / 2;
        out.rank_sum_first += in_first * rank;
        if (t > 1) {
            out.ties = true;
            out.tie_term += t * t * t - t;
        }
        position += t;
    }
    return out;
}

}  // namespace sonda::detail
