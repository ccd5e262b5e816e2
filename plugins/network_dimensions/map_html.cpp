#include "map_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "map_scene.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::network_dimensions {

using chart::Point;
using report_detail::html_escape;
using report_detail::tr;
using report_detail::wave_title;

namespace {

// The colours of the maps sonda draws as files (map_scene.hpp), as CSS.
std::string css(const chart::Colour& colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", colour.r, colour.g, colour.b);
    return text;
}
std::string mark_colour(MapMark mark) { return css(map_mark_colour(mark)); }
std::string text_colour(MapMark mark) { return css(map_text_colour(mark)); }

// Coordinates to a hundredth: short, and the same text on every machine.
std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

std::string point(Point p) { return number(p.x) + "," + number(p.y); }

// The map is set in pt at the report's full width (190 mm). Printed on A4
// the page's margins leave it about 181 mm, 0.96 pt a unit (measured in
// Chromium's PDF): labels set at 8.5 print a little over 8 pt.
constexpr MapCanvas kCanvas{538, 220, 8.5};

void write_arrow(const PlacedActor& actor, double font_size, std::ostream& out) {
    const Point from = *actor.moved_from, to = actor.dot;
    const double length = std::hypot(to.x - from.x, to.y - from.y);
    if (length <= 0) return;
    const double ux = (to.x - from.x) / length, uy = (to.y - from.y) / length;
    // A short move (half a ring) keeps a visible shaft: the head shrinks.
    const double head = std::min(0.5 * font_size, 0.4 * (length - actor.dot_radius)),
                 half = 0.64 * head;
    const Point tip{to.x - ux * (actor.dot_radius + 0.4), to.y - uy * (actor.dot_radius + 0.4)};
    const Point base{tip.x - ux * head, tip.y - uy * head};
    const std::string colour = mark_colour(actor.mark);
    // Where the actor was: an empty ring, then the way it went.
    out << "<circle class=\"was\" cx=\"" << number(from.x) << "\" cy=\"" << number(from.y)
        << "\" r=\"" << number(actor.dot_radius) << "\" fill=\"none\" stroke=\"" << colour
        << "\" stroke-width=\"0.8\" stroke-dasharray=\"1.5 1.2\"/>";
    out << "<line class=\"move\" x1=\"" << number(from.x) << "\" y1=\"" << number(from.y)
        << "\" x2=\"" << number(base.x) << "\" y2=\"" << number(base.y) << "\" stroke=\"" << colour
        << "\" stroke-width=\"1.2\"/>";
    out << "<polygon points=\"" << point(tip) << ' '
        << point({base.x - uy * half, base.y + ux * half}) << ' '
        << point({base.x + uy * half, base.y - ux * half}) << "\" fill=\"" << colour << "\"/>";
}

}  // namespace

