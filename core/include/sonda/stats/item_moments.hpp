// What Cronbach's alpha needs of one multi-item score in one wave, gathered
// row by row: per item and for the row totals, the count, mean and sum of
// squared deviations of the complete rows (Welford's update, Chan et al.'s
// merge, in long double). Memory is the number of items, never the number of
// rows, so a report streams a million responses through it.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "sonda/stats/cronbach_alpha.hpp"

namespace sonda {

class ItemMoments {
  public:
    explicit ItemMoments(std::size_t items = 0) : m_items(items) {}

    // One respondent's answers to the score's items, in item order. A row
    // with an unanswered item (NaN) is skipped: alpha uses complete rows only
    // (listwise deletion). A row of another length is a logic error
    // (std::invalid_argument): callers build rows from the score's definition.
    void add_row(std::span<const double> row);
    // As if every row of `other` had been added here (same item count).
    void merge(const ItemMoments& other);

    std::size_t items() const { return m_items.size(); }
    long long complete_rows() const { return m_rows; }
    // Empty alpha when there are fewer than 2 items, fewer than 2 complete
    // rows, or the totals do not vary.
    AlphaResult alpha() const;

  private:
    struct Moments {
        long double mean = 0;
        long double squares = 0;  // sum of squared deviations from the mean
        void add(long double value, long long count);
        void merge(const Moments& other, long long count, long long other_count);
    };
    std::vector<Moments> m_items;
    Moments m_total;
    long long m_rows = 0;
};

}  // namespace sonda
