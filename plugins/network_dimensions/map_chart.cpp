#include "map_chart.hpp"

#include <algorithm>
#include <cmath>

#include "map_scene.hpp"
#include "network_dimensions_instrument.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::network_dimensions {

using namespace chart;
using namespace chart::detail;
using report_detail::tr;

namespace {

// A layout no taller than `max_height`: the labels' font shrinks, down to
// `min_font`, until the columns of labels fit.
MapPairLayout fitted_pair(const std::vector<MapActorInput>& actors, int rings, double width,
                          double max_height, double font_size, double min_font) {
    MapPairLayout pair;
    for (double size = font_size; size >= min_font - 1e-9; size -= 0.5) {
        pair = layout_network_map_pair(actors, rings, MapCanvas{width, max_height, size});
        if (pair.from.height <= max_height + 0.5 && pair.to.height <= max_height + 0.5) break;
    }
    return pair;
}

void caption(Scene& scene, const std::string& text, Point at, double width, double size) {
    scene.add(Text{at, fit_text(text, size, width, true), size, palette::ink, Anchor::Start, true});
}

}  // namespace

std::vector<MapActorInput> map_inputs(const MapChange& change) {
    std::vector<MapActorInput> inputs;
    for (const ListedActor& actor : change.actors) {
        MapMark mark;
        if (actor.move == "moved_inward")
            mark = MapMark::Inward;
        else if (actor.move == "moved_outward")
            mark = MapMark::Outward;
        else if (actor.move == "appeared")
            mark = MapMark::Appeared;
        else if (actor.move == "disappeared")
            mark = MapMark::Disappeared;
        else if (actor.move == "unchanged")
            mark = MapMark::Unchanged;
        else
            continue;  // unclassified: no move to draw
        if (actor.ring_from || actor.ring_to)
            inputs.push_back(
                MapActorInput{actor.key, actor.label, actor.ring_from, actor.ring_to, mark});
    }
    return inputs;
}

double draw_map_legend(Scene& scene, Point at, double width, double size,
                       const std::string& language) {
    double x = at.x, y = at.y + size;
    for (MapMark mark : {MapMark::Inward, MapMark::Outward, MapMark::Appeared, MapMark::Disappeared,
                         MapMark::Unchanged}) {
        const std::string word =
            tr(language, std::string("network-dimensions.map.") + map_mark_name(mark));
        const double item = size * 1.2 + text_width(word, size) + size * 1.2;
        if (x + item > at.x + width && x > at.x) x = at.x, y += size * 1.5;
        scene.add(Circle{
            {x + size * 0.45, y - size * 0.35}, size * 0.4, map_mark_colour(mark), std::nullopt});
        scene.add(Text{{x + size * 1.2, y}, word, size, map_text_colour(mark)});
        x += item;
    }
    y += size * 1.5;
    const std::string notes = tr(language, "network-dimensions.map.centre") + " · " +
                              tr(language, "network-dimensions.map.rings") + " · " +
                              tr(language, "network-dimensions.map.arrow");
    for (const std::string& line : wrap_text(notes, size, width)) {
        scene.add(Text{{at.x, y}, line, size, palette::muted});
        y += size * 1.3;
    }
    return y - at.y;
}

double draw_map_pair(Scene& scene, const std::vector<MapActorInput>& actors, int rings,
                     const MapPairArea& area, const std::string& from_title,
                     const std::string& to_title) {
    const double caption_height = area.font_size * 1.8;
    const double map_width = area.side_by_side ? (area.width - 16) / 2 : area.width;
    const double max_height = area.side_by_side ? area.max_height - caption_height
                                                : (area.max_height - 2 * caption_height) / 2;
    const MapPairLayout pair =
        fitted_pair(actors, rings, map_width, max_height, area.font_size, area.min_font);
    const double map_height = std::max(pair.from.height, pair.to.height);
    const std::pair<const MapLayout*, const std::string*> maps[] = {{&pair.from, &from_title},
                                                                    {&pair.to, &to_title}};
    for (std::size_t i = 0; i < 2; ++i) {
        const double x =
            area.at.x + (area.side_by_side ? static_cast<double>(i) * (map_width + 16) : 0);
        const double y =
            area.at.y +
            (area.side_by_side ? 0 : static_cast<double>(i) * (caption_height + map_height));
        caption(scene, *maps[i].second, {x, y + area.font_size * 1.2}, map_width,
                area.font_size * 1.1);
        draw_network_map(scene, *maps[i].first,
                         {x + (map_width - maps[i].first->width) / 2, y + caption_height});
    }
    return area.side_by_side ? caption_height + map_height : 2 * (caption_height + map_height);
}

