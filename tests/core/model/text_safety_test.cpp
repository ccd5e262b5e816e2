// Control characters in text fields, and messages that quote them.
#include "sonda/util/text_safety.hpp"

#include <catch2/catch.hpp>

#include "sonda/error.hpp"

using namespace sonda;

TEST_CASE("text safety: which characters each kind of field allows", "[model][text]") {
    const auto single = TextKind::SingleLine;
    const auto multi = TextKind::MultiLine;
    CHECK_FALSE(find_control_character("Società della Salute\tPistoiese", single));
    CHECK_FALSE(find_control_character("line one\nline two\r\nline three", multi));
    CHECK(find_control_character("line one\nline two", single) == std::size_t{8});
    CHECK(find_control_character("a\rb", multi) == std::size_t{1});              // a lone CR
    CHECK(find_control_character("bad \x1b[31m red", multi) == std::size_t{4});  // ESC
    CHECK(find_control_character("ring\x07", multi) == std::size_t{4});          // BEL
    CHECK(find_control_character(std::string_view("nul\0here", 8), multi) == std::size_t{3});
    CHECK(find_control_character("del\x7f", multi) == std::size_t{3});
    CHECK(find_control_character("c1 \xC2\x85 next line", multi) == std::size_t{3});  // U+0085
    CHECK(find_control_character("c1 \xC2\x9B csi", multi) == std::size_t{3});        // U+009B
    // U+00A0 (no-break space) and U+00E0 are letters and spaces, not controls.
    CHECK_FALSE(find_control_character("citt\xC3\xA0\xC2\xA0x", single));
    CHECK(*control_character_problem("caf\xC3\xA9\x1b", single) ==
          "contains the control character U+001B (ESC) at character 5; a single-line text "
          "allows no control characters, not even a line break");
}

TEST_CASE("text safety: messages escape what they quote", "[model][text]") {
    CHECK(escape_for_message("a\x1b[2Jb\x07\\") == "a\\u001B[2Jb\\u0007\\\\");
    CHECK(escape_for_message(std::string_view("n\0l", 3)) == "n\\u0000l");
    CHECK(escape_for_message("\xC2\x9B"
                             "1m\xff") == "\\u009B1m\\xFF");
    CHECK(escape_for_message("abcdef", 3) == "abc...");
    CHECK(escape_controls("one\ntwo", true) == "one\ntwo");
    CHECK(escape_controls("one\ntwo") == "one\\u000Atwo");

    const Issue issue{Location{"in\x1b.csv", 2, "$.a", "it\x07"}, "'\x1b]0;pwned\x07' is bad"};
    CHECK(issue.to_string() ==
          "in\\u001B.csv:2: $.a: item it\\u0007: "
          "'\\u001B]0;pwned\\u0007' is bad");
    const InvalidInput error({issue, Issue{Location{}, std::string("nul\0", 4)}});
    CHECK(std::string(error.what()) == issue.to_string() + "\nnul\\u0000");
    CHECK(std::string(ConflictError("id '\x1b[1m' differs").what()) == "id '\\u001B[1m' differs");
}
