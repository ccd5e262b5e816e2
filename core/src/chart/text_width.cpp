#include "sonda/chart/text_width.hpp"

#include <array>
#include <cstdint>

namespace sonda::chart {

namespace {

// Advance widths of DejaVu Sans (the font every renderer of sonda uses, from
// Debian's fonts-dejavu-core) in thousandths of an em, for U+0020..U+00FF:
// ASCII and Latin-1, which hold every letter of Italian and English. Read
// off pango at 1000 px and rounded up; 0 marks the C1 controls.
constexpr std::array<std::uint16_t, 224> kRegular{
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838,  318, 361, 318,  337, 636,  636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838,  838, 531, 1000, 684, 686,  698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  603, 787, 695,  635, 611,  732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613,  635, 550, 635,  615, 352,  635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,  392, 634, 592,  818, 592,  592,
    525, 636, 337, 636, 838, 0,   0,   0,   0,   0,   0,   0,    0,   0,   0,    0,   0,    0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,    0,   0,   0,    0,   0,    0,
    0,   0,   318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838,  0,   1000, 500,
    500, 838, 401, 401, 500, 636, 636, 318, 500, 401, 471, 612,  969, 969, 969,  531, 684,  684,
    684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295,  295, 295, 775,  748, 787,  787,
    787, 787, 787, 838, 787, 732, 732, 732, 732, 611, 605, 630,  613, 613, 613,  613, 613,  613,
    982, 550, 615, 615, 615, 615, 278, 278, 278, 278, 612, 634,  612, 612, 612,  612, 612,  838,
    612, 634, 634, 634, 634, 592, 635, 592,
};
constexpr std::array<std::uint16_t, 224> kBold{
    348,  456, 521, 838, 696, 1002, 872,  306,  457, 457,  523, 838, 380,  415,  380,  365,
    696,  696, 696, 696, 696, 696,  696,  696,  696, 696,  400, 400, 838,  838,  838,  580,
    1000, 774, 762, 734, 830, 683,  683,  821,  837, 372,  372, 775, 637,  995,  837,  850,
    733,  850, 770, 720, 682, 812,  774,  1103, 771, 724,  725, 457, 365,  457,  838,  500,
    500,  675, 716, 593, 716, 678,  435,  716,  712, 343,  343, 665, 343,  1042, 712,  687,
    716,  716, 493, 595, 478, 712,  652,  924,  645, 652,  582, 712, 365,  712,  838,  0,
    0,    0,   0,   0,   0,   0,    0,    0,    0,   0,    0,   0,   0,    0,    0,    0,
    0,    0,   0,   0,   0,   0,    0,    0,    0,   0,    0,   0,   0,    0,    0,    0,
    348,  456, 696, 696, 636, 696,  365,  500,  500, 1000, 564, 646, 838,  0,    1000, 500,
    500,  838, 438, 438, 500, 736,  636,  380,  500, 438,  564, 646, 1035, 1035, 1035, 580,
    774,  774, 774, 774, 774, 774,  1085, 734,  683, 683,  683, 683, 372,  372,  372,  372,
    838,  837, 850, 850, 850, 850,  850,  838,  850, 812,  812, 812, 812,  724,  738,  719,
    675,  675, 675, 675, 675, 675,  1048, 593,  678, 678,  678, 678, 343,  343,  343,  343,
    687,  712, 687, 687, 687, 687,  687,  838,  687, 712,  712, 712, 712,  652,  716,  652,
};

// Anything else (arrows, dashes, the ellipsis, other scripts): a full em,
// wider than any of those glyphs, so an estimate never falls short.
constexpr double kUnknown = 1.0;

// The next code point of UTF-8 text; malformed bytes count as one unknown.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i++]);
    int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t point = extra == 0 ? lead : lead & (0x3F >> extra);
    for (; extra > 0 && i < text.size(); --extra) {
        const auto next = static_cast<unsigned char>(text[i]);
        if ((next & 0xC0) != 0x80) return 0xFFFD;
        point = (point << 6) | (next & 0x3F);
        ++i;
    }
    return point;
}

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
    const auto& table = bold ? kBold : kRegular;
    double ems = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t point = next_code_point(text, i);
        const std::uint16_t known = point >= 0x20 && point <= 0xFF ? table[point - 0x20] : 0;
        ems += known ? known / 1000.0 : kUnknown;
    }
    return ems * size;
}

}  // namespace sonda::chart
