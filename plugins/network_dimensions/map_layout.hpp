// Where everything of a network map goes, as pure geometry: the service that
// draws the map sits in a centre disc, rings 1 (closest) .. N around it, and
// every other service (an actor) is a dot on its ring. Two waves are compared
// side by side, so the layout is computed for the pair: an actor keeps one
// angle in both maps (assigned once from the union of the two waves' actors,
// by identity), both maps share one size, and the second map knows where each
// moved actor sat in the first so a renderer can draw the move as an arrow.
//
// Labels stand in two columns left and right of the outer ring, like the
// labels of a pie chart, spread apart so they never overlap, joined to their
// dot by a leader line; they never enter the rings (so never the centre disc)
// and never leave the canvas: when there are too many for the height asked,
// the canvas grows. A label too long for its column is shortened with "…"
// (the full names are in the table beside the map). Text widths come from the
// renderer (pango, a browser's font) or from a conservative estimate for
// DejaVu Sans that is never narrower than the real text.
//
// Units are whatever the renderer uses for the canvas (pt, px); the font size
// is in the same units. Angles are radians, 0 pointing right, growing
// clockwise on screen (y points down).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sonda/chart/scene.hpp"  // Point

namespace sonda::network_dimensions {

using chart::Point;

enum class MapMark { Unchanged, Inward, Outward, Appeared, Disappeared };

// "unchanged", "inward", "outward", "appeared", "disappeared".
const char* map_mark_name(MapMark mark);

struct MapActorInput {
    std::string id;     // stable identity ("service:asl"); empty: the label is the identity
    std::string label;  // what the map shows
    std::optional<double> ring_from;  // ring in the first wave; absent: not on that map
    std::optional<double> ring_to;    // ring in the second wave; a median may be a half ring
    MapMark mark = MapMark::Unchanged;
};

// The id, or the label when the actor has no id.
const std::string& actor_identity(const MapActorInput& actor);

enum class MapWave { From, To };

struct Box {
    double x = 0, y = 0, width = 0, height = 0;  // top-left corner and size
    double right() const { return x + width; }
    double bottom() const { return y + height; }
};

// Strict: boxes that only touch do not intersect.
bool intersects(const Box& a, const Box& b);
bool intersects_disc(const Box& box, Point centre, double radius);
bool contains(const Box& outer, const Box& inner);

// Width of `text` (UTF-8) set in `font_size`.
using TextMeasure = std::function<double(std::string_view text, double font_size)>;

// The chart module's DejaVu Sans widths (text_width.hpp: advances rounded
// up, 1 em beyond Latin-1) plus 2%: real text set in DejaVu Sans, or in the
// narrower Liberation Sans or Arial a browser may fall back to, never exceeds it.
double dejavu_sans_text_width(std::string_view text, double font_size);

struct MapCanvas {
    double width = 538;  // an A4 text column, in pt
    double height = 230;
    double font_size = 8;
};

// The geometry both waves' maps share: computed once for a pair of waves.
struct MapPlan {
    int rings = 4;
    double width = 0, height = 0;  // height may exceed the canvas asked for: labels need room
    double font_size = 8;
    Point centre;
    double centre_radius = 0;        // the disc of the service that draws the map
    std::vector<double> ring_radii;  // outer edge of ring k at [k - 1]; the last is the outer ring
    double label_column_width = 0;   // widest label box either side
    double ring_number_wedge = 0;    // radians kept free of actors, straight up, for ring numbers
    std::vector<double> angles;      // per input actor, the same in both waves
    bool fits = true;  // false: the canvas is too narrow for rings and readable labels
};

struct PlacedActor {
    std::size_t input = 0;  // index into the actors given to the layout
    std::string identity;
    MapMark mark = MapMark::Unchanged;
    double ring = 1;   // this wave's ring, clamped to 1..N
    double angle = 0;  // same in both waves
    Point dot;
    double dot_radius = 0;
    // Second wave only, when the ring changed: where the actor sat in the
    // first wave (same angle, old ring), for an arrow towards `dot`.
    std::optional<Point> moved_from;
    std::string text;  // the label, shortened with "…" when it did not fit
    bool shortened = false;
    Box label;  // the whole text fits in it
    bool anchor_end =
        false;       // true: text ends at label.right() (left column); else starts at label.x
    Point baseline;  // where the text is anchored: (label.x or label.right(), baseline y)
    std::vector<Point> leader;  // polyline from the dot's edge to the label's side
};

struct RingNumber {
    int ring = 1;
    Point baseline;  // text anchored in its middle
    Box box;
};

struct MapLayout {
    double width = 0, height = 0, font_size = 8;
    double ring_number_font_size = 0;
    Point centre;
    double centre_radius = 0;
    std::vector<double> ring_radii;
    std::vector<RingNumber> ring_numbers;  // 1..N, in the middle of each ring, straight up
    std::vector<PlacedActor> actors;       // the actors on this wave's map
    bool fits = true;
};

// Radius at which an actor on `ring` (1..N, halves allowed) sits.
double ring_radius(const MapPlan& plan, double ring);

// Angles and shared geometry for both waves of `actors` (the union of the two
// waves; each says which waves it is on). Deterministic: actors are sorted by
// identity, then label, then position in the list, and spread evenly around
// the circle outside the wedge kept for the ring numbers.
MapPlan plan_network_maps(const std::vector<MapActorInput>& actors, int rings,
                          const MapCanvas& canvas,
                          const TextMeasure& measure = dejavu_sans_text_width);

// One wave's map from a plan made for the same `actors`.
MapLayout layout_network_map(const MapPlan& plan, const std::vector<MapActorInput>& actors,
                             MapWave wave, const TextMeasure& measure = dejavu_sans_text_width);

struct MapPairLayout {
    MapLayout from, to;
};

MapPairLayout layout_network_map_pair(const std::vector<MapActorInput>& actors, int rings,
                                      const MapCanvas& canvas,
                                      const TextMeasure& measure = dejavu_sans_text_width);

}  // namespace sonda::network_dimensions
