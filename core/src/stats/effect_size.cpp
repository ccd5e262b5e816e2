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

std::optional<double> cohen_dz(const SampleSummary& differences) {
    if (differences.n < 2) return std::nullopt;
    const double sd = std::sqrt(differences.variance);
    if (!(sd > 0)) return std::nullopt;
    return differences.mean / sd;
}

std::optional<double> cohen_dz(std::span<const double> differences) {
    return cohen_dz(summarize(without_nan(differences)));
}

double hedges_correction(double df) {
    // Gamma(df/2) / Gamma((df-1)/2) through tgamma_ratio: no overflow for large df.
    return boost::math::tgamma_ratio(df / 2, (df - 1) / 2) / std::sqrt(df / 2);
}

std::optional<double> hedges_g(const SampleSummary& to, const SampleSummary& from) {
    if (to.n < 2 || from.n < 2) return std::nullopt;
    const double n1 = static_cast<double>(to.n);
    const double n2 = static_cast<double>(from.n);
    const double df = n1 + n2 - 2;
    const double pooled = std::sqrt(((n1 - 1) * to.variance + (n2 - 1) * from.variance) / df);
    if (!(pooled > 0)) return std::nullopt;
    return (to.mean - from.mean) / pooled * hedges_correction(df);
}

std::optional<double> hedges_g(std::span<const double> to, std::span<const double> from) {
    return hedges_g(summarize(without_nan(to)), summarize(without_nan(from)));
}

}  // namespace sonda
