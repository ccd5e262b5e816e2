#include "response_entry_panel.hpp"

#include <Poco/UUIDGenerator.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/dates.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"

namespace sonda::dashboard {

namespace {

template <typename Entity>
void entity_combo(const char* label, const std::vector<Entity>& entities, std::string& chosen,
                  const std::string& language) {
    const Entity* current = nullptr;
    for (const Entity& entity : entities)
        if (entity.id == chosen) current = &entity;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    if (ImGui::BeginCombo(label, current ? current->name.get(language).c_str() : "")) {
        for (const Entity& entity : entities)
            if (ImGui::Selectable(entity.name.get(language).c_str(), entity.id == chosen))
                chosen = entity.id;
        ImGui::EndCombo();
    }
}

constexpr std::size_t kExistingShown = 500;  // a list to pick from, not a data browser

}  // namespace

ResponseEntryPanel::ResponseEntryPanel(const gui::PanelRegistry& editors)
    : Panel("entry", "Enter / correct", ""), m_editors(editors) {}  // title: "panel.entry"

void ResponseEntryPanel::start_new(const gui::DashboardModel& model) {
    const Project& project = model.project();
    const gui::Selection& selection = model.selection();
    m_draft = Response{};
    m_draft.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    if (!selection.form.empty()) {
        const Form& form = project.form(selection.form);
        m_draft.form = form.id;
        m_draft.form_version = form.version;
    }
    m_draft.wave = selection.to_wave;
    m_draft.answers = new Poco::JSON::Object;
    m_editing_stored = false;
    m_reason.clear();
    m_json_buffers.clear();
    m_json_errors.clear();
}

void ResponseEntryPanel::load(const StoredResponse& stored) {
    m_draft = stored.response;
    // Edit a copy: the stored answers stay as they were until the save.
    m_draft.answers =
        Response::from_json(
            *parse_json_object(stored.canonical_json, Location{"", 0, "", stored.response.id}))
            .answers;
    m_editing_stored = true;
    m_reason.clear();
    m_messages.clear();
    m_json_buffers.clear();
    m_json_errors.clear();
}

bool ResponseEntryPanel::save(gui::DashboardModel& model) {
    m_messages.clear();
    Project& project = model.project();
    // The issues of the answers in the dashboard's language, as its labels are.
    const i18n::MessageLanguage language(model.selection().language);
    try {
        StoredResponse stored = project.prepare(m_draft);
        if (m_editing_stored) {
            if (m_reason.empty()) {
                m_messages.push_back(i18n::tr(model.selection().language, "entry.reason_correct"));
                return false;
            }
            project.store().replace_response(stored, m_reason);
        } else {
            auto writer = project.store().begin_write();
            writer->write({stored});
            writer->commit();
        }
    } catch (const InvalidInput& error) {
        for (const Issue& issue : error.issues()) m_messages.push_back(issue.to_string());
        return false;
    } catch (const Error& error) {
        m_messages.push_back(error.what());
        return false;
    }
    m_messages.push_back(i18n::tr(model.selection().language,
                                  m_editing_stored ? "entry.saved_correction" : "entry.saved"));
    m_saved = true;
    model.refresh();
    return true;
}

bool ResponseEntryPanel::withdraw(gui::DashboardModel& model) {
    m_messages.clear();
    if (!m_editing_stored) return false;
    if (m_reason.empty()) {
        m_messages.push_back(i18n::tr(model.selection().language, "entry.reason_withdraw"));
        return false;
    }
    try {
        model.project().store().withdraw_response(m_draft.id, m_reason);
    } catch (const Error& error) {
        m_messages.push_back(error.what());
        return false;
    }
    m_messages.push_back(i18n::tr(model.selection().language, "entry.withdrawn"));
    model.refresh();
    start_new(model);
    return true;
}

void ResponseEntryPanel::draw_content(gui::PanelContext& context) {
    if (m_draft.form.empty() ||
        (!m_editing_stored && m_draft.form != context.model.selection().form))
        start_new(context.model);
    if (m_draft.form.empty()) {
        ImGui::TextUnformatted(i18n::tr(context.language, "entry.no_forms").c_str());
        return;
    }
    if (ImGui::BeginTable("entry", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("existing", ImGuiTableColumnFlags_WidthStretch, 0.3f);
        ImGui::TableSetupColumn("editor", ImGuiTableColumnFlags_WidthStretch, 0.7f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        draw_existing(context);
        ImGui::TableNextColumn();
        draw_header(context);
        ImGui::Separator();
        draw_items(context);
        ImGui::EndTable();
    }
}

void ResponseEntryPanel::draw_existing(gui::PanelContext& context) {
    gui::DashboardModel& model = context.model;
    if (ImGui::Button(i18n::tr(context.language, "entry.new_response").c_str())) {
        start_new(model);
        m_messages.clear();
    }
    if (m_existing_generation != model.generation()) {
        m_existing.clear();
        ResponseFilter filter;
        filter.form = model.selection().form;
        filter.waves = {model.selection().to_wave};
        filter.territories = model.selection().territories;
        filter.roles = model.selection().roles;
        filter.limit = kExistingShown;  // a large wave is not read to the end
        model.project().store().for_each_response(
            filter, [&](const StoredResponse& stored) { m_existing.push_back(stored); });
        m_existing_generation = model.generation();
    }
    const std::string count = i18n::format_count(context.language, "entry.stored",
                                                 static_cast<long long>(m_existing.size()));
    ImGui::TextDisabled("%s%s", count.c_str(),
                        m_existing.size() == kExistingShown
                            ? i18n::tr(context.language, "entry.first_ones").c_str()
                            : "");
    if (ImGui::BeginChild("existing_list")) {
        for (const StoredResponse& stored : m_existing) {
            const std::string caption =
                stored.response.territory + " / " + stored.response.respondent;
            if (ImGui::Selectable((caption + "##" + stored.response.id).c_str(),
                                  m_editing_stored && m_draft.id == stored.response.id))
                load(stored);
        }
    }
    ImGui::EndChild();
}

void ResponseEntryPanel::draw_header(gui::PanelContext& context) {
    const Study& study = context.model.project().study();
    const std::string& language = context.language;
    const auto word = [&](const char* key) { return i18n::tr(language, key); };
    ImGui::Text("%s  %s", word(m_editing_stored ? "entry.correcting" : "entry.new").c_str(),
                m_draft.id.c_str());
    ImGui::BeginDisabled(
        m_editing_stored);  // who and when stay as stored; only answers are corrected
    entity_combo((word("entry.territory") + "###territory").c_str(), study.territories,
                 m_draft.territory, language);
    entity_combo((word("entry.role") + "###role").c_str(), study.roles, m_draft.role, language);
    std::vector<Territory> waves;  // waves have labels, not names: show them alike
    for (const Wave& wave : study.waves)
        waves.push_back(Territory{wave.id, LocalizedText(i18n::date_text(wave.date, language) +
                                                         "  " + wave.label.get(language))});
    entity_combo((word("entry.wave") + "###wave").c_str(), waves, m_draft.wave, language);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    ImGui::InputText((word("entry.respondent") + "###respondent").c_str(), &m_draft.respondent);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", word("entry.respondent.tip").c_str());

    if (m_editing_stored) {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##reason", word("entry.reason.hint").c_str(), &m_reason);
    }
    if (ImGui::Button(
            (word(m_editing_stored ? "entry.save_correction" : "entry.save") + "###save").c_str()))
        save(context.model);
    if (m_editing_stored) {
        ImGui::SameLine();
        if (ImGui::Button((word("entry.withdraw") + "###withdraw").c_str()))
            withdraw(context.model);
    }
    for (const std::string& message : m_messages) ImGui::TextWrapped("%s", message.c_str());
}

void ResponseEntryPanel::draw_items(gui::PanelContext& context) {
    const Project& project = context.model.project();
    const Form& form = project.form(m_draft.form, m_draft.form_version);
    gui::EditContext edit{project.study(), context.language, &form};
    if (!ImGui::BeginChild("items")) {
        ImGui::EndChild();
        return;
    }
    for (const Item& item : form.items) {
        ImGui::PushID(item.id.c_str());
        ImGui::TextWrapped("%s%s", item.label.get(context.language).c_str(),
                           item.required ? " *" : "");
        Poco::Dynamic::Var value =
            m_draft.answers->has(item.id) ? m_draft.answers->get(item.id) : Poco::Dynamic::Var();
        bool changed = false;
        if (const gui::ItemEditor* editor = m_editors.editor(item.type))
            changed = editor->edit(item, value, edit);
        else
            changed =
                gui::edit_as_json(item, value, m_json_buffers[item.id], m_json_errors[item.id]);
        if (changed) {
            if (value.isEmpty())
                m_draft.answers->remove(item.id);
            else
                m_draft.answers->set(item.id, value);
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace sonda::dashboard
