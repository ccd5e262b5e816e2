// The objective_list editor in a headless ImGui: a click on "+ objective"
// adds an objective, what the item type finds wrong is what the editor shows,
// and it is exactly what an import of the same answer reports.
#include "objective_list_editor.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>

#include "demo_project.hpp"
#include "headless_imgui.hpp"
#include "objectives_monitoring/messages.hpp"

using namespace sonda;
using namespace sonda::objectives::panels;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

// The plugin's words, as the module adds them when it registers: the item
// type's checks word their messages from the catalogue.
const bool kWords = (objectives::add_messages(), true);

Item objectives_item() {
    Item item;
    item.id = "objectives";
    item.type = "objective_list";
    item.max_entries = 30;
    item.max_length = 1000;
    return item;
}

Object::Ptr first(const Poco::Dynamic::Var& value) {
    return value.extract<Array::Ptr>()->getObject(0);
}

bool mentions(const std::vector<std::string>& reasons, const std::string& text) {
    for (const std::string& reason : reasons)
        if (reason.find(text) != std::string::npos) return true;
    return false;
}

// Draws the editor once per frame; a click is a press and a release on the
// centre of the last widget the editor drew.
struct EditorHarness {
    test::HeadlessImGui imgui{1280, 800};
    Study study;
    ObjectiveListEditor editor;
    Item item = objectives_item();
    ImVec2 last_min, last_max;

    bool frame(Poco::Dynamic::Var& value) {
        bool changed = false;
        imgui.frame([&] {
            changed = editor.edit(item, value, gui::EditContext{study, "en"});
            last_min = ImGui::GetItemRectMin();
            last_max = ImGui::GetItemRectMax();
        });
        return changed;
    }
    bool click_last(Poco::Dynamic::Var& value) {
        frame(value);
        imgui.move_mouse((last_min.x + last_max.x) / 2, (last_min.y + last_max.y) / 2);
        bool changed = frame(value);
        ImGui::GetIO().MouseDown[0] = true;
        changed |= frame(value);
        ImGui::GetIO().MouseDown[0] = false;
        changed |= frame(value);
        return changed;
    }
};

}  // namespace

TEST_CASE("[objectives_panels] clicking + objective adds one the validation still asks about",
          "[objectives_panels]") {
    EditorHarness harness;
    Poco::Dynamic::Var value;  // unanswered
    CHECK_FALSE(harness.frame(value));
    CHECK(value.isEmpty());

    REQUIRE(harness.click_last(value));
    REQUIRE(value.type() == typeid(Array::Ptr));
    REQUIRE(value.extract<Array::Ptr>()->size() == 1);
    Object::Ptr added = first(value);
    CHECK(added->getValue<std::string>("id") == "objective-1");
    CHECK(added->getValue<std::string>("status") == "planned");

    // Title and owner are blank: the item type says so, about objective [0].
    auto issues = issues_by_objective(objective_list_issues(harness.item, value), "objectives");
    REQUIRE(issues.count(0));
    CHECK(mentions(issues[0], "'title' is empty"));
    CHECK(mentions(issues[0], "'owner' is empty"));

    // A second click: a second objective with its own id.
    REQUIRE(harness.click_last(value));
    REQUIRE(value.extract<Array::Ptr>()->size() == 2);
    CHECK(value.extract<Array::Ptr>()->getObject(1)->getValue<std::string>("id") == "objective-2");

    // Filled in as the paper says, the answer is valid.
    for (unsigned i = 0; i < 2; ++i) {
        Object::Ptr objective = value.extract<Array::Ptr>()->getObject(i);
        objective->set("title", "Shared training on the case management tools");
        objective->set("owner", "social_service");
    }
    CHECK(objective_list_issues(harness.item, value).empty());
    CHECK(harness.frame(value) == false);  // drawing a valid list changes nothing
}

TEST_CASE("[objectives_panels] new ids never collide with the ones already typed",
          "[objectives_panels]") {
    Array list;
    Object::Ptr taken = new Object;
    taken->set("id", "objective-2");
    list.add(taken);
    CHECK(new_objective(list)->getValue<std::string>("id") == "objective-3");
    Object::Ptr also = new Object;
    also->set("id", "objective-3");
    list.add(also);
    CHECK(new_objective(list)->getValue<std::string>("id") == "objective-4");
}

TEST_CASE("[objectives_panels] the editor shows exactly what an import of the answer reports",
          "[objectives_panels]") {
    test::DemoProject demo;
    const Form& form = demo.project->form("objectives-monitoring");
    const Item* item = form.item("objectives");
    REQUIRE(item);

    Array::Ptr list = new Array;
    Object::Ptr fine = new_objective(*list);
    fine->set("title", "Formalising relations between institutions");
    fine->set("owner", "social_service");
    list->add(fine);
    Object::Ptr wrong = new_objective(*list);
    wrong->set("id", fine->getValue<std::string>("id"));  // duplicate id
    wrong->set("title", "Interoperable records");
    wrong->set("owner", "health_service");
    wrong->set("status", "achieved");  // but progress 0
    wrong->set("target_date", "2024-02-30");
    list->add(wrong);
    const Poco::Dynamic::Var value(list);

    const std::vector<Issue> shown = objective_list_issues(*item, value);
    const auto by_objective = issues_by_objective(shown, item->id);
    CHECK_FALSE(by_objective.count(0));
    REQUIRE(by_objective.count(1));
    CHECK(mentions(by_objective.at(1), "duplicate id"));
    CHECK(mentions(by_objective.at(1), "status achieved with progress 0"));
    CHECK(mentions(by_objective.at(1), "not a date"));

    // The same answer through the import path (Project::prepare).
    Response response;
    response.id = "editor-check";
    response.form = form.id;
    response.form_version = form.version;
    response.wave = demo.project->study().waves.back().id;
    response.territory = demo.project->study().territories.front().id;
    response.role = demo.project->study().roles.front().id;
    response.respondent = "PT-team";
    response.answers = new Object;
    response.answers->set(item->id, value);
    std::vector<std::string> imported;
    try {
        demo.project->prepare(response);
        FAIL("an answer with these mistakes was accepted");
    } catch (const InvalidInput& error) {
        for (const Issue& issue : error.issues()) imported.push_back(issue.reason);
    }
    for (const Issue& issue : shown) {
        INFO(issue.reason);
        CHECK(std::find(imported.begin(), imported.end(), issue.reason) != imported.end());
    }

    // Drawn: the editor reports no change of its own on a frame without input.
    test::HeadlessImGui imgui;
    ObjectiveListEditor editor;
    Poco::Dynamic::Var drawn = value;
    bool changed = true;
    const int vertices = imgui.frame([&] {
        changed = editor.edit(*item, drawn, gui::EditContext{demo.project->study(), "it", &form});
    });
    CHECK_FALSE(changed);
    CHECK(vertices > 500);
}

TEST_CASE("[objectives_panels] an answer that is not a list is not guessed at",
          "[objectives_panels]") {
    EditorHarness harness;
    Poco::Dynamic::Var value = std::string("interop, training");
    CHECK_FALSE(harness.frame(value));
    CHECK(value.isString());  // left as it is until the user starts a new list
    REQUIRE(harness.click_last(value));
    REQUIRE(value.type() == typeid(Array::Ptr));
    CHECK(value.extract<Array::Ptr>()->size() == 0);
    CHECK_FALSE(objective_list_issues(harness.item, std::string("x")).empty());
}
