// Editors of the core item types. Values are built in the shapes the core
// item types validate: likert an integer, number a double, choice a string or
// an array of strings, text a string, text_list an array of strings, matrix
// an object {row: {column: cell}}.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <sstream>

#include "sonda/error.hpp"
#include "sonda/gui/item_editor.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/util/json.hpp"

namespace sonda::gui {

namespace {

using Poco::Dynamic::Var;

bool clear_button(Var& value) {
    if (value.isEmpty()) return false;
    ImGui::SameLine();
    if (ImGui::SmallButton("clear")) {
        value.empty();
        return true;
    }
    return false;
}

class LikertEditor final : public ItemEditor {
  public:
    std::string type() const override { return "likert"; }
    bool edit(const Item& item, Var& value, const EditContext& context) const override {
        const int low = static_cast<int>(item.min.value_or(1));
        const int high = static_cast<int>(item.max.value_or(5));
        const int current = value.isEmpty() ? low - 1 : value.convert<int>();
        bool changed = false;
        // Options with long labels wrap to the next line rather than run off
        // the panel (five Italian labels do not fit 1280 px on one line).
        const ImGuiStyle& style = ImGui::GetStyle();
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        for (int point = low; point <= high; ++point) {
            std::string caption = std::to_string(point);
            for (const Choice& label : item.scale)
                if (label.value == caption) caption += " " + label.label.get(context.language);
            const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                                ImGui::CalcTextSize(caption.c_str()).x;
            if (point > low && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right)
                ImGui::SameLine();
            if (ImGui::RadioButton(caption.c_str(), current == point) && current != point) {
                value = point;
                changed = true;
            }
        }
        return clear_button(value) || changed;
    }
};

class NumberEditor final : public ItemEditor {
  public:
    std::string type() const override { return "number"; }
    bool edit(const Item& item, Var& value, const EditContext&) const override {
        double number = value.isEmpty() ? item.min.value_or(0) : value.convert<double>();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        bool changed = false;
        if (ImGui::InputDouble("##number", &number, 0, 0, "%.6g")) {
            value = number;
            changed = true;
        }
        return clear_button(value) || changed;
    }
};

class ChoiceEditor final : public ItemEditor {
  public:
    std::string type() const override { return "choice"; }
    bool edit(const Item& item, Var& value, const EditContext& context) const override {
        bool changed = false;
        if (!item.multiple) {
            const std::string current =
                value.isString() ? value.extract<std::string>() : std::string();
            for (const Choice& choice : item.choices) {
                if (ImGui::RadioButton(choice.label.get(context.language).c_str(),
                                       current == choice.value) &&
                    current != choice.value) {
                    value = choice.value;
                    changed = true;
                }
            }
            return clear_button(value) || changed;
        }
        std::vector<std::string> chosen;
        if (value.type() == typeid(Poco::JSON::Array::Ptr))
            for (const Var& entry : *value.extract<Poco::JSON::Array::Ptr>())
                chosen.push_back(entry.toString());
        for (const Choice& choice : item.choices) {
            bool on = std::find(chosen.begin(), chosen.end(), choice.value) != chosen.end();
            if (ImGui::Checkbox(choice.label.get(context.language).c_str(), &on)) {
                if (on)
                    chosen.push_back(choice.value);
                else
                    std::erase(chosen, choice.value);
                changed = true;
            }
        }
        if (changed) {
            if (chosen.empty()) {
                value.empty();
            } else {
                Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
                for (const Choice& choice : item.choices)  // keep the form's order
                    if (std::find(chosen.begin(), chosen.end(), choice.value) != chosen.end())
                        array->add(choice.value);
                value = array;
            }
        }
        return changed;
    }
};

class TextEditor final : public ItemEditor {
  public:
    std::string type() const override { return "text"; }
    bool edit(const Item&, Var& value, const EditContext&) const override {
        std::string text = value.isString() ? value.extract<std::string>() : std::string();
        if (ImGui::InputTextMultiline("##text", &text,
                                      ImVec2(-1, ImGui::GetTextLineHeight() * 3))) {
            if (text.empty())
                value.empty();
            else
                value = text;
            return true;
        }
        return false;
    }
};

class TextListEditor final : public ItemEditor {
  public:
    std::string type() const override { return "text_list"; }
    bool edit(const Item&, Var& value, const EditContext& context) const override {
        std::vector<std::string> entries;
        if (value.type() == typeid(Poco::JSON::Array::Ptr))
            for (const Var& entry : *value.extract<Poco::JSON::Array::Ptr>())
                entries.push_back(entry.toString());
        bool changed = false;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
            changed |= ImGui::InputText("##entry", &entries[i]);
            ImGui::SameLine();
            if (ImGui::SmallButton(i18n::tr(context.language, "entry.remove").c_str())) {
                entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(i));
                changed = true;
                ImGui::PopID();
                break;
            }
            ImGui::PopID();
        }
        if (ImGui::SmallButton(i18n::tr(context.language, "entry.add").c_str())) {
            entries.emplace_back();
            changed = true;
        }
        if (changed) {
            Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
            for (const std::string& entry : entries) array->add(entry);
            value = array;
        }
        return changed;
    }
};

