#include "sonda/stats/t_test.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "distribution_policy.hpp"
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
    const detail::StudentT dist(df);
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

TTestResult one_sample_t_test(const SampleSummary& values, double confidence) {
    TTestResult out;
    if (values.n < 1) return out;
    if (values.n < 2) {
        out.estimate = values.mean;
        return out;
    }
    const double n = static_cast<double>(values.n);
    const double stderr_ = std::sqrt(values.variance / n);
    finish(out, values.mean, stderr_, n - 1, std::fabs(values.mean), confidence);
    return out;
}

TTestResult one_sample_t_test(std::span<const double> values, double confidence) {
    return one_sample_t_test(summarize(finite_only(values)), confidence);
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

TTestResult welch_t_test(const SampleSummary& to, const SampleSummary& from, double confidence) {
    TTestResult out;
    if (to.n < 1 || from.n < 1) return out;
    if (to.n < 2 || from.n < 2) {
        out.estimate = to.mean - from.mean;
        return out;
    }
    const double n_to = static_cast<double>(to.n);
    const double n_from = static_cast<double>(from.n);
    const double se2_to = to.variance / n_to;
    const double se2_from = from.variance / n_from;
    const double stderr_ = std::sqrt(se2_to + se2_from);
    const double df =
        std::pow(stderr_, 4) / (se2_to * se2_to / (n_to - 1) + se2_from * se2_from / (n_from - 1));
    finish(out, to.mean - from.mean, stderr_, df,
           std::max(std::fabs(to.mean), std::fabs(from.mean)), confidence);
    return out;
}

TTestResult welch_t_test(std::span<const double> to, std::span<const double> from,
                         double confidence) {
    return welch_t_test(summarize(finite_only(to)), summarize(finite_only(from)), confidence);
}

}  // namespace sonda
