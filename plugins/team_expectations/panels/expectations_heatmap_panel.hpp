// What the teams expect from the specialised services, and what moved: a
// heatmap of themes (rows) x services (columns) for wave A, wave B or their
// change, for everyone or one territory, counting coded texts or the
// respondents who wrote them. Clicking a cell lists the texts behind it as
// written, per wave, with the facet, the territory (in the group of everyone,
// when the report names it) and the keywords that coded it; never a
// respondent's code. Suppressed waves are hatched and name the minimum cell; a
// wave nobody answered is blank; neither is ever drawn as zero.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sonda/gui/panel.hpp"
#include "theme_heatmap.hpp"

namespace sonda::team_expectations::panels {

class ExpectationsHeatmapPanel : public gui::Panel {
  public:
    ExpectationsHeatmapPanel();

    // The panel's state, so tests can drive it without clicking.
    void show(const std::string& group, HeatmapView view, HeatmapMeasure measure);
    void select_cell(std::optional<CellRef> cell) { m_selected = cell; }
    const std::optional<CellRef>& selected_cell() const { return m_selected; }
    const std::string& group() const { return m_group; }
    // The heatmap of the group shown, as last read from the model (null
    // before the first frame or when the model has no report).
    const ThemeHeatmap* heatmap() const;
    // Whose texts the group of everyone may attribute (see WriterVisibility).
    const WriterVisibility& writers() const { return m_writers; }

  protected:
    void draw_content(gui::PanelContext& context) override;

  private:
    struct GroupEntry {
        std::string id;  // "all" or a territory id
        std::string label;
        ThemeHeatmap heatmap;
    };
    void read_model(const gui::PanelContext& context);
    void draw_controls(const gui::PanelContext& context);
    void draw_grid(const gui::PanelContext& context, const ThemeHeatmap& heatmap);
    void draw_texts(const gui::PanelContext& context, const ThemeHeatmap& heatmap);
    const std::vector<const CodedTextEntry*>& texts_of(const ThemeHeatmap& heatmap,
                                                       const CellRef& where, WaveSide side);

    // Read once per model generation (the selection changed), never per frame.
    int m_generation = -1;
    std::vector<GroupEntry> m_groups;
    std::map<std::string, std::string> m_facet_labels;
    std::map<std::string, std::string> m_territory_names;
    WriterVisibility m_writers;
    std::string m_from_label, m_to_label;  // date and label of each wave
    std::string m_from_date, m_to_date;
    int m_min_cell = 5;

    std::string m_group = "all";
    HeatmapView m_view = HeatmapView::Change;
    HeatmapMeasure m_measure = HeatmapMeasure::Texts;
    std::optional<CellRef> m_selected;

    struct TextsKey {
        int generation = -1;
        std::string group;
        CellRef cell;
        WaveSide side = WaveSide::From;
        bool operator==(const TextsKey&) const = default;
    };
    struct TextsCache {
        TextsKey key;
        std::vector<const CodedTextEntry*> texts;
    };
    TextsCache m_texts[2];  // the selected cell's texts at wave A and wave B
    bool m_pick_default_cell = true;
};

}  // namespace sonda::team_expectations::panels
