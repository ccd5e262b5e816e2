#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

TEST_CASE("localized text: a plain string serves every language", "[forms][localized]") {
    Registry registry;
    const Item item =
        load_item(registry, R"({"id": "a", "type": "text", "label": "Società della Salute"})");
    CHECK(item.label.get("it") == "Società della Salute");
    CHECK(item.label.get("en") == "Società della Salute");
    CHECK(item.label.get("de") == "Società della Salute");
}

TEST_CASE("localized text: the asked language, else English, else Italian, else the first",
          "[forms][localized]") {
    Registry registry;
    const Item both = load_item(
        registry,
        R"({"id": "a", "type": "text", "label": {"it": "Condivisione", "en": "Sharing"}})");
    CHECK(both.label.get("it") == "Condivisione");
    CHECK(both.label.get("en") == "Sharing");
    CHECK(both.label.get("fr") == "Sharing");
    const Item italian =
        load_item(registry, R"({"id": "a", "type": "text", "label": {"it": "Integrazione"}})");
    CHECK(italian.label.get("en") == "Integrazione");
    const Item other = load_item(
        registry, R"({"id": "a", "type": "text", "label": {"fr": "Partage", "de": "Teilen"}})");
    CHECK(other.label.get("it") == "Teilen");  // the first in key order
    CHECK(other.label.get("fr") == "Partage");
    const Item region =
        load_item(registry, R"({"id": "a", "type": "text", "label": {"pt-BR": "Compartilhar"}})");
    CHECK(region.label.get("pt-BR") == "Compartilhar");
}

TEST_CASE("localized text: bad shapes are located", "[forms][localized]") {
    Registry registry;
    auto issues = definition_issues(registry, R"({"id": "a", "type": "text", "label": {}})");
    CHECK(has_issue(issues, "$.items[0].label", "at least one language"));
    issues = definition_issues(
        registry, R"({"id": "a", "type": "text", "label": {"it": 3, "EN": "x", "en": "  "}})");
    CHECK(has_issue(issues, "$.items[0].label.it", "must be a string, found a number"));
    CHECK(has_issue(issues, "$.items[0].label.EN", "'EN' is not a language code"));
    CHECK(has_issue(issues, "$.items[0].label.en", "must not be empty"));
    issues = definition_issues(registry, R"({"id": "a", "type": "text", "label": ["it", "en"]})");
    CHECK(
        has_issue(issues, "$.items[0].label", "must be a text or an object of texts by language"));
    issues = definition_issues(registry,
                               R"({"id": "a", "type": "text", "label": {"it": "x", "it ": "y"}})");
    CHECK(has_issue(issues, "$.items[0].label[\"it \"]", "not a language code"));
}
