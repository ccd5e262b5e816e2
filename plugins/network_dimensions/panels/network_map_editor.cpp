#include "network_map_editor.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "sonda/i18n/catalogue.hpp"

namespace sonda::network_dimensions::panels {

namespace {

struct Catalogue {
    std::vector<std::string> ids;
    std::vector<std::string> labels;
};

Catalogue catalogue_of(const Item& item, const std::string& language) {
    Catalogue catalogue;
    Poco::JSON::Array::Ptr services =
        item.definition ? item.definition->getArray("services") : nullptr;
    if (!services) return catalogue;
    for (std::size_t i = 0; i < services->size(); ++i) {
        Poco::JSON::Object::Ptr service = services->getObject(static_cast<unsigned>(i));
        if (!service) continue;
        catalogue.ids.push_back(service->optValue<std::string>("value", ""));
        std::string label = catalogue.ids.back();
        if (service->has("label")) {
            const Poco::Dynamic::Var text = service->get("label");
            if (text.isString()) {
                label = text.toString();
            } else if (Poco::JSON::Object::Ptr by_language = service->getObject("label")) {
                label = by_language->optValue<std::string>(
                    language, by_language->optValue<std::string>("en", label));
            }
        }
        catalogue.labels.push_back(label);
    }
    return catalogue;
}

}  // namespace

bool NetworkMapEditor::edit(const Item& item, Poco::Dynamic::Var& value,
                            const gui::EditContext& context) const {
    const int rings = item.definition ? item.definition->optValue<int>("rings", 4) : 4;
    const Catalogue catalogue = catalogue_of(item, context.language);
    Poco::JSON::Object::Ptr map = value.type() == typeid(Poco::JSON::Object::Ptr)
                                      ? value.extract<Poco::JSON::Object::Ptr>()
                                      : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    Poco::JSON::Array::Ptr actors = map->getArray("actors");
    if (!actors) actors = new Poco::JSON::Array;
    bool changed = false;

    std::string centre = map->optValue<std::string>("centre", "");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::InputTextWithHint(
            "##centre", i18n::tr(context.language, "network-dimensions.editor.centre_hint").c_str(),
            &centre)) {
        if (centre.empty())
            map->remove("centre");
        else
            map->set("centre", centre);
        changed = true;
    }
    for (std::size_t i = 0; i < actors->size(); ++i) {
        Poco::JSON::Object::Ptr actor = actors->getObject(static_cast<unsigned>(i));
        if (!actor) continue;
        ImGui::PushID(static_cast<int>(i));
        // Who: a catalogue service, or a free name when it is not in the list.
        const std::string service = actor->optValue<std::string>("service", "");
        int chosen = -1;
        for (std::size_t k = 0; k < catalogue.ids.size(); ++k)
            if (catalogue.ids[k] == service) chosen = static_cast<int>(k);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        const std::string free_name =
            "(" + i18n::tr(context.language, "network-dimensions.editor.name") + ")";
        if (ImGui::BeginCombo("##service",
                              chosen >= 0 ? catalogue.labels[chosen].c_str() : free_name.c_str())) {
            if (ImGui::Selectable(free_name.c_str(), chosen < 0)) {
                actor->remove("service");
                changed = true;
            }
            for (std::size_t k = 0; k < catalogue.ids.size(); ++k) {
                if (ImGui::Selectable(catalogue.labels[k].c_str(), static_cast<int>(k) == chosen)) {
                    actor->set("service", catalogue.ids[k]);
                    actor->remove("name");
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
        if (chosen < 0) {
            ImGui::SameLine();
            std::string name = actor->optValue<std::string>("name", "");
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
            if (ImGui::InputTextWithHint(
                    "##name", i18n::tr(context.language, "network-dimensions.editor.name").c_str(),
                    &name)) {
                actor->set("name", name);
                changed = true;
            }
        }
        ImGui::SameLine();
        int ring = actor->optValue<int>("ring", 1);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        const std::string ring_label =
            i18n::tr(context.language, "network-dimensions.editor.ring") + "##ring";
        if (ImGui::SliderInt(ring_label.c_str(), &ring, 1, rings)) {
            actor->set("ring", ring);
            changed = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(
                i18n::tr(context.language, "network-dimensions.editor.remove").c_str())) {
            actors->remove(static_cast<unsigned>(i));
            changed = true;
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (ImGui::SmallButton(i18n::tr(context.language, "network-dimensions.editor.add").c_str())) {
        Poco::JSON::Object::Ptr actor = new Poco::JSON::Object;
        actor->set("ring", 1);
        if (!catalogue.ids.empty()) actor->set("service", catalogue.ids.front());
        actors->add(actor);
        changed = true;
    }
    if (changed) {
        map->set("actors", actors);
        value = map;
    }
    return changed;
}

}  // namespace sonda::network_dimensions::panels
