#include "map_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

#include "sonda/chart/text_width.hpp"

namespace sonda::network_dimensions {

using namespace chart;

namespace {

constexpr double kPi = 3.14159265358979323846;

// Everything is proportional to the font size, so a map scales as one piece.
constexpr double kMargin = 0.5;        // canvas edge to any box
constexpr double kColumnGap = 1.5;     // outer ring to the label columns
constexpr double kElbow = 0.6;         // outer ring to where a leader line turns
constexpr double kLabelHeight = 1.25;  // DejaVu Sans: ascent 0.93 + descent 0.24, with air
constexpr double kLabelStep = 1.4;     // one label to the next in a column
constexpr double kBaseline = 1.0;      // top of a label box to its baseline
constexpr double kDot = 0.45;          // radius of an unchanged actor's dot
constexpr double kMarkedDot = 0.6;     // radius of a moved, appeared or disappeared actor's dot
constexpr double kRingNumberFont = 0.85;
constexpr double kMaxColumnShare = 0.3;  // of the width, for each label column
constexpr double kCentreShare = 0.12;    // of the outer radius, for the centre disc

// One code point of UTF-8 at text[at], moving `at` past it. A malformed byte
// is one code point of its own, so measuring never stops early.
char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    int length = lead < 0x80           ? 1
                 : (lead >> 5) == 0x6  ? 2
                 : (lead >> 4) == 0xE  ? 3
                 : (lead >> 3) == 0x1E ? 4
                                       : 0;
    if (length == 0 || at + static_cast<std::size_t>(length) > text.size()) {
        ++at;
        return 0xFFFD;
    }
    char32_t point = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if ((byte(at + static_cast<std::size_t>(i)) & 0xC0) != 0x80) {
            ++at;
            return 0xFFFD;
        }
        point = (point << 6) | (byte(at + static_cast<std::size_t>(i)) & 0x3F);
    }
    at += static_cast<std::size_t>(length);
    return point;
}

// Byte offsets at which each code point of `text` ends.
std::vector<std::size_t> code_point_ends(std::string_view text) {
    std::vector<std::size_t> ends;
    for (std::size_t at = 0; at < text.size();) {
        next_code_point(text, at);
        ends.push_back(at);
    }
    return ends;
}

// The label as long as fits in `max_width`, cut at a code point and ended
// with "…" when it had to be cut.
std::string fit_label(const std::string& label, double max_width, double font_size,
                      const TextMeasure& measure, bool& shortened) {
    shortened = false;
    if (measure(label, font_size) <= max_width) return label;
    shortened = true;
    const std::vector<std::size_t> ends = code_point_ends(label);
    auto candidate = [&](std::size_t points) {
        std::string prefix = label.substr(0, points == 0 ? 0 : ends[points - 1]);
        while (!prefix.empty() &&
               std::string_view(" ,;:-/(").find(prefix.back()) != std::string_view::npos)
            prefix.pop_back();
        return prefix + "…";
    };
    // Widths grow with the prefix: the longest prefix that fits, by bisection.
    std::size_t low = 0, high = ends.size();  // candidate(low) is assumed to fit
    while (low + 1 < high) {
        const std::size_t middle = (low + high) / 2;
        if (measure(candidate(middle), font_size) <= max_width)
            low = middle;
        else
            high = middle;
    }
    // Trimming can make a shorter prefix wider than a longer one: step back
    // until it truly fits.
    while (low > 0 && measure(candidate(low), font_size) > max_width) --low;
    return candidate(low);
}

// Dots scale with the text, but never so large that a move of one ring
// makes the old and new positions touch, nor that the leader line of the
// next actor round the circle runs through the dot.
double dot_radius_for(MapMark mark, double font_size, double band, double radius, double step) {
    const double marked = std::min(
        {kMarkedDot * font_size, 0.3 * band, 0.9 * radius * std::sin(std::min(step, kPi / 2))});
    return mark == MapMark::Unchanged ? marked * kDot / kMarkedDot : marked;
}

std::optional<double> ring_in(const MapActorInput& actor, MapWave wave) {
    return wave == MapWave::From ? actor.ring_from : actor.ring_to;
}

bool on_right(double angle) { return std::cos(angle) > 1e-9; }

}  // namespace

const char* map_mark_name(MapMark mark) {
    switch (mark) {
        case MapMark::Inward:
            return "inward";
        case MapMark::Outward:
            return "outward";
        case MapMark::Appeared:
            return "appeared";
        case MapMark::Disappeared:
            return "disappeared";
        case MapMark::Unchanged:
            break;
    }
    return "unchanged";
}

const std::string& actor_identity(const MapActorInput& actor) {
    return actor.id.empty() ? actor.label : actor.id;
}

