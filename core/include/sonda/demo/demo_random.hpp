// Random numbers for the demo that are the same on every machine: std::mt19937
// is specified exactly by the standard, its distributions are not (libstdc++
// and libc++ give different numbers), so the distributions are our own and use
// only arithmetic that IEEE 754 makes exact.
#pragma once

#include <cstdint>
#include <random>

namespace sonda::demo {

class DemoRandom {
  public:
    explicit DemoRandom(std::uint32_t seed) : m_engine(seed) {}

    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }
    // Uniform in [0, bound) without modulo bias (rejection of the top slice).
    std::uint32_t below(std::uint32_t bound);
    int between(int low, int high) {
        return low + static_cast<int>(below(static_cast<std::uint32_t>(high - low + 1)));
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    bool chance(double probability) { return uniform() < probability; }
    // Approximately standard normal: the sum of 12 uniforms minus 6 (Irwin-Hall),
    // which needs no transcendental function whose last bit could differ.
    double normal();
    // A point of an integer scale around `mean`, clamped to [low, high].
    int scale_point(double mean, double spread, int low, int high);

  private:
    std::mt19937 m_engine;
};

}  // namespace sonda::demo
