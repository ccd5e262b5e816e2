#include "sonda/stats/descriptives.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace sonda {

double mean_of(std::span<const double> values) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    // R's mean(): long double sum, then one correction pass for rounding.
    const long double n = static_cast<long double>(values.size());
    long double sum = 0;
    for (double v : values) sum += v;
    long double mean = sum / n;
    if (std::isfinite(static_cast<double>(mean))) {
        long double residual = 0;
        for (double v : values) residual += v - mean;
        mean += residual / n;
    }
    return static_cast<double>(mean);
}

double variance_of(std::span<const double> values) { return summarize(values).variance; }

double median_of(std::span<const double> values) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> copy(values.begin(), values.end());
    const std::size_t half = copy.size() / 2;
    std::nth_element(copy.begin(), copy.begin() + static_cast<std::ptrdiff_t>(half), copy.end());
    const double upper = copy[half];
    if (copy.size() % 2 == 1) return upper;
    const double lower =
        *std::max_element(copy.begin(), copy.begin() + static_cast<std::ptrdiff_t>(half));
    return (lower + upper) / 2.0;
}

namespace {

double variance_about(std::span<const double> values, long double mean) {
    long double sum = 0;
    for (double v : values) {
        const long double d = v - mean;
        sum += d * d;
    }
    return static_cast<double>(sum / static_cast<long double>(values.size() - 1));
}

}  // namespace

SampleSummary summarize(std::span<const double> values) {
    SampleSummary out;
    out.n = static_cast<long long>(values.size());
    out.mean = mean_of(values);
    out.variance = values.size() < 2 ? std::numeric_limits<double>::quiet_NaN()
                                     : variance_about(values, out.mean);
    return out;
}

Descriptives describe(std::span<const double> values) {
    Descriptives out;
    out.n = static_cast<long long>(values.size());
    if (values.empty()) return out;
    const SampleSummary summary = summarize(values);
    out.mean = summary.mean;
    out.median = median_of(values);
    if (values.size() >= 2) out.sd = std::sqrt(summary.variance);
    return out;
}

}  // namespace sonda