bool intersects(const Box& a, const Box& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool intersects_disc(const Box& box, Point centre, double radius) {
    const double dx = centre.x - std::clamp(centre.x, box.x, box.right());
    const double dy = centre.y - std::clamp(centre.y, box.y, box.bottom());
    return dx * dx + dy * dy < radius * radius;
}

bool contains(const Box& outer, const Box& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

double dejavu_sans_text_width(std::string_view text, double font_size) {
    return text_width(text, font_size) * 1.02;
}

double ring_radius(const MapPlan& plan, double ring) {
    const double band = (plan.ring_radii.back() - plan.centre_radius) / plan.rings;
    return plan.centre_radius +
           band * (std::clamp(ring, 1.0, static_cast<double>(plan.rings)) - 0.5);
}

MapPlan plan_network_maps(const std::vector<MapActorInput>& actors, int rings,
                          const MapCanvas& canvas, const TextMeasure& measure) {
    MapPlan plan;
    plan.rings = std::clamp(rings, 1, 12);
    const double f = plan.font_size = canvas.font_size > 0 ? canvas.font_size : 8;
    const double margin = kMargin * f, gap = kColumnGap * f;
    const double number_font = kRingNumberFont * f;
    const double number_height = 1.1 * number_font;
    const double number_width =
        measure(std::to_string(plan.rings), number_font) + 0.2 * number_font;

    // The rings take what the label columns leave: columns as wide as the
    // widest label, up to a share of the width.
    double widest = 0;
    for (const MapActorInput& actor : actors) widest = std::max(widest, measure(actor.label, f));
    double width = canvas.width;
    const double column = std::min(widest, kMaxColumnShare * width);
    // Top to bottom, a label must fit level with the leader's elbow above and
    // below the rings, or its leader would cut back across them.
    const double vertical = margin + kElbow * f + kLabelHeight * f / 2;
    double outer = std::min(canvas.height / 2 - vertical, width / 2 - gap - margin - column);
    // Each ring must hold a ring number and a dot; each column a few letters.
    const double band_needed = std::max(number_height, 2 * kMarkedDot * f) + 0.4 * f;
    const double outer_needed = plan.rings * band_needed / (1 - kCentreShare);
    const double column_needed = std::min(widest, 6 * f);
    if (outer < outer_needed || width / 2 - gap - margin - outer < column_needed) {
        plan.fits = false;
        outer = std::max(outer, outer_needed);
        width = std::max(width, 2 * (outer + gap + margin + column_needed));
    }
    plan.width = width;
    plan.label_column_width = width / 2 - outer - gap - margin;
    plan.centre_radius = kCentreShare * outer;
    const double band = (outer - plan.centre_radius) / plan.rings;
    for (int k = 1; k <= plan.rings; ++k) plan.ring_radii.push_back(plan.centre_radius + band * k);

    // Straight up stays free of actors for the ring numbers: wide enough that
    // a dot on ring 1 at the wedge's edge clears the number of ring 1 (outer
    // rings are farther from the axis at the same angle).
    const double innermost = plan.centre_radius + band / 2;
    const double clearance = number_width / 2 + kMarkedDot * f + 0.25 * f;
    double half_wedge = std::asin(std::min(1.0, clearance / innermost));
    if (half_wedge > kPi / 3) {
        plan.fits = false;
        half_wedge = kPi / 3;
    }
    plan.ring_number_wedge = 2 * half_wedge;

    // Angles by identity, evenly spread: the same actor, the same direction,
    // whatever else is on either map.
    std::vector<std::size_t> order(actors.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(actor_identity(actors[a]), actors[a].label, a) <
               std::tie(actor_identity(actors[b]), actors[b].label, b);
    });
    plan.angles.assign(actors.size(), 0);
    const double arc = 2 * kPi - plan.ring_number_wedge;
    for (std::size_t i = 0; i < order.size(); ++i)
        plan.angles[order[i]] =
            -kPi / 2 + half_wedge +
            arc * (static_cast<double>(i) + 0.5) / static_cast<double>(order.size());

    // Tall enough for either wave's fuller column.
    double height = std::max(canvas.height, 2 * (outer + vertical));
    for (MapWave wave : {MapWave::From, MapWave::To}) {
        std::size_t left = 0, right = 0;
        for (std::size_t i = 0; i < actors.size(); ++i)
            if (ring_in(actors[i], wave)) ++(on_right(plan.angles[i]) ? right : left);
        const std::size_t most = std::max(left, right);
        if (most > 0)
            height = std::max(height, static_cast<double>(most - 1) * kLabelStep * f +
                                          kLabelHeight * f + 2 * margin);
    }
    plan.height = height;
    plan.centre = Point{width / 2, height / 2};
    return plan;
}

MapLayout layout_network_map(const MapPlan& plan, const std::vector<MapActorInput>& actors,
                             MapWave wave, const TextMeasure& measure) {
    MapLayout layout;
    const double f = layout.font_size = plan.font_size;
    layout.width = plan.width;
    layout.height = plan.height;
    layout.centre = plan.centre;
    layout.centre_radius = plan.centre_radius;
    layout.ring_radii = plan.ring_radii;
    layout.fits = plan.fits;
    const Point c = plan.centre;
    const double outer = plan.ring_radii.back(), margin = kMargin * f;
    const double band = (outer - plan.centre_radius) / plan.rings;
    // Angle between neighbours round the circle.
    const double neighbour_angle =
        (2 * kPi - plan.ring_number_wedge) /
        static_cast<double>(std::max<std::size_t>(plan.angles.size(), 1));

    const double number_font = layout.ring_number_font_size = kRingNumberFont * f;
    for (int k = 1; k <= plan.rings; ++k) {
        const std::string text = std::to_string(k);
        const double width = measure(text, number_font) + 0.2 * number_font;
        const double height = 1.1 * number_font, y = c.y - ring_radius(plan, k);
        layout.ring_numbers.push_back(
            RingNumber{k, Point{c.x, y + 0.36 * number_font},
                       Box{c.x - width / 2, y - height / 2, width, height}});
    }

    for (std::size_t i = 0; i < actors.size() && i < plan.angles.size(); ++i) {
        const std::optional<double> ring = ring_in(actors[i], wave);
        if (!ring) continue;
        PlacedActor placed;
        placed.input = i;
        placed.identity = actor_identity(actors[i]);
        placed.mark = actors[i].mark;
        placed.ring = std::clamp(*ring, 1.0, static_cast<double>(plan.rings));
        placed.angle = plan.angles[i];
        const double cosine = std::cos(placed.angle), sine = std::sin(placed.angle);
        const auto at_radius = [&](double radius) {
            return Point{c.x + radius * cosine, c.y + radius * sine};
        };
        placed.dot = at_radius(ring_radius(plan, placed.ring));
        placed.dot_radius =
            dot_radius_for(placed.mark, f, band, ring_radius(plan, placed.ring), neighbour_angle);
        if (wave == MapWave::To && actors[i].ring_from) {
            const double from =
                std::clamp(*actors[i].ring_from, 1.0, static_cast<double>(plan.rings));
            if (from != placed.ring) placed.moved_from = at_radius(ring_radius(plan, from));
        }
        placed.text =
            fit_label(actors[i].label, plan.label_column_width, f, measure, placed.shortened);
        placed.label.width = measure(placed.text, f);
        placed.label.height = kLabelHeight * f;
        placed.anchor_end = !on_right(placed.angle);
        // From the outer of the dot and, after an inward move, where it was:
        // the leader then never runs over the arrow.
        double start = ring_radius(plan, placed.ring);
        if (placed.moved_from)
            start = std::max(start, ring_radius(plan, std::clamp(*actors[i].ring_from, 1.0,
                                                                 static_cast<double>(plan.rings))));
        placed.leader = {at_radius(start + placed.dot_radius), at_radius(outer + kElbow * f)};
        layout.actors.push_back(std::move(placed));
    }

    // Each column: labels in the order of their dots from top to bottom, as
    // close to their dot's height as the labels above and below allow.
    for (bool right : {false, true}) {
        std::vector<PlacedActor*> column;
        for (PlacedActor& actor : layout.actors)
            if (actor.anchor_end != right) column.push_back(&actor);
        const auto wanted = [&](const PlacedActor* actor) {
            return c.y + (outer + kElbow * f) * std::sin(actor->angle) - kLabelHeight * f / 2;
        };
        std::stable_sort(
            column.begin(), column.end(),
            [&](const PlacedActor* a, const PlacedActor* b) { return wanted(a) < wanted(b); });
        const double step = kLabelStep * f, top = margin,
                     bottom = plan.height - margin - kLabelHeight * f;
        std::vector<double> y(column.size());
        for (std::size_t i = 0; i < column.size(); ++i)
            y[i] = std::max(i == 0 ? top : y[i - 1] + step, wanted(column[i]));
        for (std::size_t i = column.size(); i-- > 0;)
            y[i] = std::min(i + 1 == column.size() ? bottom : y[i + 1] - step, y[i]);
        for (std::size_t i = 0; i < column.size(); ++i) {
            PlacedActor& actor = *column[i];
            actor.label.y = y[i];
            actor.label.x = right ? c.x + outer + kColumnGap * f
                                  : c.x - outer - kColumnGap * f - actor.label.width;
            actor.baseline =
                Point{right ? actor.label.x : actor.label.right(), y[i] + kBaseline * f};
            actor.leader.push_back(
                Point{right ? actor.label.x - 0.25 * f : actor.label.right() + 0.25 * f,
                      y[i] + kLabelHeight * f / 2});
        }
    }
    return layout;
}

MapPairLayout layout_network_map_pair(const std::vector<MapActorInput>& actors, int rings,
                                      const MapCanvas& canvas, const TextMeasure& measure) {
    const MapPlan plan = plan_network_maps(actors, rings, canvas, measure);
    return MapPairLayout{layout_network_map(plan, actors, MapWave::From, measure),
                         layout_network_map(plan, actors, MapWave::To, measure)};
}

}  // namespace sonda::network_dimensions
