// Data sets shared by the stats tests. Every expected number in these tests
// was computed with R 4.2.2 (Debian 12, r-base-core) by the call written next
// to it; R prints with options(digits = 15). Tolerance: 1e-6 absolute, as
// the issue asks, and 1e-6 relative for p values far below 1e-6.
#pragma once

#include <catch2/catch.hpp>
#include <vector>

namespace sonda::test {

inline Approx r_value(double expected) { return Approx(expected).margin(1e-6).epsilon(0); }

// For tiny p values a margin of 1e-6 would accept anything: compare relatively.
inline Approx r_tiny(double expected) { return Approx(expected).margin(0).epsilon(1e-6); }

// P1: paired, no ties, no zero differences (exact signed-rank).
// a <- c(2.0, 3.25, 1.5, 4.0, 2.25, 3.5, 2.75, 3.0)
// b <- c(3.5, 3.0, 2.75, 4.5, 4.0, 4.125, 3.5, 4.0)
inline const std::vector<double> p1_a{2.0, 3.25, 1.5, 4.0, 2.25, 3.5, 2.75, 3.0};
inline const std::vector<double> p1_b{3.5, 3.0, 2.75, 4.5, 4.0, 4.125, 3.5, 4.0};

// P2: paired Likert answers with ties and zero differences.
// a <- c(3,2,4,3,5,2,3,4,1,3); b <- c(4,2,5,3,4,4,3,5,3,4)
inline const std::vector<double> p2_a{3, 2, 4, 3, 5, 2, 3, 4, 1, 3};
inline const std::vector<double> p2_b{4, 2, 5, 3, 4, 4, 3, 5, 3, 4};

// P4: 60 pairs, no ties, no zeros (normal approximation because n >= 50).
// i <- 1:60; a <- ((i*37) %% 101)/4; b <- a + (((i*53) %% 97) + 0.3)/8 - 2
inline void p4(std::vector<double>& a, std::vector<double>& b) {
    a.clear();
    b.clear();
    for (int i = 1; i <= 60; ++i) {
        const double ai = static_cast<double>((i * 37) % 101) / 4;
        a.push_back(ai);
        b.push_back(ai + (static_cast<double>((i * 53) % 97) + 0.3) / 8 - 2);
    }
}

// I1: two independent samples without ties (exact rank-sum).
// a <- c(2.1, 3.4, 2.8, 3.9, 1.7); b <- c(3.3, 4.2, 2.5, 3.8, 4.6, 3.05)
inline const std::vector<double> i1_a{2.1, 3.4, 2.8, 3.9, 1.7};
inline const std::vector<double> i1_b{3.3, 4.2, 2.5, 3.8, 4.6, 3.05};

// I2: independent Likert answers with ties.
// a <- c(3,2,4,3,5,2,3); b <- c(4,4,5,3,4,5)
inline const std::vector<double> i2_a{3, 2, 4, 3, 5, 2, 3};
inline const std::vector<double> i2_b{4, 4, 5, 3, 4, 5};

// I3: 55 and 52 values, no ties (normal approximation because n >= 50).
// i <- 1:55; a <- ((i*37) %% 101)/4 + 0.1; j <- 1:52; b <- ((j*41) %% 103)/4 + 0.13
inline void i3(std::vector<double>& a, std::vector<double>& b) {
    a.clear();
    b.clear();
    for (int i = 1; i <= 55; ++i) a.push_back(static_cast<double>((i * 37) % 101) / 4 + 0.1);
    for (int j = 1; j <= 52; ++j) b.push_back(static_cast<double>((j * 41) % 103) / 4 + 0.13);
}

// I4: 70 and 64 Likert values with many ties.
// i <- 1:70; a <- (i %% 5) + 1; j <- 1:64; b <- ((j*3) %% 5) + 1 + (j %% 2)
inline void i4(std::vector<double>& a, std::vector<double>& b) {
    a.clear();
    b.clear();
    for (int i = 1; i <= 70; ++i) a.push_back(i % 5 + 1);
    for (int j = 1; j <= 64; ++j) b.push_back((j * 3) % 5 + 1 + j % 2);
}

}  // namespace sonda::test
