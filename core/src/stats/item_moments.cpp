#include "sonda/stats/item_moments.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace sonda {

void ItemMoments::Moments::add(long double value, long long count) {
    // Welford: `count` includes this value. A constant column keeps mean ==
    // value exactly, so its squares stay exactly 0 (alpha's "no variance").
    const long double delta = value - mean;
    mean += delta / static_cast<long double>(count);
    squares += delta * (value - mean);
}

void ItemMoments::Moments::merge(const Moments& other, long long count, long long other_count) {
    if (other_count == 0) return;
    if (count == 0) {
        *this = other;
        return;
    }
    const long double n_a = static_cast<long double>(count);
    const long double n_b = static_cast<long double>(other_count);
    const long double delta = other.mean - mean;
    mean += delta * n_b / (n_a + n_b);
    squares += other.squares + delta * delta * n_a * n_b / (n_a + n_b);
}

void ItemMoments::add_row(std::span<const double> row) {
    if (row.size() != m_items.size())
        throw std::invalid_argument("ItemMoments: a row of " + std::to_string(row.size()) +
                                    " items for a score of " + std::to_string(m_items.size()));
    for (const double value : row)
        if (std::isnan(value)) return;
    ++m_rows;
    double total = 0;  // in item order, as the score's own total
    for (std::size_t j = 0; j < row.size(); ++j) {
        m_items[j].add(row[j], m_rows);
        total += row[j];
    }
    m_total.add(total, m_rows);
}

void ItemMoments::merge(const ItemMoments& other) {
    if (other.m_items.size() != m_items.size())
        throw std::invalid_argument("ItemMoments: merging " + std::to_string(other.items()) +
                                    " items into " + std::to_string(items()));
    for (std::size_t j = 0; j < m_items.size(); ++j)
        m_items[j].merge(other.m_items[j], m_rows, other.m_rows);
    m_total.merge(other.m_total, m_rows, other.m_rows);
    m_rows += other.m_rows;
}

AlphaResult ItemMoments::alpha() const {
    AlphaResult out;
    out.items = static_cast<int>(m_items.size());
    out.complete_rows = m_rows;
    if (m_items.size() < 2 || m_rows < 2) return out;
    const long double denominator = static_cast<long double>(m_rows - 1);
    const long double total_variance = m_total.squares / denominator;
    if (!(total_variance > 0)) return out;
    long double item_variances = 0;
    for (const Moments& item : m_items) item_variances += item.squares / denominator;
    const long double k = static_cast<long double>(m_items.size());
    out.alpha = static_cast<double>(k / (k - 1) * (1 - item_variances / total_variance));
    return out;
}

}  // namespace sonda
