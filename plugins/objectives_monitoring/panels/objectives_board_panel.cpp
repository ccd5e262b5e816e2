#include "objectives_board_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "objectives_monitoring/report_words.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace sonda::objectives::panels {

namespace {

ImVec4 to_vec(ImU32 colour) { return ImGui::ColorConvertU32ToFloat4(colour); }

ImU32 mark_colour(CardMark mark) {
    switch (mark) {
        case CardMark::Stalled:
            return gui::colors::kStalled;
        case CardMark::New:
            return gui::colors::kAppeared;
        case CardMark::Removed:
            return gui::colors::kDisappeared;
        case CardMark::Followed:
            break;
    }
    return gui::colors::kGrid;
}

std::string card_mark_word(CardMark mark, const std::string& language) {
    switch (mark) {
        case CardMark::Stalled:
            return i18n::tr(language, "objectives-monitoring.board.mark.stalled");
        case CardMark::New:
            return i18n::tr(language, "objectives-monitoring.board.mark.new");
        case CardMark::Removed:
            return i18n::tr(language, "objectives-monitoring.board.mark.removed");
        case CardMark::Followed:
            break;
    }
    return "";
}

std::string percent(const std::optional<double>& share) {
    if (!share) return "–";
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", *share * 100);
    return text;
}

std::string progress_text(const std::optional<double>& progress) {
    if (!progress) return "–";
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", *progress);
    return text;
}

// Up to `max_lines` lines of `text` wrapped at `width`; the last one ends in
// an ellipsis when the text is longer (the tooltip shows it whole).
std::vector<std::string> fit_lines(const std::string& text, float width, int max_lines) {
    std::vector<std::string> lines;
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    while (begin < end && static_cast<int>(lines.size()) < max_lines) {
        const char* cut = font->CalcWordWrapPositionA(scale, begin, end, width);
        if (cut == begin) cut = begin + 1;  // a single over-long word: never loop
        std::string line(begin, cut);
        begin = cut;
        while (begin < end && (*begin == ' ' || *begin == '\n')) ++begin;
        if (static_cast<int>(lines.size()) + 1 == max_lines && begin < end) {
            while (!line.empty() && ImGui::CalcTextSize((line + "…").c_str()).x > width)
                line.pop_back();
            while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
                line.pop_back();  // never cut inside a UTF-8 sequence
            if (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0xC0)
                line.pop_back();
            line += "…";
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

struct Labels {
    const Form* form;
    std::string language;
    std::string status(const std::string& id) const { return status_label(form, id, language); }
    std::string dimension(const std::string& id) const {
        return dimension_label(form, id, language);
    }
};

void card_tooltip(const ObjectiveCard& card, const Labels& labels) {
    const std::string& language = labels.language;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextWrapped("%s", card.title.c_str());
    ImGui::Separator();
    ImGui::TextDisabled("id %s", card.id.c_str());
    ImGui::Text("%s: %s", i18n::tr(language, "objectives-monitoring.column.dimension").c_str(),
                labels.dimension(card.dimension).c_str());
    if (card.dimension_from)
        ImGui::Text("  (%s %s)", i18n::tr(language, "objectives-monitoring.board.before").c_str(),
                    labels.dimension(*card.dimension_from).c_str());
    ImGui::Text("%s: %s", i18n::tr(language, "objectives-monitoring.column.owner").c_str(),
                card.owner.c_str());
    const std::string from = card.status_from ? labels.status(*card.status_from) : "–";
    const std::string to = card.status_to ? labels.status(*card.status_to) : "–";
    ImGui::Text("%s: %s → %s", i18n::tr(language, "objectives-monitoring.board.status").c_str(),
                from.c_str(), to.c_str());
    ImGui::Text("%s: %s → %s", i18n::tr(language, "objectives-monitoring.board.progress").c_str(),
                progress_text(card.progress_from).c_str(), progress_text(card.progress_to).c_str());
    switch (card.mark) {
        case CardMark::Stalled:
            ImGui::TextColored(
                to_vec(gui::colors::kStalled), "%s",
                i18n::tr(language, "objectives-monitoring.board.stalled_tooltip").c_str());
            break;
        case CardMark::New:
            ImGui::TextColored(
                to_vec(gui::colors::kAppeared), "%s",
                i18n::tr(language, "objectives-monitoring.board.new_tooltip").c_str());
            break;
        case CardMark::Removed:
            ImGui::TextColored(
                to_vec(gui::colors::kDisappeared), "%s",
                i18n::tr(language, "objectives-monitoring.board.removed_tooltip").c_str());
            break;
        case CardMark::Followed:
            break;
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// One objective card: the title on up to two lines, a progress bar, and what
// happened to it (where it came from or went, or its mark).
void draw_card(const ObjectiveCard& card, bool second_wave, float width, const Labels& labels) {
    const std::string& language = labels.language;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float font = ImGui::GetFontSize();
    const float pad = std::round(font * 0.3f);
    const float stripe = std::round(font * 0.25f);
    const float line = ImGui::GetTextLineHeight();
    const std::vector<std::string> lines = fit_lines(card.title, width - 2 * pad - stripe, 2);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + width, a.y + pad * 2 + line * (static_cast<float>(lines.size()) + 1) + 2);

    // The mark shows in the wave it concerns: stalled and new at wave B,
    // removed at wave A; a followed card is plain in both.
    const bool marked =
        card.mark != CardMark::Followed &&
        (second_wave ? card.mark != CardMark::Removed : card.mark == CardMark::Removed);
    const ImU32 accent = marked ? mark_colour(card.mark) : IM_COL32(160, 160, 160, 255);
    ImU32 fill = IM_COL32(255, 255, 255, 255);
    if (marked && card.mark == CardMark::Stalled) fill = IM_COL32(253, 236, 204, 255);
    if (marked && card.mark == CardMark::New) fill = IM_COL32(226, 238, 249, 255);
    if (marked && card.mark == CardMark::Removed) fill = IM_COL32(238, 238, 238, 255);
    const float rounding = font * 0.2f;
    draw->AddRectFilled(a, b, fill, rounding);
    draw->AddRectFilled(a, ImVec2(a.x + stripe, b.y), accent, rounding,
                        ImDrawFlags_RoundCornersLeft);
    draw->AddRect(a, b, marked ? accent : IM_COL32(200, 200, 200, 255), rounding, 0,
                  marked && card.mark == CardMark::Stalled ? 2.0f : 1.0f);

    const ImU32 text_colour = marked && card.mark == CardMark::Removed
                                  ? IM_COL32(110, 110, 110, 255)
                                  : gui::colors::kText;
    float y = a.y + pad;
    for (const std::string& text : lines) {
        draw->AddText(ImVec2(a.x + stripe + pad, y), text_colour, text.c_str());
        y += line;
    }
    // Progress at this wave: a bar, then the figure.
    const std::optional<double> progress = second_wave ? card.progress_to : card.progress_from;
    const float bar_width = font * 2.6f;
    const float bar_top = y + line * 0.35f, bar_bottom = y + line * 0.7f;
    const float left = a.x + stripe + pad;
    draw->AddRectFilled(ImVec2(left, bar_top), ImVec2(left + bar_width, bar_bottom),
                        IM_COL32(225, 225, 225, 255));
    if (progress)
        draw->AddRectFilled(
            ImVec2(left, bar_top),
            ImVec2(left + bar_width * static_cast<float>(std::clamp(*progress, 0.0, 100.0) / 100),
                   bar_bottom),
            second_wave ? gui::colors::kWaveTo : gui::colors::kWaveFrom);
    draw->AddText(ImVec2(left + bar_width + pad, y), text_colour, progress_text(progress).c_str());

    // Right: the mark, or where a followed objective came from / went to.
    std::string note;
    ImU32 note_colour = IM_COL32(90, 90, 90, 255);
    if (marked) {
        note = card_mark_word(card.mark, language);
        note_colour = mark_colour(card.mark);
    } else if (card.status_from && card.status_to && *card.status_from != *card.status_to) {
        note = second_wave ? "← " + labels.status(*card.status_from)
                           : "→ " + labels.status(*card.status_to);
    } else if (!second_wave && card.mark == CardMark::Stalled) {
        note = "→ " + std::string(i18n::tr(language, "objectives-monitoring.mark.stalled"));
    } else if (second_wave && card.status_from && card.status_from == card.status_to) {
        note = "=";  // followed, same status: moved only in progress
    }
    if (!note.empty()) {
        const float note_width = ImGui::CalcTextSize(note.c_str()).x;
        draw->AddText(ImVec2(b.x - pad - note_width, y), note_colour, note.c_str());
    }

    ImGui::PushID(card.territory.c_str());
    ImGui::PushID(card.id.c_str());
    ImGui::InvisibleButton("card", ImVec2(width, b.y - a.y));
    if (ImGui::IsItemHovered()) card_tooltip(card, labels);
    ImGui::PopID();
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
}

std::string achievement_text(const std::optional<Achievement>& at, const std::string& language) {
    if (!at) return i18n::tr(language, "objectives-monitoring.no_answer");
    char text[96];
    std::snprintf(text, sizeof text, "%lld/%lld (%s)", at->achieved, at->counted,
                  percent(at->rate).c_str());
    return text;
}

// A horizontal bar of an achievement rate (0-100%) with its figure.
void rate_bar(const char* label, const std::optional<Achievement>& at, ImU32 colour, float width,
              const std::string& language) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float label_width = ImGui::GetFontSize() * 7;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    draw->AddText(a, gui::colors::kText, label);
    const float left = a.x + label_width;
    const float bar_width = std::max(width - label_width - ImGui::GetFontSize() * 8, 40.0f);
    const float top = a.y + line * 0.2f, bottom = a.y + line * 0.85f;
    draw->AddRectFilled(ImVec2(left, top), ImVec2(left + bar_width, bottom),
                        IM_COL32(232, 232, 232, 255));
    if (at && at->rate)
        draw->AddRectFilled(
            ImVec2(left, top),
            ImVec2(left + bar_width * static_cast<float>(std::clamp(*at->rate, 0.0, 1.0)), bottom),
            colour);
    for (int tick = 1; tick < 4; ++tick) {
        const float x = left + bar_width * static_cast<float>(tick) / 4;
        draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), IM_COL32(255, 255, 255, 200));
    }
    draw->AddText(ImVec2(left + bar_width + ImGui::GetFontSize() * 0.5f, a.y), gui::colors::kText,
                  achievement_text(at, language).c_str());
    ImGui::Dummy(ImVec2(width, line * 1.15f));
}

void transition_table(const ObjectivesBoard& board, const TerritoryBoard& territory,
                      const Labels& labels) {
    const std::string& language = labels.language;
    const int columns = static_cast<int>(board.statuses.size()) + 2;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoHostExtendX;
    if (!ImGui::BeginTable("transitions", columns, flags)) return;
    ImGui::TableSetupColumn(
        i18n::tr(language, "objectives-monitoring.board.transitions_corner").c_str());
    for (const std::string& status : board.statuses)
        ImGui::TableSetupColumn(labels.status(status).c_str());
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.margin.removed").c_str());
    ImGui::TableHeadersRow();

    auto cell = [](long long n, ImU32 tint) {
        if (n > 0) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, tint);
        // A real zero (nothing is withheld here), drawn faint so counts stand out.
        if (n == 0)
            ImGui::TextDisabled("0");
        else
            ImGui::Text("%lld", n);
    };
    auto tint_of = [&](const std::string& from, const std::string& to) {
        if (from == to) return IM_COL32(225, 225, 225, 255);
        if (to == "achieved") return IM_COL32(190, 230, 210, 255);
        if (to == "dropped") return IM_COL32(236, 205, 224, 255);
        return IM_COL32(206, 226, 243, 255);
    };
    for (std::size_t i = 0; i < board.statuses.size(); ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(labels.status(board.statuses[i]).c_str());
        for (std::size_t j = 0; j < board.statuses.size(); ++j) {
            ImGui::TableNextColumn();
            cell(territory.transitions[i][j], tint_of(board.statuses[i], board.statuses[j]));
        }
        ImGui::TableNextColumn();
        cell(territory.removed_with(board.statuses[i]), IM_COL32(230, 230, 230, 255));
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(i18n::tr(language, "objectives-monitoring.margin.new").c_str());
    for (const std::string& status : board.statuses) {
        ImGui::TableNextColumn();
        cell(territory.added_with(status), IM_COL32(214, 230, 246, 255));
    }
    ImGui::TableNextColumn();
    ImGui::EndTable();
}

const GroupReport* group_of(const Report& report, const std::string& territory) {
    for (const GroupReport& group : report.groups)
        if (group.group == territory) return &group;
    return nullptr;
}

// The core's statistics of the per-response scores: one response per
// territory and wave, so they are below the minimum cell and withheld.
void score_statistics(const Report& report, const std::string& territory, const Labels& labels) {
    const GroupReport* group = group_of(report, territory);
    if (!group || group->scores.empty()) return;
    const std::string& language = labels.language;
    ImGui::TextDisabled("%s",
                        i18n::tr(language, "objectives-monitoring.board.score_statistics").c_str());
    const bool all_withheld =
        std::all_of(group->scores.begin(), group->scores.end(),
                    [](const ScoreReport& score) { return score.stats.suppressed; });
    if (all_withheld) {
        gui::charts::suppressed_box(
            ImVec2(ImGui::GetFontSize() * 11, ImGui::GetTextLineHeight() * 1.2f), report.min_cell,
            language, group->withheld);
        return;
    }
    for (const ScoreReport& score : group->scores) {
        const ScoreComparison& s = score.stats;
        if (s.suppressed) {
            ImGui::TextDisabled("%s", s.score.c_str());
            ImGui::SameLine();  // the box beside its score name
            gui::charts::suppressed_box(
                ImVec2(ImGui::GetFontSize() * 10, ImGui::GetTextLineHeight()), report.min_cell,
                language, score.withheld);
        } else if (s.mean_from || s.mean_to) {
            char text[96];
            std::snprintf(text, sizeof text, "%s %.2f → %.2f (n %lld → %lld)", s.score.c_str(),
                          s.mean_from.value_or(NAN), s.mean_to.value_or(NAN), s.n_from, s.n_to);
            ImGui::TextDisabled("%s", text);
        }
    }
}

std::string territory_name(const Project& project, const std::string& id,
                           const std::string& language) {
    const Territory* territory = project.study().territory(id);
    return territory ? territory->name.get(language) : id;
}

std::string wave_name(const Project& project, const std::string& id, const std::string& language) {
    const Wave* wave = project.study().wave(id);
    return wave ? wave->date + "  " + wave->label.get(language) : id;
}

void draw_territory(const ObjectivesBoard& board, const TerritoryBoard& territory,
                    const Report& report, const gui::PanelContext& context, const Labels& labels) {
    const std::string& language = labels.language;
    const Project& project = context.model.project();
    ImGui::PushID(territory.territory.c_str());
    ImGui::Separator();
    ImGui::TextColored(to_vec(IM_COL32(0, 90, 150, 255)), "%s",
                       territory_name(project, territory.territory, language).c_str());
    if (territory.suppressed) {
        gui::charts::suppressed_box(
            ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 3), report.min_cell,
            language);
        ImGui::PopID();
        return;
    }
    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::TextDisabled("%s", counts_text(territory.followed, territory.stalled, territory.added,
                                          territory.removed, language)
                                  .c_str());

    // The board: a row per wave, a column per status.
    const float wave_width = ImGui::GetFontSize() * 6.5f;
    const int columns = static_cast<int>(board.statuses.size()) + 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame;
    if (ImGui::BeginTable("board", columns, flags)) {
        ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.wave").c_str(),
                                ImGuiTableColumnFlags_WidthFixed, wave_width);
        for (const std::string& status : board.statuses)
            ImGui::TableSetupColumn(labels.status(status).c_str());
        ImGui::TableHeadersRow();
        for (bool second_wave : {false, true}) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string& wave_id = second_wave ? report.to_wave : report.from_wave;
            const Wave* wave = project.study().wave(wave_id);
            ImGui::TextColored(to_vec(second_wave ? gui::colors::kWaveTo : gui::colors::kWaveFrom),
                               "%s", second_wave ? "B" : "A");
            ImGui::TextUnformatted(wave ? wave->date.c_str() : wave_id.c_str());
            if (ImGui::IsItemHovered() && wave)
                ImGui::SetTooltip("%s", wave->label.get(language).c_str());
            const std::optional<Achievement>& at = second_wave ? territory.to : territory.from;
            bool first = true;
            for (const std::string& status : board.statuses) {
                ImGui::TableNextColumn();
                ImGui::PushID(status.c_str());
                ImGui::PushID(second_wave ? "B" : "A");
                if (!at && first) {
                    ImGui::TextDisabled(
                        "%s",
                        i18n::tr(language, "objectives-monitoring.no_answer_at_wave").c_str());
                } else {
                    const auto cards = territory.column(second_wave, status);
                    if (cards.empty()) ImGui::TextDisabled("·");
                    const float width = ImGui::GetContentRegionAvail().x;
                    for (const ObjectiveCard* card : cards)
                        draw_card(*card, second_wave, width, labels);
                }
                first = false;
                ImGui::PopID();
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }

    // Under it: the transitions, and both waves' achievement.
    ImGui::Spacing();
    ImGui::BeginGroup();
    ImGui::TextUnformatted(
        i18n::tr(language, "objectives-monitoring.board.transitions_title").c_str());
    transition_table(board, territory, labels);
    ImGui::EndGroup();
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::BeginGroup();
    ImGui::TextUnformatted(
        i18n::tr(language, "objectives-monitoring.board.achievement_title").c_str());
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 16);
    auto date_of = [&](const std::string& id) {
        const Wave* wave = project.study().wave(id);
        return wave ? wave->date : id;
    };
    rate_bar(("A  " + date_of(report.from_wave)).c_str(), territory.from, gui::colors::kWaveFrom,
             width, language);
    rate_bar(("B  " + date_of(report.to_wave)).c_str(), territory.to, gui::colors::kWaveTo, width,
             language);
    char progress[96];
    std::snprintf(
        progress, sizeof progress, "%s: %s → %s",
        i18n::tr(language, "objectives-monitoring.board.mean_progress").c_str(),
        progress_text(territory.from ? territory.from->mean_progress : std::nullopt).c_str(),
        progress_text(territory.to ? territory.to->mean_progress : std::nullopt).c_str());
    ImGui::TextUnformatted(progress);
    score_statistics(report, territory.territory, labels);
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::PopID();
}

