// How the respondents of two waves pair up by their codes and, when the
// study declares a self-generated code (sonda/model/study.hpp), which codes
// left unpaired differ from an unpaired code of the other wave in one part
// only. A participant who writes "MA15" at the first workshop and "MA16" at
// the second is two strangers to the statistics; the evaluator should hear
// of it, but sonda never pairs them on its own (a guess would bias the
// change it measures). Codes given to respondents (P01, P02, ...) are left
// alone: neighbours there are different people.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::report_detail {

// `codes`: the respondent dictionary (one entry per code within a
// territory; empty text for a response without a code, never counted);
// `territory_of` and `sides` are indexed like it: the respondent's
// territory code, and bit 1 when it answered the from wave, bit 2 the to
// wave. Near misses are looked for within a territory only.
CodePairing pair_codes(const std::vector<std::string>& codes,
                       const std::vector<std::int32_t>& territory_of,
                       const std::vector<std::uint8_t>& sides, const RespondentCodeRecipe& recipe);

}  // namespace sonda::report_detail
