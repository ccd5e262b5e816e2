#include "sonda/stats/effect_size.hpp"

#include <boost/math/special_functions/gamma.hpp>
#include <cmath>
#include <vector>

#include "sonda/stats/descriptives.hpp"

namespace sonda {

namespace {

std::vector<double> without_nan(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v)) out.push_back(v);
    return out;
}

}  // namespace

std::optional<double> cohen_dz(std::span<const double> differences_in) {
    const std::vector<double> differences = without_nan(differences_in);
    if (differences.size() < 2) return std::nullopt;
    const double sd = std::sqrt(variance_of(differences));
    if (!(sd > 0)) return std::nullopt;
    return mean_of(differences) / sd;
}

double hedges_correction(double df) {
    // Gamma(df/2) / Gamma((df-1)/2) through tgamma_ratio: no overflow for large df.
    return boost::math::tgamma_ratio(df / 2, (df - 1) / 2) / std::sqrt(df / 2);
}

std::optional<double> hedges_g(std::span<const double> to_in, std::span<const double> from_in) {
    const std::vector<double> to = without_nan(to_in);
    const std::vector<double> from = without_nan(from_in);
    if (to.size() < 2 || from.size() < 2) return std::nullopt;
    const double n1 = static_cast<double>(to.size());
    const double n2 = static_cast<double>(from.size());
    const double df = n1 + n2 - 2;
    const double pooled =
        std::sqrt(((n1 - 1) * variance_of(to) + (n2 - 1) * variance_of(from)) / df);
    if (!(pooled > 0)) return std::nullopt;
    return (mean_of(to) - mean_of(from)) / pooled * hedges_correction(df);
}

}  // namespace sonda
