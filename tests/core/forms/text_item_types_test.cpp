#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

TEST_CASE("text: length counted in characters, not bytes", "[forms][text]") {
    Registry registry;
    const Item note =
        load_item(registry, R"({"id": "note", "type": "text", "label": "Nota", "max_length": 5})");
    CHECK(note.max_length == 5);
    CHECK(load_item(registry, R"({"id": "note", "type": "text", "label": "Nota"})").max_length ==
          2000);
    CHECK(answer_issues(registry, note, R"("città")").empty());  // 5 characters, 6 bytes
    auto issues = answer_issues(registry, note, R"("società")");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.note");
    CHECK(issues[0].reason == "is 7 characters long; at most 5 are allowed");
    CHECK(answer_issues(registry, note, "5")[0].reason == "must be a text (a string), found 5");
    CHECK(answer_issues(registry, note, R"("a\u0001b")")[0].reason ==
          "contains the control character U+0001 (SOH) at character 2; a text allows tabs and "
          "line breaks but no other control characters");
    CHECK(answer_issues(registry, note, R"("a\nb")").empty());
    CHECK(answer_issues(registry, note, R"("a\r\nb")").empty());
}

TEST_CASE("text: ESC, BEL, NUL, DEL, C1 controls and a lone CR are refused", "[forms][text]") {
    Registry registry;
    const Item note = load_item(registry, R"({"id": "note", "type": "text", "label": "Nota"})");
    for (const char* answer :
         {R"("\u001b[31mred")", R"("ding\u0007")", R"("nul\u0000")", R"("del\u007f")",
          R"("csi\u009b2J")", R"("nel\u0085")", R"("cr\rx")"}) {
        INFO(answer);
        auto issues = answer_issues(registry, note, answer);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason.find("contains the control character U+") == 0);
        // The message that reports it does not carry the character itself.
        for (const char c : issues[0].to_string())
            CHECK((static_cast<unsigned char>(c) >= 0x20 && c != 0x7f));
    }
    const Item strengths = load_item(registry, R"({"id": "s", "type": "text_list", "label": "S"})");
    CHECK(has_issue(answer_issues(registry, strengths, R"(["ok", "esc\u001b"])"), "$.answers.s[1]",
                    "control character U+001B (ESC)"));
}

TEST_CASE("text: a very long answer against the default limit", "[forms][text]") {
    Registry registry;
    const Item note = load_item(registry, R"({"id": "note", "type": "text", "label": "Nota"})");
    const std::string long_text(100000, 'x');
    auto issues = answer_issues(registry, note, "\"" + long_text + "\"");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason == "is 100000 characters long; at most 2000 are allowed");
    CHECK(answer_issues(registry, note, "\"" + std::string(2000, 'x') + "\"").empty());
}

TEST_CASE("text definitions: limits must be positive and sane", "[forms][text]") {
    Registry registry;
    auto issues = definition_issues(
        registry, R"({"id": "a", "type": "text", "label": "A", "max_length": 0})");
    CHECK(has_issue(issues, "$.items[0].max_length", "must be from 1 to 1000000, found 0"));
    issues = definition_issues(
        registry, R"({"id": "a", "type": "text_list", "label": "A", "max_entries": 2.5})");
    CHECK(has_issue(issues, "$.items[0].max_entries", "must be an integer, found a number"));
}

TEST_CASE("text_list answers: arrays of non-empty single-line texts", "[forms][text_list]") {
    Registry registry;
    const Item strengths = load_item(
        registry,
        R"({"id": "strengths", "type": "text_list", "label": {"it": "Punti di forza", "en": "Strengths"},
                       "max_entries": 3, "max_length": 20})");
    CHECK(answer_issues(registry, strengths, R"(["Referente stabile", "Protocolli"])").empty());
    CHECK(answer_issues(registry, strengths, R"([])").empty());

    auto issues = answer_issues(registry, strengths,
                                R"(["a", "", "b\nc", 7, "una frase davvero troppo lunga"])");
    CHECK(has_issue(issues, "$.answers.strengths", "has 5 entries; at most 3 are allowed"));
    CHECK(has_issue(issues, "$.answers.strengths[1]", "is empty"));
    CHECK(has_issue(issues, "$.answers.strengths[2]", "line break"));
    CHECK(has_issue(issues, "$.answers.strengths[3]", "must be a text (a string), found 7"));
    CHECK(has_issue(issues, "$.answers.strengths[4]", "30 characters long; at most 20"));
    CHECK(issues.size() == 5);
    CHECK(answer_issues(registry, strengths, R"("Referente stabile")")[0].reason ==
          "must be an array of texts, found \"Referente stabile\"");
}