void write_network_map_svg(const MapLayout& layout, const std::string& title, std::ostream& out) {
    const Point c = layout.centre;
    out << "<figure><figcaption>" << html_escape(title) << "</figcaption>"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-map\" width=\"100%\" "
           "viewBox=\"0 0 "
        << number(layout.width) << ' ' << number(layout.height) << "\">\n";
    for (std::size_t ring = layout.ring_radii.size(); ring >= 1; --ring)
        out << "<circle cx=\"" << number(c.x) << "\" cy=\"" << number(c.y) << "\" r=\""
            << number(layout.ring_radii[ring - 1]) << "\" fill=\""
            << (ring % 2 ? "#f3f6f9" : "#e8eef4") << "\" stroke=\"#b8c4cf\"/>\n";
    out << "<circle class=\"centre\" cx=\"" << number(c.x) << "\" cy=\"" << number(c.y) << "\" r=\""
        << number(layout.centre_radius) << "\" fill=\"#1d232a\"/>\n";
    for (const RingNumber& ring : layout.ring_numbers)
        out << "<text class=\"ring-number\" x=\"" << number(ring.baseline.x) << "\" y=\""
            << number(ring.baseline.y) << "\" font-size=\"" << number(layout.ring_number_font_size)
            << "\" text-anchor=\"middle\" fill=\"#4a5561\" font-weight=\"600\">" << ring.ring
            << "</text>\n";

    // Leader lines first, so no line is drawn over a dot or a label.
    for (const PlacedActor& actor : layout.actors) {
        out << "<polyline class=\"leader\" points=\"";
        for (std::size_t i = 0; i < actor.leader.size(); ++i)
            out << (i ? " " : "") << point(actor.leader[i]);
        out << "\" fill=\"none\" stroke=\"#8a96a3\" stroke-width=\"0.5\"/>\n";
    }
    for (const PlacedActor& actor : layout.actors) {
        const bool marked = actor.mark != MapMark::Unchanged;
        const std::string colour = mark_colour(actor.mark);
        const std::string mark = marked ? map_mark_name(actor.mark) : "";
        out << "<g class=\"actor" << (marked ? " moved" : "") << "\" data-mark=\""
            << html_escape(mark) << "\">";
        if (actor.moved_from) write_arrow(actor, layout.font_size, out);
        out << "<circle cx=\"" << number(actor.dot.x) << "\" cy=\"" << number(actor.dot.y)
            << "\" r=\"" << number(actor.dot_radius) << "\" fill=\"" << colour << "\"";
        if (actor.mark == MapMark::Disappeared)
            out << " fill-opacity=\"0.35\" stroke=\"" << colour << "\" stroke-dasharray=\"2 1.5\"";
        else if (marked)
            out << " stroke=\"#1d232a\" stroke-width=\"0.8\"";
        out << "/><text x=\"" << number(actor.baseline.x) << "\" y=\"" << number(actor.baseline.y)
            << "\" font-size=\"" << number(layout.font_size) << "\" text-anchor=\""
            << (actor.anchor_end ? "end" : "start") << "\" fill=\"" << text_colour(actor.mark)
            << "\">" << html_escape(actor.text) << "</text>";
        out << "</g>\n";
    }
    out << "</svg></figure>\n";
}

void write_maps_html(const std::vector<MapActorInput>& actors, int rings, const SectionInput& input,
                     std::ostream& out) {
    const std::string& language = input.language;
    const MapPairLayout maps = layout_network_map_pair(actors, rings, kCanvas);
    bool cut = false, between = false;
    for (const MapLayout* layout : {&maps.from, &maps.to})
        for (const PlacedActor& actor : layout->actors) {
            cut = cut || actor.shortened;
            between = between || actor.ring != std::floor(actor.ring);
        }
    out << "<p class=\"legend\">";
    for (MapMark mark : {MapMark::Inward, MapMark::Outward, MapMark::Appeared, MapMark::Disappeared,
                         MapMark::Unchanged})
        out << "<span style=\"color:" << text_colour(mark) << "\">&#9679; "
            << html_escape(
                   tr(language, std::string("network-dimensions.map.") + map_mark_name(mark)))
            << "</span> &nbsp; ";
    out << "<br>" << html_escape(tr(language, "network-dimensions.map.centre"))
        << " &nbsp;&middot;&nbsp; " << html_escape(tr(language, "network-dimensions.map.rings"))
        << " &nbsp;&middot;&nbsp; " << html_escape(tr(language, "network-dimensions.map.arrow"));
    if (between)
        out << " &nbsp;&middot;&nbsp; "
            << html_escape(tr(language, "network-dimensions.map.between"));
    if (cut)
        out << " &nbsp;&middot;&nbsp; " << html_escape(tr(language, "network-dimensions.map.cut"));
    out << "</p>\n";
    out << "<div class=\"maps\">\n";
    write_network_map_svg(maps.from, wave_title(input.report.from_wave, input.study, language),
                          out);
    write_network_map_svg(maps.to, wave_title(input.report.to_wave, input.study, language), out);
    out << "</div>\n";
}

}  // namespace sonda::network_dimensions
