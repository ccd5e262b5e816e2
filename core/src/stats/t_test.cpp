#include "sonda/stats/t_test.hpp"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "sonda/stats/descriptives.hpp"

namespace sonda {

namespace {

// The tail of R's t.test once estimate, standard error and df are known,
// including its "data are essentially constant" refusal.
void finish(TTestResult& out, double estimate, double stderr_, double df, double scale,
            double confidence) {
    out.estimate = estimate;
    constexpr double eps = std::numeric_limits<double>::epsilon();
    if (!std::isfinite(stderr_) || !std::isfinite(df) || df <= 0) return;
    // R stops here; with stderr == 0 and a zero scale it returns NaN instead.
    if (stderr_ < 10 * eps * scale || stderr_ == 0) return;
    const double t = estimate / stderr_;
    const boost::math::students_t dist(df);
    out.t = t;
    out.df = df;
    out.p_value = 2 * boost::math::cdf(boost::math::complement(dist, std::fabs(t)));
    const double q = boost::math::quantile(boost::math::complement(dist, (1 - confidence) / 2));
    out.ci_low = estimate - q * stderr_;
    out.ci_high = estimate + q * stderr_;
}

std::vector<double> finite_only(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v)) out.push_back(v);
    return out;
}

}  // namespace

TTestResult one_sample_t_test(std::span<const double> values_in, double confidence) {
    const std::vector<double> values = finite_only(values_in);
    TTestResult out;
    if (values.empty()) return out;
    const double mean = mean_of(values);
    if (values.size() < 2) {
        out.estimate = mean;
        return out;
    }
    const double n = static_cast<double>(values.size());
    const double stderr_ = std::sqrt(variance_of(values) / n);
    finish(out, mean, stderr_, n - 1, std::fabs(mean), confidence);
    return out;
}

TTestResult paired_t_test(std::span<const double> to, std::span<const double> from,
                          double confidence) {
    if (to.size() != from.size())
        throw std::invalid_argument("paired_t_test: samples of different sizes");
    std::vector<double> differences;
    differences.reserve(to.size());
    for (std::size_t i = 0; i < to.size(); ++i)
        if (!std::isnan(to[i]) && !std::isnan(from[i])) differences.push_back(to[i] - from[i]);
    return one_sample_t_test(differences, confidence);
}

TTestResult welch_t_test(std::span<const double> to_in, std::span<const double> from_in,
                         double confidence) {
    const std::vector<double> to = finite_only(to_in);
    const std::vector<double> from = finite_only(from_in);
    TTestResult out;
    if (to.empty() || from.empty()) return out;
    const double mean_to = mean_of(to);
    const double mean_from = mean_of(from);
    if (to.size() < 2 || from.size() < 2) {
        out.estimate = mean_to - mean_from;
        return out;
    }
    const double n_to = static_cast<double>(to.size());
    const double n_from = static_cast<double>(from.size());
    const double se2_to = variance_of(to) / n_to;
    const double se2_from = variance_of(from) / n_from;
    const double stderr_ = std::sqrt(se2_to + se2_from);
    const double df =
        std::pow(stderr_, 4) / (se2_to * se2_to / (n_to - 1) + se2_from * se2_from / (n_from - 1));
    finish(out, mean_to - mean_from, stderr_, df,
           std::max(std::fabs(mean_to), std::fabs(mean_from)), confidence);
    return out;
}

}  // namespace sonda
