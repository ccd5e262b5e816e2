#include "sonda/stats/reliable_change.hpp"

#include <cmath>
#include <stdexcept>

namespace sonda {

ReliableChange reliable_change(std::span<const double> from, std::span<const double> to,
                               std::optional<double> sd_from, std::optional<double> reliability) {
    if (from.size() != to.size())
        throw std::invalid_argument("reliable_change: samples of different sizes");
    ReliableChange out;
    out.pairs = static_cast<long long>(from.size());
    if (out.pairs == 0 || !sd_from || !reliability) return out;
    if (!(*sd_from > 0) || !(*reliability > 0) || !(*reliability < 1)) return out;
    const double s_diff = std::sqrt(2.0) * (*sd_from * std::sqrt(1 - *reliability));
    out.s_diff = s_diff;
    for (std::size_t i = 0; i < from.size(); ++i) {
        const double rci = (to[i] - from[i]) / s_diff;
        if (rci > kReliableChangeCritical) ++out.improved;
        if (rci < -kReliableChangeCritical) ++out.worsened;
    }
    out.improved_share = static_cast<double>(out.improved) / static_cast<double>(out.pairs);
    out.worsened_share = static_cast<double>(out.worsened) / static_cast<double>(out.pairs);
    return out;
}

}  // namespace sonda
