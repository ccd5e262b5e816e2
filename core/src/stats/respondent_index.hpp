// Respondent code -> position in one wave, as a flat open-addressing table.
// Pairing a million responses through std::unordered_map spent most of
// compare_score's time in node allocation and pointer chasing; one contiguous
// array of (hash, position) slots keeps it to a hash and a probe or two.
// Private to the stats module.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace sonda::detail {

class RespondentIndex {
  public:
    static constexpr std::uint32_t npos = UINT32_MAX;

    // `codes` must outlive the index: it stores positions, not copies.
    explicit RespondentIndex(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        m_slots.assign(capacity, Slot{0, npos});
        m_mask = capacity - 1;
    }

    // Inserts `code` at `position`; returns the position already stored for
    // the same code instead (a duplicate), or npos when it was new.
    template <typename CodeAt>
    std::uint32_t insert(std::string_view code, std::uint32_t position, CodeAt&& code_at) {
        const std::uint64_t hash = std::hash<std::string_view>{}(code);
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            Slot& s = m_slots[slot];
            if (s.position == npos) {
                s = Slot{hash, position};
                return npos;
            }
            if (s.hash == hash && code_at(s.position) == code) return s.position;
        }
    }

    template <typename CodeAt>
    std::uint32_t find(std::string_view code, CodeAt&& code_at) const {
        const std::uint64_t hash = std::hash<std::string_view>{}(code);
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot& s = m_slots[slot];
            if (s.position == npos) return npos;
            if (s.hash == hash && code_at(s.position) == code) return s.position;
        }
    }

  private:
    struct Slot {
        std::uint64_t hash;
        std::uint32_t position;
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

}  // namespace sonda::detail