namespace {

Scene map_chart(const Report& report, const Study& study, const std::string& language) {
    Scene scene{kSlideWidth, kSlideHeight, {}};
    const GroupReport* group = report.groups.empty() ? nullptr : &report.groups.front();
    const std::string who = group && group->group != "all"
                                ? report_detail::group_title(*group, &study, language)
                                : tr(language, "chart.everyone");
    const double top =
        draw_title(scene, tr(language, "network-dimensions.chart.network-map") + ": " + who,
                   report.form_title.get(language));
    std::vector<std::string> notes{tr(language, "network-dimensions.chart.network-map.note")};
    if (report.suppression)
        notes.push_back(
            report_detail::printf_string(tr(language, "chart.withheld_note"), report.min_cell));
    const double bottom = draw_footnote(scene, notes);
    const MapChange change = read_map_change(group ? group->instrument : nullptr);
    const std::vector<MapActorInput> actors = map_inputs(change);
    const int rings = change.rings;
    if (!group || group->withheld != Withheld::No || actors.empty()) {
        draw_not_shown(scene, report, group, top, language);
        return scene;
    }
    // One map, the later wave's, across the slide: each move since the
    // earlier wave is an arrow from where the actor was, so one picture holds
    // both waves, and the labels get the room two maps side by side lack.
    const double legend_height = 3 * kTickSize * 1.5;
    const double caption_height = kLabelSize * 1.8;
    double max_height = bottom - top - legend_height - caption_height - kTickSize * 1.6 - 6;
    MapPairLayout pair;
    for (double size = kLabelSize; size >= 13 - 1e-9; size -= 0.5) {
        pair = layout_network_map_pair(actors, rings,
                                       MapCanvas{scene.width - 2 * kMargin, max_height, size});
        if (pair.to.height <= max_height + 0.5) break;
    }
    const std::string caption =
        report_detail::printf_string(tr(language, "network-dimensions.chart.network-map.caption"),
                                     short_wave_title(report.to_wave, study, language).c_str(),
                                     short_wave_title(report.from_wave, study, language).c_str());
    scene.add(Text{{kMargin, top + kLabelSize},
                   fit_text(caption, kLabelSize, scene.width - 2 * kMargin, true),
                   kLabelSize,
                   palette::ink,
                   Anchor::Start,
                   true});
    draw_network_map(
        scene, pair.to,
        {kMargin + (scene.width - 2 * kMargin - pair.to.width) / 2, top + caption_height});
    double y = top + caption_height + pair.to.height + 4;
    // Who left the map is on no ring of the later wave: named below it.
    std::string gone;
    for (const MapActorInput& actor : actors)
        if (actor.mark == MapMark::Disappeared) gone += (gone.empty() ? "" : ", ") + actor.label;
    if (!gone.empty()) {
        scene.add(Text{{kMargin, y + kTickSize},
                       fit_text(tr(language, "network-dimensions.map.disappeared") + ": " + gone,
                                kTickSize, scene.width - 2 * kMargin),
                       kTickSize,
                       map_text_colour(MapMark::Disappeared)});
        y += kTickSize * 1.6;
    }
    draw_map_legend(scene, {kMargin, y}, scene.width - 2 * kMargin, kTickSize, language);
    return scene;
}

}  // namespace

std::string NetworkMapChart::instrument() const { return kInstrumentId; }

std::string NetworkMapChart::description(const std::string& language) const {
    return tr(language, "network-dimensions.chart.network-map.about");
}

Scene NetworkMapChart::draw(const Report& report, const Study& study,
                            const std::string& language) const {
    return map_chart(report, study, language);
}

}  // namespace sonda::network_dimensions
