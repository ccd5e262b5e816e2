#include "sonda/gui/colors.hpp"

namespace sonda::gui::colors {

ImU32 outcome(Outcome outcome) {
    switch (outcome) {
        case Outcome::Improved:
            return kInward;
        case Outcome::Worsened:
            return kOutward;
        case Outcome::Changed:
            return kAppeared;
        case Outcome::Held:
        case Outcome::Uncertain:
        case Outcome::NotComputable:
            break;
    }
    return IM_COL32(225, 225, 225, 255);
}

ImU32 band(const std::string& band_id) {
    if (band_id == "concern" || band_id == "weak") return IM_COL32(230, 159, 0, 255);  // orange
    if (band_id == "borderline" || band_id == "medium")
        return IM_COL32(240, 228, 66, 255);                                               // yellow
    if (band_id == "strength" || band_id == "strong") return IM_COL32(0, 158, 115, 255);  // green
    return IM_COL32(170, 170, 170, 255);
}

}  // namespace sonda::gui::colors
