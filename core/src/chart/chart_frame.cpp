#include "sonda/chart/chart_frame.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "sonda/chart/text_width.hpp"

namespace sonda::chart::detail {

Colour palette::wave(std::size_t index, std::size_t count) {
    // From a light steel blue to the ink colour: later is darker.
    const double t = count <= 1 ? 1.0 : static_cast<double>(index) / static_cast<double>(count - 1);
    auto mix = [t](double light, double dark) {
        return static_cast<std::uint8_t>(std::lround(light + (dark - light) * t));
    };
    return Colour{mix(0x8f, 0x1b), mix(0xb3, 0x3f), mix(0xd6, 0x6e)};
}

double draw_title(Scene& scene, const std::string& title, const std::string& subtitle) {
    double y = kMargin + kTitleSize;
    for (const std::string& line : wrap_text(title, kTitleSize, scene.width - 2 * kMargin, true)) {
        scene.add(Text{{kMargin, y}, line, kTitleSize, palette::ink, Anchor::Start, true});
        y += kTitleSize * 1.2;
    }
    if (!subtitle.empty()) {
        y += 2;
        for (const std::string& line : wrap_text(subtitle, kLabelSize, scene.width - 2 * kMargin)) {
            scene.add(Text{{kMargin, y}, line, kLabelSize, palette::muted});
            y += kLabelSize * 1.3;
        }
    }
    return y + 10;
}

double draw_footnote(Scene& scene, const std::vector<std::string>& notes) {
    std::vector<std::string> lines;
    for (const std::string& note : notes)
        for (std::string& line : wrap_text(note, kNoteSize, scene.width - 2 * kMargin))
            lines.push_back(std::move(line));
    const double line_height = kNoteSize * 1.3;
    double y = scene.height - kMargin - line_height * static_cast<double>(lines.size()) + kNoteSize;
    const double top = y - kNoteSize - 8;
    for (const std::string& line : lines) {
        scene.add(Text{{kMargin, y}, line, kNoteSize, palette::muted});
        y += line_height;
    }
    return top;
}

std::vector<std::string> wrap_text(const std::string& text, double size, double width, bool bold) {
    std::vector<std::string> lines;
    std::istringstream words(text);
    std::string word, line;
    while (words >> word) {
        const std::string candidate = line.empty() ? word : line + ' ' + word;
        if (!line.empty() && text_width(candidate, size, bold) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty()) lines.push_back(line);
    for (std::string& fitted : lines) fitted = fit_text(fitted, size, width, bold);
    return lines;
}

std::string fit_text(const std::string& text, double size, double width, bool bold) {
    if (text_width(text, size, bold) <= width) return text;
    const std::string ellipsis = "…";
    std::string cut = text;
    while (!cut.empty()) {
        // Drop one code point: its continuation bytes, then its lead byte.
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
            cut.pop_back();
        if (!cut.empty()) cut.pop_back();
        const std::size_t end = cut.find_last_not_of(' ');
        const std::string kept = end == std::string::npos ? "" : cut.substr(0, end + 1);
        if (text_width(kept + ellipsis, size, bold) <= width) return kept + ellipsis;
    }
    return ellipsis;
}

std::vector<double> nice_ticks(double low, double high, int count) {
    if (!(high > low)) high = low + 1;
    const double raw = (high - low) / std::max(count, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    std::vector<double> ticks;
    const double last = std::ceil(high / step - 1e-9) * step;
    for (double tick = std::floor(low / step + 1e-9) * step; tick <= last + step * 1e-9;
         tick += step)
        ticks.push_back(std::fabs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

}  // namespace sonda::chart::detail
