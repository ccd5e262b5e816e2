#include "objective_list_editor.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <functional>
#include <set>

#include "objectives_board.hpp"
#include "objectives_monitoring/objective.hpp"
#include "objectives_monitoring/objective_list_type.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace sonda::objectives::panels {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string text_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return {};
    const Poco::Dynamic::Var value = object.get(key);
    return value.isString() ? value.extract<std::string>() : value.toString();
}

// A text field bound to one key; an emptied optional key is removed rather
// than stored blank (a blank target_date is not a date).
bool text_field(Object& objective, const char* key, const char* hint, float width, bool optional) {
    std::string text = text_of(objective, key);
    ImGui::SetNextItemWidth(width);
    if (!ImGui::InputTextWithHint((std::string("##") + key).c_str(), hint, &text)) return false;
    if (optional && text.empty())
        objective.remove(key);
    else
        objective.set(key, text);
    return true;
}

// A combo over fixed values (statuses, dimensions) shown with their labels.
bool value_combo(Object& objective, const char* key, const std::vector<std::string>& values,
                 const std::function<std::string(const std::string&)>& label, float width) {
    const std::string current = text_of(objective, key);
    const std::string shown = current.empty() ? "" : label(current);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo((std::string("##") + key).c_str(), shown.c_str())) {
        for (const std::string& value : values) {
            if (ImGui::Selectable(label(value).c_str(), value == current) && value != current) {
                objective.set(key, value);
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

}  // namespace

Object::Ptr new_objective(const Array& existing) {
    std::set<std::string> taken;
    for (std::size_t i = 0; i < existing.size(); ++i)
        if (Object::Ptr objective = existing.getObject(static_cast<unsigned>(i)))
            taken.insert(text_of(*objective, "id"));
    std::string id;
    for (std::size_t n = existing.size() + 1; id.empty() || taken.count(id); ++n)
        id = "objective-" + std::to_string(n);
    Object::Ptr out = new Object;
    out->set("id", id);
    out->set("title", "");
    out->set("dimension", objective_dimensions().front());
    out->set("owner", "");
    out->set("status", "planned");
    out->set("progress", 0);
    return out;
}

std::vector<Issue> objective_list_issues(const Item& item, const Poco::Dynamic::Var& value) {
    std::vector<Issue> issues;
    if (value.isEmpty()) return issues;
    ObjectiveListType().validate_answer(item, value, issues);
    return issues;
}

std::map<int, std::vector<std::string>> issues_by_objective(const std::vector<Issue>& issues,
                                                            const std::string& item_id) {
    std::map<int, std::vector<std::string>> out;
    const std::string prefix = "$.answers." + item_id + "[";
    for (const Issue& issue : issues) {
        int index = -1;
        if (issue.where.path.rfind(prefix, 0) == 0) {
            const std::size_t close = issue.where.path.find(']', prefix.size());
            if (close != std::string::npos)
                index = std::stoi(issue.where.path.substr(prefix.size(), close - prefix.size()));
        }
        out[index].push_back(issue.reason);
    }
    return out;
}

bool ObjectiveListEditor::edit(const Item& item, Poco::Dynamic::Var& value,
                               const gui::EditContext& context) const {
    const std::string& language = context.language;
    if (!value.isEmpty() && value.type() != typeid(Array::Ptr)) {
        // Not a list (an old or hand-made answer): say so, and offer a fresh one
        // rather than guess what it meant.
        ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s",
                           i18n::tr(language, "objectives-monitoring.editor.not_a_list").c_str());
        if (ImGui::SmallButton(
                i18n::tr(language, "objectives-monitoring.editor.start_new_list").c_str())) {
            value = Array::Ptr(new Array);
            return true;
        }
        return false;
    }
    Array::Ptr list = value.isEmpty() ? Array::Ptr(new Array) : value.extract<Array::Ptr>();
    // The form's own labels when the host passes the form, else the built-in ones.
    auto status_of = [&](const std::string& id) {
        return status_label(context.form, id, language);
    };
    auto dimension_of = [&](const std::string& id) {
        return dimension_label(context.form, id, language);
    };
    const auto issues = issues_by_objective(objective_list_issues(item, value), item.id);
    const ImVec4 red(0.72f, 0.12f, 0.08f, 1);
    const float font = ImGui::GetFontSize();
    bool changed = false;

    if (auto general = issues.find(-1); general != issues.end())
        for (const std::string& reason : general->second)
            ImGui::TextColored(red, "%s", reason.c_str());
    for (std::size_t i = 0; i < list->size(); ++i) {
        Object::Ptr objective = list->getObject(static_cast<unsigned>(i));
        ImGui::PushID(static_cast<int>(i));
        if (!objective) {
            ImGui::TextColored(
                red, "[%zu] %s", i,
                i18n::tr(language, "objectives-monitoring.editor.not_an_objective").c_str());
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%zu", i + 1);
            ImGui::SameLine();
            changed |=
                text_field(*objective, "title",
                           i18n::tr(language, "objectives-monitoring.editor.title_hint").c_str(),
                           -font * 5, false);
            ImGui::SameLine();
            if (ImGui::SmallButton(
                    i18n::tr(language, "objectives-monitoring.editor.remove").c_str())) {
                list->remove(static_cast<unsigned>(i));
                changed = true;
                ImGui::PopID();
                break;
            }
            ImGui::Indent(font * 1.2f);
            changed |= text_field(*objective, "id", "id", font * 9, false);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(
                    "%s", i18n::tr(language, "objectives-monitoring.editor.id_tooltip").c_str());
            ImGui::SameLine();
            changed |= value_combo(*objective, "dimension", objective_dimensions(), dimension_of,
                                   font * 13);
            ImGui::SameLine();
            changed |= text_field(
                *objective, "owner",
                i18n::tr(language, "objectives-monitoring.editor.owner_hint").c_str(), -1, false);
            changed |= value_combo(*objective, "status", objective_statuses(), status_of, font * 9);
            ImGui::SameLine();
            const Poco::Dynamic::Var stored =
                objective->has("progress") ? objective->get("progress") : Poco::Dynamic::Var();
            int progress = stored.isNumeric() && !stored.isBoolean()
                               ? static_cast<int>(std::lround(stored.convert<double>()))
                               : 0;
            ImGui::SetNextItemWidth(font * 9);
            if (ImGui::SliderInt("##progress", &progress, 0, 100, "%d%%")) {
                objective->set("progress", progress);
                changed = true;
            }
            ImGui::SameLine();
            changed |=
                text_field(*objective, "target_date",
                           i18n::tr(language, "objectives-monitoring.editor.target_hint").c_str(),
                           font * 9, true);
            changed |= text_field(
                *objective, "evidence",
                i18n::tr(language, "objectives-monitoring.editor.evidence_hint").c_str(), -1, true);
            ImGui::Unindent(font * 1.2f);
        }
        if (auto found = issues.find(static_cast<int>(i)); found != issues.end()) {
            ImGui::PushTextWrapPos(0);
            for (const std::string& reason : found->second)
                ImGui::TextColored(red, "%s", reason.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    // Last widget on purpose: tests find it as the last item drawn.
    if (ImGui::SmallButton(i18n::tr(language, "objectives-monitoring.editor.add").c_str())) {
        list->add(new_objective(*list));
        changed = true;
    }
    if (changed) value = list;
    return changed;
}

}  // namespace sonda::objectives::panels
