// Entering a paper questionnaire, and correcting or withdrawing a stored
// response. The form is generated from the instrument's definition (an editor
// per item type, plugins' types included); the entry goes through
// Project::prepare, so it is validated exactly as an import, and is stored as
// one response. Corrections keep the old content in the store's history.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sonda/gui/panel.hpp"
#include "sonda/gui/panel_registry.hpp"
#include "sonda/model/response.hpp"
#include "sonda/store/store.hpp"

namespace sonda::dashboard {

class ResponseEntryPanel : public gui::Panel {
  public:
    explicit ResponseEntryPanel(const gui::PanelRegistry& editors);

    // What the panel is editing; exposed for tests.
    Response& draft() { return m_draft; }
    const std::vector<std::string>& messages() const { return m_messages; }
    void set_reason(std::string reason) { m_reason = std::move(reason); }
    // Validates and stores the draft (new, or replacing the stored one being
    // edited). Returns false and fills messages() when it is not valid.
    bool save(gui::DashboardModel& model);
    bool withdraw(gui::DashboardModel& model);
    void start_new(const gui::DashboardModel& model);
    void load(const StoredResponse& stored);

  protected:
    void draw_content(gui::PanelContext& context) override;

  private:
    void draw_header(gui::PanelContext& context);
    void draw_items(gui::PanelContext& context);
    void draw_existing(gui::PanelContext& context);

    const gui::PanelRegistry& m_editors;
    Response m_draft;
    bool m_editing_stored = false;  // true: the draft replaces a stored response
    std::string m_reason;
    std::vector<std::string> m_messages;
    bool m_saved = false;
    std::map<std::string, std::string> m_json_buffers;  // fallback editors' text
    std::map<std::string, std::string> m_json_errors;
    std::vector<StoredResponse> m_existing;
    int m_existing_generation = -1;
};

}  // namespace sonda::dashboard
