#include "network_map_html.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sonda/chart/network_map_scene.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::report_detail {

namespace {

using chart::MapMark;

// The colours of the maps sonda draws as files (network_map_scene), as CSS.
std::string css(const chart::Colour& colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", colour.r, colour.g, colour.b);
    return text;
}
std::string mark_colour(MapMark mark) { return css(chart::map_mark_colour(mark)); }
std::string text_colour(MapMark mark) { return css(chart::map_text_colour(mark)); }

// Coordinates to a hundredth: short, and the same text on every machine.
std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

std::string point(chart::Point p) { return number(p.x) + "," + number(p.y); }

// The map is set in pt at the report's full width (190 mm). Printed on A4
// the page's margins leave it about 181 mm, 0.96 pt a unit (measured in
// Chromium's PDF): labels set at 8.5 print a little over 8 pt.
constexpr chart::MapCanvas kCanvas{538, 220, 8.5};

void write_arrow(const chart::PlacedActor& actor, double font_size, std::ostream& out) {
    const chart::Point from = *actor.moved_from, to = actor.dot;
    const double length = std::hypot(to.x - from.x, to.y - from.y);
    if (length <= 0) return;
    const double ux = (to.x - from.x) / length, uy = (to.y - from.y) / length;
    // A short move (half a ring) keeps a visible shaft: the head shrinks.
    const double head = std::min(0.5 * font_size, 0.4 * (length - actor.dot_radius)),
                 half = 0.64 * head;
    const chart::Point tip{to.x - ux * (actor.dot_radius + 0.4),
                           to.y - uy * (actor.dot_radius + 0.4)};
    const chart::Point base{tip.x - ux * head, tip.y - uy * head};
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

void write_network_map_svg(const chart::MapLayout& layout, const std::string& title,
                           std::ostream& out) {
    const chart::Point c = layout.centre;
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
    for (const chart::RingNumber& ring : layout.ring_numbers)
        out << "<text class=\"ring-number\" x=\"" << number(ring.baseline.x) << "\" y=\""
            << number(ring.baseline.y) << "\" font-size=\"" << number(layout.ring_number_font_size)
            << "\" text-anchor=\"middle\" fill=\"#4a5561\" font-weight=\"600\">" << ring.ring
            << "</text>\n";

    // Leader lines first, so no line is drawn over a dot or a label.
    for (const chart::PlacedActor& actor : layout.actors) {
        out << "<polyline class=\"leader\" points=\"";
        for (std::size_t i = 0; i < actor.leader.size(); ++i)
            out << (i ? " " : "") << point(actor.leader[i]);
        out << "\" fill=\"none\" stroke=\"#8a96a3\" stroke-width=\"0.5\"/>\n";
    }
    for (const chart::PlacedActor& actor : layout.actors) {
        const bool marked = actor.mark != MapMark::Unchanged;
        const std::string colour = mark_colour(actor.mark);
        const std::string mark = marked ? chart::map_mark_name(actor.mark) : "";
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

bool network_map_actors(const Poco::JSON::Object& instrument,
                        std::vector<chart::MapActorInput>& actors, int& rings) {
    auto map = instrument.getObject("network_map");
    if (!map) return false;
    auto lists = map->getObject("actors");
    if (!lists || !map->has("rings") || !map->get("rings").isNumeric()) return false;
    rings = std::clamp(map->getValue<int>("rings"), 1, 12);
    const std::pair<const char*, MapMark> moves[] = {{"moved_inward", MapMark::Inward},
                                                     {"moved_outward", MapMark::Outward},
                                                     {"appeared", MapMark::Appeared},
                                                     {"disappeared", MapMark::Disappeared},
                                                     {"unchanged", MapMark::Unchanged}};
    for (const auto& [key, mark] : moves) {
        auto list = lists->getArray(key);
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto entry = list->getObject(static_cast<unsigned>(i));
            if (!entry) continue;
            chart::MapActorInput actor;
            actor.mark = mark;
            if (entry->has("actor") && entry->get("actor").isString())
                actor.id = entry->get("actor").toString();
            for (const char* field : {"label", "actor", "service"})
                if (actor.label.empty() && entry->has(field) && entry->get(field).isString())
                    actor.label = entry->get(field).toString();
            if (entry->has("ring_from") && entry->get("ring_from").isNumeric())
                actor.ring_from = entry->getValue<double>("ring_from");
            if (entry->has("ring_to") && entry->get("ring_to").isNumeric())
                actor.ring_to = entry->getValue<double>("ring_to");
            if (actor.ring_from || actor.ring_to) actors.push_back(std::move(actor));
        }
    }
    return !actors.empty();
}

void write_instrument_html(const Poco::JSON::Object& instrument, const Report& report,
                           const Study* study, const std::string& language, std::ostream& out) {
    std::vector<chart::MapActorInput> actors;
    int rings = 4;
    if (network_map_actors(instrument, actors, rings)) {
        const chart::MapPairLayout maps = chart::layout_network_map_pair(actors, rings, kCanvas);
        bool cut = false, between = false;
        for (const chart::MapLayout* layout : {&maps.from, &maps.to})
            for (const chart::PlacedActor& actor : layout->actors) {
                cut = cut || actor.shortened;
                between = between || actor.ring != std::floor(actor.ring);
            }
        out << "<p class=\"legend\">";
        for (MapMark mark : {MapMark::Inward, MapMark::Outward, MapMark::Appeared,
                             MapMark::Disappeared, MapMark::Unchanged})
            out << "<span style=\"color:" << text_colour(mark) << "\">&#9679; "
                << html_escape(tr(language, std::string("map.") + chart::map_mark_name(mark)))
                << "</span> &nbsp; ";
        out << "<br>" << html_escape(tr(language, "map.centre")) << " &nbsp;&middot;&nbsp; "
            << html_escape(tr(language, "map.rings")) << " &nbsp;&middot;&nbsp; "
            << html_escape(tr(language, "map.arrow"));
        if (between) out << " &nbsp;&middot;&nbsp; " << html_escape(tr(language, "map.between"));
        if (cut) out << " &nbsp;&middot;&nbsp; " << html_escape(tr(language, "map.cut"));
        out << "</p>\n";
        out << "<div class=\"maps\">\n";
        write_network_map_svg(maps.from, wave_title(report.from_wave, study, language), out);
        write_network_map_svg(maps.to, wave_title(report.to_wave, study, language), out);
        out << "</div>\n";
    }
    for (const std::string& key : instrument.getNames()) {
        // Bookkeeping the report already shows in its own header.
        if (key == "instrument" || key == "min_cell" || key == "team_level") continue;
        out << "<h4>" << html_escape(key_title(key)) << "</h4>\n";
        write_json_html(instrument.get(key), out);
    }
}

}  // namespace sonda::report_detail
