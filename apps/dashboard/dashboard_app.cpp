#include "dashboard_app.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <stdexcept>

#include "fonts.hpp"
#include "gl_window.hpp"
#include "overview_panel.hpp"
#include "panel_guard.hpp"
#include "response_entry_panel.hpp"
#include "screenshot.hpp"
#include "selection_controls.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/disclosure_text.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "trend_panel.hpp"

namespace sonda::dashboard {

namespace {

// A first filter from the command line: the study's ids only, each once; an
// unknown one is a usage error listing the known ones.
template <typename Entities>
std::vector<std::string> known_ids(const std::vector<std::string>& asked, const Entities& listed,
                                   const char* kind, const char* kinds) {
    std::vector<std::string> out;
    for (const std::string& id : asked) {
        const bool known = std::any_of(listed.begin(), listed.end(),
                                       [&](const auto& entity) { return entity.id == id; });
        if (!known) {
            std::string all;
            for (const auto& entity : listed) all += (all.empty() ? "" : ", ") + entity.id;
            throw std::invalid_argument(std::string("unknown ") + kind + " '" + id +
                                        "'; the study's " + kinds + " are: " + all);
        }
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    std::sort(out.begin(), out.end());  // as the checkboxes keep them
    if (out.size() == listed.size()) out.clear();
    return out;
}

}  // namespace

DashboardApp::DashboardApp(Project& project, gui::PanelRegistry& panels, DashboardOptions options)
    : m_project(project),
      m_panels(panels),
      m_options(std::move(options)),
      m_model(project),
      m_overview(std::make_unique<OverviewPanel>()),
      m_trend(std::make_unique<TrendPanel>()),
      m_entry(std::make_unique<ResponseEntryPanel>(panels)),
      m_requested_view(m_options.view),
      m_presentation(m_options.presentation),
      m_export_folder(m_options.export_folder) {
    m_model.set_full_report_limit(m_options.full_report_limit);
    gui::Selection selection = m_model.default_selection();
    if (!m_options.form.empty()) m_model.choose_form(selection, m_options.form);
    // A panel named with --view decides the form: the first form with data
    // whose instrument the panel belongs to.
    if (gui::Panel* panel = m_panels.find(m_options.view); panel && m_options.form.empty()) {
        for (const std::string& id : m_model.forms_with_data()) {
            if (m_project.form(id).plugin == panel->instrument()) {
                m_model.choose_form(selection, id);
                break;
            }
        }
    }
    if (!m_options.from_wave.empty()) selection.from_wave = m_options.from_wave;
    if (!m_options.to_wave.empty()) selection.to_wave = m_options.to_wave;
    if (!m_options.language.empty()) selection.language = m_options.language;
    selection.territories =
        known_ids(m_options.territories, m_project.study().territories, "territory", "territories");
    selection.roles = known_ids(m_options.roles, m_project.study().roles, "role", "roles");
    selection.show_small_groups = m_options.show_small_groups;
    if (m_options.min_cell) {
        // As `sonda report`: a smaller k than the study's only when asked for.
        if (*m_options.min_cell < 1 || *m_options.min_cell < m_model.lowest_min_cell(selection))
            throw std::invalid_argument(
                "--min-cell " + std::to_string(*m_options.min_cell) +
                (*m_options.min_cell < 1
                     ? " must be at least 1"
                     : " is below the study's min_cell of " +
                           std::to_string(m_project.study().min_cell) +
                           ": to see groups that small (raw data holders only) add "
                           "--no-suppression"));
        selection.min_cell = *m_options.min_cell;
    }
    m_model.select(selection);
}

DashboardApp::~DashboardApp() = default;

std::vector<gui::Panel*> DashboardApp::visible_panels() const {
    std::vector<gui::Panel*> out{m_overview.get()};
    if (m_model.selection().form.empty()) return out;  // nothing to enter into either
    out.push_back(m_trend.get());
    const std::string& plugin = m_project.form(m_model.selection().form).plugin;
    for (gui::Panel* panel : m_panels.for_instrument(plugin)) out.push_back(panel);
    out.push_back(m_entry.get());
    return out;
}

void DashboardApp::draw(float scale) {
    m_model.poll();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("sonda", nullptr, flags);
    // Presentation mode: the panel alone, text a third larger, for a
    // projector; Esc or the button brings the sidebar back.
    ImGui::GetIO().FontGlobalScale = m_presentation ? 1.35f : 1.0f;
    if (m_presentation) {
        draw_presentation_bar();
    } else {
        if (ImGui::BeginChild("controls", ImVec2(300 * scale, 0), true)) draw_controls(scale);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    if (ImGui::BeginChild("panels", ImVec2(0, 0), false)) {
        const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        m_panel_x = at.x, m_panel_y = at.y, m_panel_width = size.x, m_panel_height = size.y;
        draw_panels(scale);
    }
    ImGui::EndChild();
    ImGui::End();
}

void DashboardApp::draw_presentation_bar() {
    const std::string& language = m_model.selection().language;
    if (ImGui::SmallButton(
            (i18n::tr(language, "dashboard.leave_presentation") + "###leave").c_str()) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape))
        m_presentation = false;
    ImGui::SameLine();
    if (ImGui::SmallButton((i18n::tr(language, "dashboard.export_png") + "###export").c_str()))
        m_export_requested = true;
    if (!m_status.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", m_status.c_str());
    }
}

void DashboardApp::draw_controls(float /*scale*/) {
    gui::Selection selection = m_model.selection();
    if (draw_selection_controls(m_model, selection)) m_model.select(selection);
    ImGui::Separator();
    const auto word = [&](const char* key) { return i18n::tr(selection.language, key); };
    // The picture is of the panel, not the sidebar, into a folder the user
    // chooses (kept for the session).
    ImGui::TextUnformatted(word("dashboard.export_folder").c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##export-folder", &m_export_folder);
    if (ImGui::Button((word("dashboard.export_png") + "###export").c_str()))
        m_export_requested = true;
    ImGui::SameLine();
    if (ImGui::Button((word("dashboard.presentation") + "###presentation").c_str()))
        m_presentation = true;
    if (!m_status.empty()) ImGui::TextWrapped("%s", m_status.c_str());
    if (!m_model.note().empty()) ImGui::TextWrapped("%s", m_model.note().c_str());
    if (!m_model.complete()) ImGui::TextDisabled("%s", word("dashboard.computing").c_str());
}

void DashboardApp::draw_panels(float scale) {
    gui::PanelContext context{m_model, m_model.selection().language, scale};
    // New reports: a panel that failed on the old ones gets another chance.
    if (m_failures_generation != m_model.generation()) {
        m_panel_failures.clear();
        m_failures_generation = m_model.generation();
    }
    // Above every tab, so no view and no picture of one (Export PNG,
    // --screenshot) shows small groups without saying so.
    if (m_model.suppression_off())
        gui::charts::alert_banner(
            gui::disclosure::suppression_off_banner(m_project.study().min_cell,
                                                    m_model.selection().min_cell, context.language)
                .c_str());
    // Above every tab too: a view missing a plugin's figures says why.
    for (const std::string& note : m_model.report_notes()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.33f, 0.0f, 1.0f));
        ImGui::TextWrapped("%s", note.c_str());
        ImGui::PopStyleColor();
    }
    if (!ImGui::BeginTabBar("panels")) return;
    for (gui::Panel* panel : visible_panels()) {
        ImGuiTabItemFlags flags = 0;
        if (!m_requested_view.empty() && m_requested_view == panel->id())
            flags |= ImGuiTabItemFlags_SetSelected;
        // The title in the language shown, from the catalogue ("panel.<id>",
        // which plugins fill for their panels); the id keeps the tab the same
        // tab when the language changes.
        const std::string key = "panel." + panel->id();
        const std::string title = i18n::Catalogue::instance().has(context.language, key) ||
                                          i18n::Catalogue::instance().has("en", key)
                                      ? i18n::tr(context.language, key)
                                      : panel->title();
        if (ImGui::BeginTabItem((title + "###" + panel->id()).c_str(), nullptr, flags)) {
            m_current_view = panel->id();
            draw_guarded(*panel, context, m_panel_failures[panel->id()]);
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    // Applied once: after this frame the user's clicks decide the tab.
    if (!m_requested_view.empty() && m_requested_view == m_current_view) m_requested_view.clear();
}

std::vector<unsigned char> DashboardApp::panel_pixels(std::vector<unsigned char> window, int& width,
                                                      int& height) const {
    // Display units to framebuffer pixels (HiDPI screens have more pixels).
    const ImGuiIO& io = ImGui::GetIO();
    const float sx = io.DisplaySize.x > 0 ? static_cast<float>(width) / io.DisplaySize.x : 1;
    const float sy = io.DisplaySize.y > 0 ? static_cast<float>(height) / io.DisplaySize.y : 1;
    const int left = std::clamp(static_cast<int>(m_panel_x * sx), 0, width - 1);
    const int top = std::clamp(static_cast<int>(m_panel_y * sy), 0, height - 1);
    const int right =
        std::clamp(static_cast<int>((m_panel_x + m_panel_width) * sx), left + 1, width);
    const int bottom =
        std::clamp(static_cast<int>((m_panel_y + m_panel_height) * sy), top + 1, height);
    std::vector<unsigned char> out;
    out.reserve(static_cast<std::size_t>(right - left) * (bottom - top) * 4);
    for (int y = top; y < bottom; ++y) {
        const auto row = window.begin() + (static_cast<std::ptrdiff_t>(y) * width + left) * 4;
        out.insert(out.end(), row, row + static_cast<std::ptrdiff_t>(right - left) * 4);
    }
    width = right - left;
    height = bottom - top;
    return out;
}

void DashboardApp::export_panel(std::vector<unsigned char> window, int width, int height) {
    const std::string& language = m_model.selection().language;
    const std::string folder = m_export_folder.empty() ? "." : m_export_folder;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        m_status = i18n::tr(language, "dashboard.no_folder") + folder;
        return;
    }
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    const std::string view = m_current_view.empty() ? "view" : m_current_view;
    const std::string path =
        (std::filesystem::path(folder) / ("sonda-" + view + "-" + stamp + ".png")).string();
    try {
        const auto pixels = panel_pixels(std::move(window), width, height);
        write_png(path, pixels, width, height);
        m_status = i18n::tr(language, "dashboard.saved_picture") + path;
    } catch (const std::exception& failure) {
        m_status = failure.what();
    }
}

int DashboardApp::run() {
    const bool headless_shot = !m_options.screenshot.empty();
    GlWindow window(m_options.width, m_options.height, "sonda dashboard", !headless_shot);
    const float scale = window.content_scale();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between runs
    ImGui::StyleColorsLight();
    load_fonts(16.0f, scale);

    if (!m_options.view.empty() && m_options.view != "overview" && m_options.view != "entry" &&
        m_options.view != "trend" && !m_panels.find(m_options.view))
        throw std::invalid_argument("unknown view '" + m_options.view + "'");

    // A few frames let ImGui settle layout (tab bars, auto-sized columns)
    // before the screenshot is taken.
    int frames = 0;
    if (headless_shot) m_model.wait();  // the picture shows the full reports
    while (!window.should_close()) {
        window.begin_frame(headless_shot);
        draw(scale);
        window.end_frame();
        ++frames;
        const auto busy = [&] {
            for (const gui::Panel* panel : visible_panels())
                if (panel->id() == m_current_view && panel->busy()) return true;
            return false;
        };
        if (headless_shot && busy() && frames < 4) frames = 0;  // the picture shows the charts
        if (headless_shot && frames >= 4) {
            int width = 0, height = 0;
            auto pixels = window.read_pixels(width, height);
            if (m_options.screenshot_panel) pixels = panel_pixels(std::move(pixels), width, height);
            write_png(m_options.screenshot, pixels, width, height);
            return 0;
        }
        if (m_export_requested) {
            m_export_requested = false;
            int width = 0, height = 0;
            auto pixels = window.read_pixels(width, height);
            export_panel(std::move(pixels), width, height);
        }
        window.present();
    }
    return 0;
}

}  // namespace sonda::dashboard
