#include "sonda/demo/demo_random.hpp"

#include <algorithm>
#include <cmath>

namespace sonda::demo {

std::uint32_t DemoRandom::below(std::uint32_t bound) {
    if (bound <= 1) return 0;
    // The largest multiple of bound that fits: draws above it would favour small values.
    const std::uint64_t range = 0x100000000ULL;
    const std::uint64_t limit = range - range % bound;
    std::uint64_t draw = next();
    while (draw >= limit) draw = next();
    return static_cast<std::uint32_t>(draw % bound);
}

double DemoRandom::uniform() {
    const std::uint32_t high = next() >> 5;  // 27 bits
    const std::uint32_t low = next() >> 6;   // 26 bits
    return (static_cast<double>(high) * 67108864.0 + static_cast<double>(low)) / 9007199254740992.0;
}

double DemoRandom::normal() {
    double sum = 0;
    for (int i = 0; i < 12; ++i) sum += uniform();
    return sum - 6.0;
}

int DemoRandom::scale_point(double mean, double spread, int low, int high) {
    const double value = mean + spread * normal();
    // floor(x + 0.5) rather than lround: exact and independent of the rounding mode.
    const int point = static_cast<int>(std::floor(value + 0.5));
    return std::clamp(point, low, high);
}

}  // namespace sonda::demo