class MatrixEditor final : public ItemEditor {
  public:
    explicit MatrixEditor(const std::vector<std::unique_ptr<ItemEditor>>& cells) : m_cells(cells) {}
    std::string type() const override { return "matrix"; }
    bool edit(const Item& item, Var& value, const EditContext& context) const override {
        const ItemEditor* cell_editor = nullptr;
        for (const auto& editor : m_cells)
            if (editor->type() == item.cell_type) cell_editor = editor.get();
        if (!cell_editor) {
            ImGui::TextDisabled("cells of type '%s' cannot be edited here", item.cell_type.c_str());
            return false;
        }
        Item cell = item;  // a matrix keeps its cell's keys in its own fields
        cell.type = item.cell_type;
        Poco::JSON::Object::Ptr rows = value.type() == typeid(Poco::JSON::Object::Ptr)
                                           ? value.extract<Poco::JSON::Object::Ptr>()
                                           : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
        bool changed = false;
        for (const Choice& row : item.rows) {
            if (!ImGui::TreeNodeEx(row.value.c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s",
                                   row.label.get(context.language).c_str()))
                continue;
            Poco::JSON::Object::Ptr columns = rows->getObject(row.value);
            if (!columns) columns = new Poco::JSON::Object;
            for (const Choice& column : item.columns) {
                ImGui::PushID(column.value.c_str());
                ImGui::TextUnformatted(column.label.get(context.language).c_str());
                ImGui::Indent();
                Var cell_value = columns->has(column.value) ? columns->get(column.value) : Var();
                if (cell_editor->edit(cell, cell_value, context)) {
                    if (cell_value.isEmpty())
                        columns->remove(column.value);
                    else
                        columns->set(column.value, cell_value);
                    changed = true;
                }
                ImGui::Unindent();
                ImGui::PopID();
            }
            if (columns->size() > 0)
                rows->set(row.value, columns);
            else
                rows->remove(row.value);
            ImGui::TreePop();
        }
        if (changed) {
            if (rows->size() == 0)
                value.empty();
            else
                value = rows;
        }
        return changed;
    }

  private:
    const std::vector<std::unique_ptr<ItemEditor>>& m_cells;
};

// The cell editors a matrix may use; they live as long as the program.
const std::vector<std::unique_ptr<ItemEditor>>& cell_editors() {
    static const std::vector<std::unique_ptr<ItemEditor>> editors = [] {
        std::vector<std::unique_ptr<ItemEditor>> out;
        out.push_back(std::make_unique<LikertEditor>());
        out.push_back(std::make_unique<NumberEditor>());
        out.push_back(std::make_unique<ChoiceEditor>());
        out.push_back(std::make_unique<TextEditor>());
        out.push_back(std::make_unique<TextListEditor>());
        return out;
    }();
    return editors;
}

}  // namespace

std::vector<std::unique_ptr<ItemEditor>> make_core_item_editors() {
    std::vector<std::unique_ptr<ItemEditor>> out;
    out.push_back(std::make_unique<LikertEditor>());
    out.push_back(std::make_unique<NumberEditor>());
    out.push_back(std::make_unique<ChoiceEditor>());
    out.push_back(std::make_unique<TextEditor>());
    out.push_back(std::make_unique<TextListEditor>());
    out.push_back(std::make_unique<MatrixEditor>(cell_editors()));
    return out;
}

bool edit_as_json(const Item& item, Var& value, std::string& buffer, std::string& error) {
    if (buffer.empty() && !value.isEmpty()) {
        std::ostringstream out;
        Poco::JSON::Stringifier::stringify(value, out, 2);
        buffer = out.str();
    }
    bool changed = false;
    if (ImGui::InputTextMultiline("##json", &buffer, ImVec2(-1, ImGui::GetTextLineHeight() * 6))) {
        error.clear();
        if (buffer.empty()) {
            value.empty();
            changed = true;
        } else {
            try {
                value = parse_json(buffer, Location{"", 0, "", item.id});
                changed = true;
            } catch (const InvalidInput& failure) {
                error = failure.what();
            }
        }
    }
    if (!error.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", error.c_str());
    return changed;
}

}  // namespace sonda::gui