void summary_table(const ObjectivesBoard& board, const Project& project, const Labels& labels) {
    const std::string& language = labels.language;
    // Within the visible width: a long territory name is clipped (the
    // board below repeats it in full), the figures keep their room.
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("summary", 7, flags, ImVec2(ImGui::GetContentRegionAvail().x, 0)))
        return;
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.territory").c_str(),
                            ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.objectives").c_str());
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.achieved_a").c_str());
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.achieved_b").c_str());
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.stalled").c_str());
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.new").c_str());
    ImGui::TableSetupColumn(i18n::tr(language, "objectives-monitoring.board.removed").c_str());
    ImGui::TableHeadersRow();
    for (const TerritoryBoard& territory : board.territories) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(territory_name(project, territory.territory, language).c_str());
        if (territory.suppressed) {
            ImGui::TableNextColumn();
            ImGui::TextColored(
                to_vec(gui::colors::kSuppressed), "%s",
                i18n::tr(language, "objectives-monitoring.board.suppressed").c_str());
            continue;
        }
        ImGui::TableNextColumn();
        const std::string from = territory.from ? std::to_string(territory.from->objectives) : "–";
        const std::string to = territory.to ? std::to_string(territory.to->objectives) : "–";
        ImGui::Text("%s → %s", from.c_str(), to.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(achievement_text(territory.from, language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(achievement_text(territory.to, language).c_str());
        ImGui::TableNextColumn();
        if (territory.stalled > 0)
            ImGui::TextColored(to_vec(gui::colors::kStalled), "%lld", territory.stalled);
        else
            ImGui::TextUnformatted("0");
        ImGui::TableNextColumn();
        ImGui::Text("%lld", territory.added);
        ImGui::TableNextColumn();
        ImGui::Text("%lld", territory.removed);
    }
    ImGui::EndTable();
}

}  // namespace

