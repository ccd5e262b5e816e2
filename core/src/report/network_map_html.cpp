#include "network_map_html.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <map>

#include "html_writer.hpp"
#include "report_wording.hpp"

namespace sonda::report_detail {

namespace {

const char* mark_colour(const std::string& mark) {
    if (mark == "inward") return "#1f7a3a";
    if (mark == "outward") return "#c25e00";
    if (mark == "appeared") return "#2f5d8a";
    if (mark == "disappeared") return "#9aa4ae";
    return "#4a5561";
}

// Labels longer than this are cut: the map is a picture, the table below it
// carries the full names.
std::string short_label(const std::string& name) {
    constexpr std::size_t kMaxCodePoints = 22;
    std::size_t points = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && points++ == kMaxCodePoints)
            return name.substr(0, i) + "…";
    }
    return name;
}

}  // namespace

void write_network_map_svg(const std::vector<MapActor>& actors, int rings, const std::string& title,
                           std::ostream& out) {
    rings = std::max(rings, 1);
    // Wider than tall: labels of the outer ring need room left and right.
    const double width = 480, height = 340, centre_x = width / 2, centre = height / 2, outer = 150;
    out << "<figure><figcaption>" << html_escape(title) << "</figcaption>"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-map\" width=\"100%\" "
           "viewBox=\"0 0 "
        << width << ' ' << height << "\">\n";
    for (int ring = rings; ring >= 1; --ring)
        out << "<circle cx=\"" << centre_x << "\" cy=\"" << centre << "\" r=\""
            << outer * ring / rings << "\" fill=\"" << (ring % 2 ? "#f3f6f9" : "#e8eef4")
            << "\" stroke=\"#b8c4cf\"/>\n";
    out << "<circle cx=\"" << centre_x << "\" cy=\"" << centre << "\" r=\"6\" fill=\"#1d232a\"/>\n";

    // Actors sharing a (median) ring are spread around it; a half ring sits
    // on the line between two circles.
    std::map<double, std::vector<const MapActor*>> by_ring;
    for (const MapActor& actor : actors)
        by_ring[std::clamp(actor.ring, 1.0, static_cast<double>(rings))].push_back(&actor);
    for (const auto& [ring, members] : by_ring) {
        const double radius = outer * (ring - 0.5) / rings;
        const double offset =
            0.6 * ring + 0.3;  // rings start at different angles: fewer collisions
        for (std::size_t i = 0; i < members.size(); ++i) {
            const MapActor& actor = *members[i];
            const double angle =
                offset + 2 * M_PI * static_cast<double>(i) / static_cast<double>(members.size());
            const double x = centre_x + radius * std::cos(angle),
                         y = centre + radius * std::sin(angle);
            const char* colour = mark_colour(actor.mark);
            out << "<g class=\"actor" << (actor.mark.empty() ? "" : " moved") << "\" data-mark=\""
                << html_escape(actor.mark) << "\"><circle cx=\"" << x << "\" cy=\"" << y
                << "\" r=\"" << (actor.mark.empty() ? 4 : 5.5) << "\" fill=\"" << colour << "\"";
            if (actor.mark == "disappeared")
                out << " fill-opacity=\"0.35\" stroke-dasharray=\"2 2\"";
            if (!actor.mark.empty() && actor.mark != "disappeared")
                out << " stroke=\"#1d232a\" stroke-width=\"1\"";
            out << "/><text x=\"" << x + (std::cos(angle) >= 0 ? 7 : -7) << "\" y=\"" << y + 3
                << "\" font-size=\"8.5\" text-anchor=\"" << (std::cos(angle) >= 0 ? "start" : "end")
                << "\" fill=\"" << colour << "\">" << html_escape(short_label(actor.name))
                << "</text></g>\n";
        }
    }
    out << "</svg></figure>\n";
}

namespace {

// Pulls the two waves' maps out of the network-dimensions plugin's JSON:
// {"network_map": {"rings", "actors": {"moved_inward": [{"label", "ring_from",
// "ring_to"}], "moved_outward", "appeared", "disappeared", "unchanged"}}}.
// Returns false when the object does not carry maps in that shape.
bool extract_maps(const Poco::JSON::Object& instrument, std::vector<MapActor>& from,
                  std::vector<MapActor>& to, int& rings) {
    auto map = instrument.getObject("network_map");
    if (!map) return false;
    auto actors = map->getObject("actors");
    if (!actors || !map->has("rings") || !map->get("rings").isNumeric()) return false;
    rings = std::clamp(map->getValue<int>("rings"), 1, 12);
    const std::pair<const char*, const char*> moves[] = {{"moved_inward", "inward"},
                                                         {"moved_outward", "outward"},
                                                         {"appeared", "appeared"},
                                                         {"disappeared", "disappeared"},
                                                         {"unchanged", ""}};
    for (const auto& [key, mark] : moves) {
        auto list = actors->getArray(key);
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto actor = list->getObject(static_cast<unsigned>(i));
            if (!actor) continue;
            std::string name;
            for (const char* field : {"label", "actor", "service"})
                if (name.empty() && actor->has(field) && actor->get(field).isString())
                    name = actor->get(field).toString();
            for (auto [field, target] :
                 {std::pair{"ring_from", &from}, std::pair{"ring_to", &to}}) {
                if (!actor->has(field) || !actor->get(field).isNumeric()) continue;
                target->push_back(MapActor{name, actor->getValue<double>(field), mark});
            }
        }
    }
    return !from.empty() || !to.empty();
}

}  // namespace

void write_instrument_html(const Poco::JSON::Object& instrument, const Report& report,
                           const Study* study, const std::string& language, std::ostream& out) {
    std::vector<MapActor> from, to;
    int rings = 4;
    if (extract_maps(instrument, from, to, rings)) {
        out << "<div class=\"maps\">\n";
        write_network_map_svg(from, rings, wave_title(report.from_wave, study, language), out);
        write_network_map_svg(to, rings, wave_title(report.to_wave, study, language), out);
        out << "</div>\n<p class=\"legend\"><span style=\"color:#1f7a3a\">&#9679; "
            << (language == "it" ? "verso il centro" : "moved inward")
            << "</span> &nbsp; <span style=\"color:#c25e00\">&#9679; "
            << (language == "it" ? "verso l'esterno" : "moved outward")
            << "</span> &nbsp; <span style=\"color:#2f5d8a\">&#9679; "
            << (language == "it" ? "comparso" : "appeared")
            << "</span> &nbsp; <span style=\"color:#9aa4ae\">&#9679; "
            << (language == "it" ? "scomparso" : "disappeared") << "</span></p>\n";
    }
    for (const std::string& key : instrument.getNames()) {
        // Bookkeeping the report already shows in its own header.
        if (key == "instrument" || key == "min_cell" || key == "team_level") continue;
        out << "<h4>" << html_escape(key_title(key)) << "</h4>\n";
        write_json_html(instrument.get(key), out);
    }
}

}  // namespace sonda::report_detail
