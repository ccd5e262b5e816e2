// The network map layout by its properties, on the demo study's maps (read
// from the report as the report section reads them) and on 40 generated actors
// with long names on every ring: in both waves no two label boxes intersect,
// no label enters the centre disc or the rings, everything stays inside the
// canvas, leader lines neither cross nor run through another dot, an actor has
// one angle in both maps and a moved actor's arrow starts where it sat in the
// first map, and the same input gives the same layout.
#include "map_layout.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <random>
#include <sstream>
#include <string_view>

#include "demo_project.hpp"
#include "map_change.hpp"
#include "map_chart.hpp"
#include "sonda/report/report.hpp"
#include "sonda/report/report_wording.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;
using sonda::chart::Point;

namespace {

struct NamedCase {
    std::string name;
    std::vector<MapActorInput> actors;
    int rings = 4;
    MapCanvas canvas;
};

std::string describe(const Box& box) {
    std::ostringstream text;
    text << "(" << box.x << ", " << box.y << ", " << box.width << " x " << box.height << ")";
    return text.str();
}

// Long names, rings in halves from 1 to `rings`, some actors on one wave
// only, marks that agree with the rings.
std::vector<MapActorInput> generated_actors(std::uint32_t seed, std::size_t count, int rings) {
    std::mt19937 random(seed);
    const char* words[] = {"Servizio",       "territoriale", "di",         "integrazione",
                           "sociosanitaria", "Cooperativa",  "sociale",    "Consultorio",
                           "familiare",      "dell'Area",    "Nord-Ovest", "Unità",
                           "funzionale",     "salute",       "mentale",    "adulti"};
    std::vector<MapActorInput> actors;
    for (std::size_t i = 0; i < count; ++i) {
        MapActorInput actor;
        std::string name;
        const std::size_t length = 4 + random() % 6;
        for (std::size_t w = 0; w < length; ++w)
            name += std::string(w ? " " : "") + words[random() % 16];
        actor.label = name + " n. " + std::to_string(i + 1);
        actor.id = i % 5 == 0 ? "" : "service:s" + std::to_string(i);
        auto ring = [&] { return 1 + 0.5 * static_cast<double>(random() % (2 * rings - 1)); };
        const unsigned kind = random() % 8;
        if (kind != 0) actor.ring_from = ring();
        if (kind != 1) actor.ring_to = ring();
        if (!actor.ring_from)
            actor.mark = MapMark::Appeared;
        else if (!actor.ring_to)
            actor.mark = MapMark::Disappeared;
        else if (*actor.ring_to < *actor.ring_from)
            actor.mark = MapMark::Inward;
        else if (*actor.ring_to > *actor.ring_from)
            actor.mark = MapMark::Outward;
        actors.push_back(actor);
    }
    return actors;
}

std::vector<NamedCase> generated_cases() {
    std::vector<NamedCase> cases;
    for (std::uint32_t seed : {1u, 2u, 3u}) {
        cases.push_back({"40 generated actors, seed " + std::to_string(seed),
                         generated_actors(seed, 40, 4), 4, MapCanvas{}});
        cases.push_back(
            {"40 generated actors on 7 rings, small canvas, seed " + std::to_string(seed),
             generated_actors(seed, 40, 7), 7, MapCanvas{300, 120, 8}});
    }
    // Too narrow for rings and labels: the layout says so and widens the
    // canvas rather than let anything overlap or fall off it.
    cases.push_back({"40 generated actors, canvas far too narrow", generated_actors(6, 40, 4), 4,
                     MapCanvas{120, 60, 8}});
    cases.push_back({"one actor", generated_actors(9, 1, 4), 4, MapCanvas{}});
    cases.push_back({"no actor", {}, 4, MapCanvas{}});
    return cases;
}

// The demo's maps, every group of every grouping, read from the report.
std::vector<NamedCase> demo_cases() {
    static const std::vector<NamedCase> cases = [] {
        std::vector<NamedCase> found;
        test::DemoProject demo;
        for (GroupBy by : {GroupBy::Territory, GroupBy::Role, GroupBy::None}) {
            ReportRequest request;
            request.form = "network-dimensions";
            request.from_wave = "workshop-1";
            request.to_wave = "workshop-2";
            request.by = by;
            request.suppression = false;
            request.min_cell = 1;
            const Report report = build_report(*demo.project, request);
            for (const GroupReport& group : report.groups) {
                NamedCase map;
                const MapChange change = read_map_change(group);
                map.actors = map_inputs(change);
                map.rings = change.rings;
                if (map.actors.empty()) continue;
                map.name = "demo, " + std::string(report_detail::by_name(by)) + " " + group.group;
                found.push_back(map);
            }
        }
        return found;
    }();
    return cases;
}

void check_one_map(const MapLayout& layout, const std::string& what) {
    INFO(what);
    const Box canvas{0, 0, layout.width, layout.height};
    for (std::size_t i = 0; i < layout.actors.size(); ++i) {
        const PlacedActor& a = layout.actors[i];
        INFO(a.identity << " " << describe(a.label));
        CHECK(contains(canvas, a.label));
        CHECK_FALSE(intersects_disc(a.label, layout.centre, layout.centre_radius));
        // Labels stay out of the rings altogether, so never hide a dot.
        CHECK_FALSE(intersects_disc(a.label, layout.centre, layout.ring_radii.back()));
        for (std::size_t j = i + 1; j < layout.actors.size(); ++j) {
            INFO("and " << layout.actors[j].identity << " " << describe(layout.actors[j].label));
            CHECK_FALSE(intersects(a.label, layout.actors[j].label));
        }
        for (const RingNumber& number : layout.ring_numbers) {
            INFO("ring number " << number.ring << " " << describe(number.box));
            CHECK_FALSE(intersects(a.label, number.box));
            CHECK_FALSE(intersects_disc(number.box, a.dot, a.dot_radius));
        }
        // The leader joins the dot to the side of its own label.
        REQUIRE(a.leader.size() >= 2);
        const Point start = a.moved_from ? *a.moved_from : a.dot;
        const double from_dot =
            std::hypot(a.leader.front().x - a.dot.x, a.leader.front().y - a.dot.y);
        const double from_start =
            std::hypot(a.leader.front().x - start.x, a.leader.front().y - start.y);
        CHECK(std::min(from_dot, from_start) <= a.dot_radius + 1e-9);
        const Point end = a.leader.back();
        CHECK(end.y >= a.label.y);
        CHECK(end.y <= a.label.bottom());
        CHECK(std::fabs(end.x - (a.anchor_end ? a.label.right() : a.label.x)) <=
              0.5 * layout.font_size);
    }
    for (const RingNumber& number : layout.ring_numbers) {
        INFO("ring number " << number.ring << " " << describe(number.box));
        CHECK(contains(canvas, number.box));
        CHECK_FALSE(intersects_disc(number.box, layout.centre, layout.centre_radius));
    }
    CHECK(layout.ring_numbers.size() == layout.ring_radii.size());
}

double turn(Point o, Point a, Point b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool segments_cross(Point a, Point b, Point c, Point d) {
    const double d1 = turn(c, d, a), d2 = turn(c, d, b), d3 = turn(a, b, c), d4 = turn(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

double distance_to_segment(Point p, Point a, Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y, length = dx * dx + dy * dy;
    const double t =
        length > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

// A reader follows a leader line from a dot to its name: lines that cross,
// or that run through another actor's dot, send the eye to the wrong name.
void check_leaders(const MapLayout& layout, const std::string& what) {
    INFO(what);
    for (const PlacedActor& a : layout.actors) {
        for (const PlacedActor& b : layout.actors) {
            if (&a == &b) continue;
            INFO(a.identity << " and " << b.identity);
            for (std::size_t s = 0; s + 1 < a.leader.size(); ++s) {
                CHECK(distance_to_segment(b.dot, a.leader[s], a.leader[s + 1]) >= b.dot_radius);
                for (std::size_t t = 0; t + 1 < b.leader.size(); ++t)
                    CHECK_FALSE(
                        segments_cross(a.leader[s], a.leader[s + 1], b.leader[t], b.leader[t + 1]));
            }
        }
    }
}

double direction(const PlacedActor& actor, Point centre) {
    return std::atan2(actor.dot.y - centre.y, actor.dot.x - centre.x);
}

const PlacedActor* find(const MapLayout& layout, std::size_t input) {
    for (const PlacedActor& actor : layout.actors)
        if (actor.input == input) return &actor;
    return nullptr;
}

bool same_layout(const MapLayout& a, const MapLayout& b) {
    if (a.width != b.width || a.height != b.height || a.actors.size() != b.actors.size())
        return false;
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        const PlacedActor &x = a.actors[i], &y = b.actors[i];
        if (x.identity != y.identity || x.text != y.text || x.dot.x != y.dot.x ||
            x.dot.y != y.dot.y || x.label.x != y.label.x || x.label.y != y.label.y ||
            x.label.width != y.label.width || x.leader.size() != y.leader.size())
            return false;
    }
    return true;
}

void check_properties(const NamedCase& map) {
    INFO(map.name);
    const MapPairLayout pair = layout_network_map_pair(map.actors, map.rings, map.canvas);
    check_one_map(pair.from, "first wave");
    check_one_map(pair.to, "second wave");
    check_leaders(pair.from, "first wave");
    check_leaders(pair.to, "second wave");
    CHECK(pair.from.height == pair.to.height);

    // Every actor of a wave is on that wave's map.
    std::size_t on_from = 0, on_to = 0;
    for (const MapActorInput& actor : map.actors) {
        on_from += actor.ring_from.has_value();
        on_to += actor.ring_to.has_value();
    }
    CHECK(pair.from.actors.size() == on_from);
    CHECK(pair.to.actors.size() == on_to);

    // One direction per actor, in both maps, measured from where the dots are.
    for (const PlacedActor& to : pair.to.actors) {
        INFO(to.identity);
        const MapActorInput& input = map.actors[to.input];
        const PlacedActor* from = find(pair.from, to.input);
        if (from) {
            CHECK(direction(*from, pair.from.centre) ==
                  Approx(direction(to, pair.to.centre)).margin(1e-9));
            // The arrow of a move starts where the actor sat in the first map.
            if (*input.ring_from != *input.ring_to) {
                REQUIRE(to.moved_from);
                CHECK(to.moved_from->x == Approx(from->dot.x).margin(1e-9));
                CHECK(to.moved_from->y == Approx(from->dot.y).margin(1e-9));
            } else {
                CHECK_FALSE(to.moved_from);
            }
        } else {
            CHECK_FALSE(to.moved_from);
        }
    }
    // Distinct actors, distinct directions.
    std::vector<double> angles;
    for (const PlacedActor& actor : pair.to.actors)
        angles.push_back(direction(actor, pair.to.centre));
    std::sort(angles.begin(), angles.end());
    CHECK(std::adjacent_find(angles.begin(), angles.end(), [](double a, double b) {
              return std::fabs(a - b) < 1e-6;
          }) == angles.end());

    // Deterministic: again, and with the actors given in another order.
    const MapPairLayout again = layout_network_map_pair(map.actors, map.rings, map.canvas);
    CHECK(same_layout(pair.from, again.from));
    CHECK(same_layout(pair.to, again.to));
    std::vector<MapActorInput> reversed(map.actors.rbegin(), map.actors.rend());
    const MapPairLayout turned = layout_network_map_pair(reversed, map.rings, map.canvas);
    for (const PlacedActor& actor : turned.to.actors) {
        const PlacedActor* same = find(pair.to, map.actors.size() - 1 - actor.input);
        REQUIRE(same);
        CHECK(actor.dot.x == Approx(same->dot.x).margin(1e-9));
        CHECK(actor.dot.y == Approx(same->dot.y).margin(1e-9));
        CHECK(actor.text == same->text);
    }
}

}  // namespace

TEST_CASE(
    "[network-dimensions] network map labels stay apart, off the rings and inside the canvas") {
    for (const NamedCase& map : generated_cases()) check_properties(map);
}

TEST_CASE("[network-dimensions] the demo's network maps hold the layout's properties") {
    const std::vector<NamedCase> maps = demo_cases();
    REQUIRE(maps.size() >= 5);  // everyone, the four territories at least
    for (const NamedCase& map : maps) check_properties(map);
}

TEST_CASE(
    "[network-dimensions] a long label is cut with an ellipsis as late as the column allows") {
    const std::vector<MapActorInput> actors = generated_actors(4, 40, 4);
    const MapPlan plan = plan_network_maps(actors, 4, MapCanvas{});
    const MapLayout layout = layout_network_map(plan, actors, MapWave::To);
    std::size_t shortened = 0;
    for (const PlacedActor& actor : layout.actors) {
        const std::string& label = actors[actor.input].label;
        INFO(label << " -> " << actor.text);
        CHECK(actor.label.width <= plan.label_column_width + 1e-9);
        if (!actor.shortened) {
            CHECK(actor.text == label);
            continue;
        }
        ++shortened;
        REQUIRE(actor.text.size() > std::string("…").size());
        const std::string kept = actor.text.substr(0, actor.text.size() - std::string("…").size());
        CHECK(label.compare(0, kept.size(), kept) == 0);
        // One more letter would not have fitted (spaces and punctuation
        // before a cut are dropped, so they do not count as letters).
        std::size_t next = kept.size();
        while (next < label.size() &&
               std::string_view(" ,;:-/(").find(label[next]) != std::string_view::npos)
            ++next;
        do ++next;
        while (next < label.size() && (static_cast<unsigned char>(label[next]) & 0xC0) == 0x80);
        CHECK(dejavu_sans_text_width(label.substr(0, next) + "…", plan.font_size) >
              plan.label_column_width);
    }
    CHECK(shortened > 0);
}

TEST_CASE(
    "[network-dimensions] a canvas too small for the labels grows instead of overlapping them") {
    const std::vector<MapActorInput> actors = generated_actors(5, 40, 4);
    const MapPairLayout pair = layout_network_map_pair(actors, 4, MapCanvas{538, 100, 8});
    CHECK(pair.from.height > 100);
    CHECK(pair.to.height == pair.from.height);
}

TEST_CASE("[network-dimensions] a canvas too narrow for rings and labels is flagged and widened") {
    const std::vector<MapActorInput> actors = generated_actors(6, 40, 4);
    const MapPlan plan = plan_network_maps(actors, 4, MapCanvas{120, 60, 8});
    CHECK_FALSE(plan.fits);
    CHECK(plan.width > 120);
    CHECK(plan_network_maps(actors, 4, MapCanvas{}).fits);
}

TEST_CASE(
    "[network-dimensions] the DejaVu Sans estimate is never narrower than the font's advances") {
    // Advances of DejaVu Sans Book at 1000 units per em, from its hmtx table.
    CHECK(dejavu_sans_text_width("W", 1000) >= 989);
    CHECK(dejavu_sans_text_width("mmm", 1000) >= 3 * 974.1);
    CHECK(dejavu_sans_text_width("à", 1000) >= 613);
    CHECK(dejavu_sans_text_width("…", 1000) >= 1000);
    CHECK(dejavu_sans_text_width("漢", 1000) >= 1000);
}