ObjectivesBoardPanel::ObjectivesBoardPanel()
    : Panel("objectives-monitoring.board", "Objectives board", "objectives-monitoring") {}

void ObjectivesBoardPanel::draw_content(gui::PanelContext& context) {
    const gui::DashboardModel& model = context.model;
    const Report* report = model.by_territory();
    if (!report) {
        ImGui::TextWrapped("%s", model.error().c_str());
        return;
    }
    if (m_generation != model.generation()) {
        m_board = read_objectives_board(*report);
        m_generation = model.generation();
    }
    const std::string& language = context.language;
    const Project& project = model.project();
    const Form* form = nullptr;
    try {
        form = &project.form(model.selection().form);
    } catch (const Error&) {
        form = nullptr;  // labels fall back to the built-in ones
    }
    const Labels labels{form, language};
    if (!m_board.present && !model.complete()) {
        // The score table comes first; the objectives are in the full report.
        ImGui::TextDisabled("%s",
                            i18n::tr(language, "objectives-monitoring.board.reading").c_str());
        return;
    }
    if (!m_board.present) {
        ImGui::TextWrapped("%s",
                           i18n::tr(language, "objectives-monitoring.board.no_objectives").c_str());
        return;
    }

    for (bool second_wave : {false, true}) {
        ImGui::TextColored(to_vec(second_wave ? gui::colors::kWaveTo : gui::colors::kWaveFrom),
                           "%s", second_wave ? "B" : "A");
        ImGui::SameLine();
        ImGui::TextUnformatted(
            wave_name(project, second_wave ? report->to_wave : report->from_wave, language)
                .c_str());
    }
    gui::charts::legend(gui::colors::kStalled,
                        i18n::tr(language, "objectives-monitoring.board.legend_stalled").c_str());
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kAppeared,
                        i18n::tr(language, "objectives-monitoring.board.legend_new").c_str());
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kDisappeared,
                        i18n::tr(language, "objectives-monitoring.board.legend_removed").c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    ImGui::TextDisabled("%s",
                        i18n::tr(language, "objectives-monitoring.board.privacy_note").c_str());
    ImGui::PopTextWrapPos();
    summary_table(m_board, project, labels);
    for (const TerritoryBoard& territory : m_board.territories)
        draw_territory(m_board, territory, *report, context, labels);
    if (!m_board.warnings.empty() &&
        ImGui::CollapsingHeader(
            i18n::tr(language, "objectives-monitoring.board.warnings").c_str())) {
        for (const std::string& warning : m_board.warnings)
            ImGui::BulletText("%s", warning.c_str());
    }
}

}  // namespace sonda::objectives::panels
