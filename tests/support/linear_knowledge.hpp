// What an attacker can compute from published sums: exact linear algebra over
// the rationals, written for the disclosure tests and independent of the
// library's own audit (core/src/stats/table_protection.cpp), so that the two
// cannot share a mistake. Each published figure is an equation "the sum of
// these unknowns is this value"; a combination of unknowns is determined
// exactly when it lies in the span of the equations, and then its value
// follows from the published figures alone.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <vector>

namespace sonda::test {

// 128-bit intermediates (GCC and Clang), spelled so that -Wpedantic accepts them.
__extension__ typedef __int128 Wide;

// A fraction of 64-bit integers, always reduced with a positive denominator;
// a result that does not fit throws rather than wrap.
class Rational {
  public:
    Rational(long long numerator = 0, long long denominator = 1) {
        if (denominator == 0) throw std::domain_error("Rational: zero denominator");
        set(static_cast<Wide>(numerator), static_cast<Wide>(denominator));
    }

    bool zero() const { return m_num == 0; }
    long long numerator() const { return m_num; }
    long long denominator() const { return m_den; }
    double value() const { return static_cast<double>(m_num) / static_cast<double>(m_den); }

    friend Rational operator*(const Rational& a, const Rational& b) {
        Rational out;
        out.set(static_cast<Wide>(a.m_num) * b.m_num, static_cast<Wide>(a.m_den) * b.m_den);
        return out;
    }
    friend Rational operator/(const Rational& a, const Rational& b) {
        if (b.zero()) throw std::domain_error("Rational: division by zero");
        Rational out;
        out.set(static_cast<Wide>(a.m_num) * b.m_den, static_cast<Wide>(a.m_den) * b.m_num);
        return out;
    }
    friend bool operator==(const Rational& a, const Rational& b) {
        return a.m_num == b.m_num && a.m_den == b.m_den;
    }
    friend Rational operator+(const Rational& a, const Rational& b) { return a - (Rational() - b); }
    friend Rational operator-(const Rational& a, const Rational& b) {
        Rational out;
        out.set(static_cast<Wide>(a.m_num) * b.m_den - static_cast<Wide>(b.m_num) * a.m_den,
                static_cast<Wide>(a.m_den) * b.m_den);
        return out;
    }

  private:
    static Wide gcd(Wide a, Wide b) {
        if (a < 0) a = -a;
        if (b < 0) b = -b;
        while (b != 0) {
            const Wide t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
    void set(Wide num, Wide den) {
        if (den < 0) num = -num, den = -den;
        const Wide g = gcd(num, den);
        if (g > 1) num /= g, den /= g;
        if (num == 0) den = 1;
        constexpr Wide limit = INT64_MAX;
        if (num > limit || num < -limit || den > limit)
            throw std::overflow_error("Rational: overflow in exact elimination");
        m_num = static_cast<long long>(num);
        m_den = static_cast<long long>(den);
    }

    long long m_num = 0, m_den = 1;
};

// The equations published so far, kept in reduced row echelon form (each
// pivot column zero in every other row), each with its right-hand side.
class LinearKnowledge {
  public:
    explicit LinearKnowledge(std::size_t unknowns) : m_width(unknowns) {}

    std::size_t unknowns() const { return m_width; }
    std::size_t rank() const { return m_rows.size(); }

    // sum_i coefficients[i] * x_i = value.
    void add(const std::vector<int>& coefficients, double value) {
        check_width(coefficients.size());
        Row row{to_rational(coefficients), value, 0};
        reduce(row.coefficients, row.value);
        std::size_t pivot = 0;
        while (pivot < m_width && row.coefficients[pivot].zero()) ++pivot;
        if (pivot == m_width) return;  // implied by what is known already
        const Rational scale = row.coefficients[pivot];
        for (Rational& c : row.coefficients) c = c / scale;
        row.value /= scale.value();
        row.pivot = pivot;
        for (Row& other : m_rows) {
            const Rational factor = other.coefficients[pivot];
            if (factor.zero()) continue;
            for (std::size_t j = 0; j < m_width; ++j)
                other.coefficients[j] = other.coefficients[j] - factor * row.coefficients[j];
            other.value -= factor.value() * row.value;
        }
        m_rows.push_back(std::move(row));
    }

    // The value of sum_i combination[i] * x_i when the equations determine
    // it, computed from the published values; none otherwise.
    std::optional<double> solve(const std::vector<int>& combination) const {
        check_width(combination.size());
        std::vector<Rational> v = to_rational(combination);
        double value = 0;
        reduce(v, value);
        for (const Rational& c : v)
            if (!c.zero()) return std::nullopt;
        return -value;  // reduce() subtracted the equations' values
    }

    bool determines(const std::vector<int>& combination) const {
        return solve(combination).has_value();
    }

    // What is left of a combination once every equation is taken out of it:
    // zero exactly when the combination is determined. Linear, so the
    // residual of a sum is the sum of the residuals: a set of unknowns is
    // determined together when their residuals add up to zero.
    std::vector<Rational> residual(const std::vector<int>& combination) const {
        check_width(combination.size());
        std::vector<Rational> v = to_rational(combination);
        double value = 0;
        reduce(v, value);
        return v;
    }

  private:
    struct Row {
        std::vector<Rational> coefficients;
        double value;
        std::size_t pivot;
    };

    void check_width(std::size_t width) const {
        if (width != m_width) throw std::invalid_argument("LinearKnowledge: wrong width");
    }

    std::vector<Rational> to_rational(const std::vector<int>& coefficients) const {
        std::vector<Rational> out;
        out.reserve(coefficients.size());
        for (int c : coefficients) out.emplace_back(c);
        return out;
    }

    // v -= sum of f_i * row_i, value -= sum of f_i * value_i, with f_i = v[pivot_i].
    void reduce(std::vector<Rational>& v, double& value) const {
        for (const Row& row : m_rows) {
            const Rational factor = v[row.pivot];
            if (factor.zero()) continue;
            for (std::size_t j = 0; j < m_width; ++j)
                if (!row.coefficients[j].zero()) v[j] = v[j] - factor * row.coefficients[j];
            value -= factor.value() * row.value;
        }
    }

    std::size_t m_width;
    std::vector<Row> m_rows;
};

}  // namespace sonda::test
