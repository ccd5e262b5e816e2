#include "code_pairing.hpp"

#include <unordered_map>
#include <unordered_set>

namespace sonda::report_detail {

namespace {

constexpr std::uint8_t kFrom = 1, kTo = 2;

// The code with part `part` blanked out, as a key: two codes of the recipe
// that differ in that part only have the same key.
std::string blanked(const std::vector<std::string>& parts, std::size_t part) {
    std::string key = std::to_string(part);
    for (std::size_t i = 0; i < parts.size(); ++i) key += '\x1f' + (i == part ? "" : parts[i]);
    return key;
}

// The unpaired codes of the to wave in one territory, indexed so that a
// code of the from wave finds one differing in one part by hashing, not by
// comparing with each: a million responses stay linear.
class Neighbours {
  public:
    void add(const std::vector<std::string>& parts) {
        for (std::size_t i = 0; i < parts.size(); ++i) m_keys.insert(blanked(parts, i));
    }
    bool near(const std::vector<std::string>& parts) const {
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (m_keys.count(blanked(parts, i))) return true;
        return false;
    }

  private:
    std::unordered_set<std::string> m_keys;
};

}  // namespace

CodePairing pair_codes(const std::vector<std::string>& codes,
                       const std::vector<std::int32_t>& territory_of,
                       const std::vector<std::uint8_t>& sides, const RespondentCodeRecipe& recipe) {
    CodePairing pairing;
    pairing.near_misses_checked = recipe.declared();
    std::unordered_map<std::int32_t, Neighbours> unpaired_to;
    for (std::size_t r = 0; r < sides.size() && r < codes.size(); ++r) {
        if (codes[r].empty()) continue;
        if (sides[r] == (kFrom | kTo)) ++pairing.paired;
        if (sides[r] == kFrom) ++pairing.only_from;
        if (sides[r] != kTo) continue;
        ++pairing.only_to;
        if (!recipe.declared()) continue;
        if (const auto parts = recipe.split(codes[r])) unpaired_to[territory_of[r]].add(*parts);
    }
    for (std::size_t r = 0; recipe.declared() && r < sides.size() && r < codes.size(); ++r) {
        if (codes[r].empty() || sides[r] != kFrom) continue;
        const auto territory = unpaired_to.find(territory_of[r]);
        if (territory == unpaired_to.end()) continue;
        // Two codes of one territory that are equal are one respondent, so a
        // match here differs in exactly one part.
        if (const auto parts = recipe.split(codes[r]); parts && territory->second.near(*parts))
            ++pairing.near_misses;
    }
    return pairing;
}

}  // namespace sonda::report_detail
