// The dashboard's palette: one place for the colours of waves, bands, moves
// and suppressed cells, chosen to stay distinguishable for colour-blind
// readers (Okabe-Ito) and in grey-scale print.
#pragma once

#include <imgui.h>

#include <string>

#include "sonda/report/verdict.hpp"

namespace sonda::gui::colors {

inline constexpr ImU32 kWaveFrom = IM_COL32(86, 180, 233, 255);  // sky blue
inline constexpr ImU32 kWaveTo = IM_COL32(213, 94, 0, 255);      // vermillion
inline constexpr ImU32 kInward = IM_COL32(0, 158, 115, 255);     // bluish green
inline constexpr ImU32 kOutward = IM_COL32(204, 121, 167, 255);  // reddish purple
inline constexpr ImU32 kAppeared = IM_COL32(0, 114, 178, 255);   // blue
inline constexpr ImU32 kDisappeared = IM_COL32(120, 120, 120, 255);
inline constexpr ImU32 kStalled = IM_COL32(230, 159, 0, 255);  // orange: needs attention
inline constexpr ImU32 kSuppressed = IM_COL32(150, 150, 150, 255);
inline constexpr ImU32 kAlert = IM_COL32(190, 20, 20, 255);  // white text on it: 6:1
inline constexpr ImU32 kGrid = IM_COL32(200, 200, 200, 120);
inline constexpr ImU32 kText = IM_COL32(30, 30, 30, 255);
inline constexpr ImU32 kTextDim = IM_COL32(110, 110, 110, 255);  // scales, secondary labels

// Colour of a verdict (sonda/report/verdict.hpp): it follows improvement,
// not sign, so a clear fall of a score where lower is better is green.
// Improved and worsened take the colours of the map's inward and outward
// moves (bluish green, reddish purple; the alert red stays for what must
// not be missed), a clear change of a score with no better direction blue;
// uncertain, held and not computable grey. The chip says the verdict in
// words too, so colour is never the only cue.
ImU32 outcome(Outcome outcome);

// Colour of a score band by its id (concern, borderline, strength, ...);
// unknown bands get a neutral grey.
ImU32 band(const std::string& band_id);

}  // namespace sonda::gui::colors
