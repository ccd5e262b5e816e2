// check_form of a declarative form: every mistake an author can make in
// `scores` and `bands` is refused with the file, the JSON path and why, all
// of them at once, and the form is not loaded.
#include "declarative_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {

// The issues of a form whose only score is `score`, plus `extra` top-level keys.
std::vector<Issue> score_issues(const std::string& score, const std::string& extra = "") {
    return form_issues(declarative_form("[" + score + "]", extra));
}

const std::string kBand = R"({"id": "low", "label": {"it": "Basso", "en": "Low"}, )";

}  // namespace

TEST_CASE("[declarative] a valid declarative form loads without any plugin module",
          "[declarative]") {
    const Registry registry;
    const Form form =
        load_form_json(declarative_form("[" + score_json("s", "mean", R"(["a", "b"])") + "]"),
                       "cf.json", registry);
    CHECK(form.plugin == "declarative");
}

TEST_CASE("[declarative] scores missing, empty or not a list", "[declarative]") {
    const Registry registry;
    const std::string no_scores =
        R"({"id": "cf", "version": 1, "plugin": "declarative", "title": "T",
            "items": [{"id": "a", "type": "likert", "label": "A", "min": 1, "max": 5}]})";
    std::vector<Issue> issues =
        issues_thrown([&] { load_form_json(no_scores, "cf.json", registry); });
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores", "missing 'scores'"));
    CHECK(issues.front().where.file == "cf.json");
    CHECK(has_issue(form_issues(declarative_form("[]")), "$.scores", "lists no score"));
    CHECK(has_issue(form_issues(declarative_form("{}")), "$.scores", "must be an array"));
    CHECK(has_issue(form_issues(declarative_form("[3]")), "$.scores[0]", "must be a score"));
}

TEST_CASE("[declarative] a score's own keys: id, label, method, direction, unknown keys",
          "[declarative]") {
    std::vector<Issue> issues = form_issues(declarative_form(
        R"([{"id": "Bad Id", "label": {"it": "Solo italiano"}, "method": "median",
             "items": ["a"], "improvement": "up", "reversed": ["a"]},
            {"items": ["a"]}])"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores[0].id", "'Bad Id' is not a score id"));
    CHECK(has_issue(issues, "$.scores[0].label", "no text in 'en'"));
    CHECK(has_issue(issues, "$.scores[0].method", "unknown method 'median'; expected mean or sum"));
    CHECK(has_issue(issues, "$.scores[0].improvement",
                    "unknown direction 'up'; expected higher (more is better), lower"));
    // A misspelt key would silently score the item unreversed: refused.
    CHECK(has_issue(issues, "$.scores[0].reversed", "unknown key 'reversed' (expected id, label"));
    for (const char* key : {"id", "label", "method", "improvement"})
        CHECK(has_issue(issues, std::string("$.scores[1].") + key, "missing '"));

    issues = form_issues(declarative_form("[" + score_json("s", "mean", R"(["a"])") + ", " +
                                          score_json("s", "sum", R"(["b"])") + "]"));
    CHECK(has_issue(issues, "$.scores[1].id", "duplicate score id 's' (also at $.scores[0])"));
}

TEST_CASE("[declarative] a score's items: known, numeric, listed once", "[declarative]") {
    const std::vector<Issue> issues =
        score_issues(score_json("s", "mean", R"(["a", "ghost", "t", "a", 7])"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores[0].items[1]",
                    "unknown item 'ghost'; the form's items are: "
                    "a, b, c, d, n, m, t"));
    CHECK(has_issue(issues, "$.scores[0].items[2]",
                    "item 't' is a text item; a score is made of likert and number items"));
    CHECK(has_issue(issues, "$.scores[0].items[3]", "item 'a' is listed twice"));
    CHECK(has_issue(issues, "$.scores[0].items[4]", "must be an item id, found a number"));
    CHECK(has_issue(score_issues(score_json("s", "mean", "[]")), "$.scores[0].items",
                    "lists no item"));
}

TEST_CASE("[declarative] reversed items: in the score, with a scale", "[declarative]") {
    const std::vector<Issue> issues = score_issues(
        score_json("s", "mean", R"(["a", "m"])", R"(, "reverse": ["b", "ghost", "m", "a", "a"])"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores[0].reverse[0]",
                    "item 'b' is reversed but is not one of this score's items"));
    CHECK(has_issue(issues, "$.scores[0].reverse[1]", "unknown item 'ghost'"));
    CHECK(has_issue(issues, "$.scores[0].reverse[2]",
                    "item 'm' has no min and max: a reversed answer is min + max - answer"));
    CHECK(has_issue(issues, "$.scores[0].reverse[4]", "item 'a' is listed twice"));
    CHECK_FALSE(has_issue(issues, "$.scores[0].reverse[3]", ""));
}

TEST_CASE("[declarative] the minimum answered fits the items, a prorated sum needs one scale",
          "[declarative]") {
    std::vector<Issue> issues =
        score_issues(score_json("s", "mean", R"(["a", "b", "c"])", R"(, "min_answered": 4)"));
    CHECK(has_issue(issues, "$.scores[0].min_answered",
                    "is 4 but the score has only 3 items: it could never be computed"));
    issues = score_issues(score_json("s", "mean", R"(["a"])", R"(, "min_answered": 0)"));
    CHECK(has_issue(issues, "$.scores[0].min_answered", "must be at least 1"));
    issues = score_issues(score_json("s", "mean", R"(["a"])", R"(, "min_answered": 1.5)"));
    CHECK(has_issue(issues, "$.scores[0].min_answered", "must be an integer"));
    issues = score_issues(score_json("s", "sum", R"(["a", "d"])", R"(, "min_answered": 1)"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores[0].min_answered",
                    "is prorated (the mean of the answered items times 2), which needs every "
                    "item on one scale, and item 'd' runs 0..4 but 'a' runs 1..5"));
    // All items answered: a sum over different scales is fine.
    CHECK_NOTHROW(
        load_form_json(declarative_form("[" + score_json("s", "sum", R"(["a", "d"])") + "]"),
                       "cf.json", Registry()));
}

TEST_CASE("[declarative] a declared range holds every value the score can take", "[declarative]") {
    std::vector<Issue> issues =
        score_issues(score_json("s", "mean", R"(["a", "b"])", R"(, "min": 2, "max": 4)"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores[0].min", "is 2 but the score can be as low as 1"));
    CHECK(has_issue(issues, "$.scores[0].max", "is 4 but the score can be as high as 5"));
    issues = score_issues(score_json("s", "mean", R"(["m"])", R"(, "min": 5, "max": 5)"));
    CHECK(has_issue(issues, "$.scores[0].max", "the score's range 5..5 is empty"));
    issues = score_issues(score_json("s", "sum", R"(["a", "b"])", R"(, "max": "ten")"));
    CHECK(has_issue(issues, "$.scores[0].max", "must be a number, found a string"));
    // Wider than the items is allowed: a range for the charts.
    CHECK_NOTHROW(load_form_json(
        declarative_form("[" + score_json("s", "sum", R"(["a", "b"])", R"(, "min": 0, "max": 20)") +
                         "]"),
        "cf.json", Registry()));
}

TEST_CASE("[declarative] bands: ordered, not overlapping, inside the range, labelled",
          "[declarative]") {
    std::vector<Issue> issues = score_issues(score_json(
        "s", "mean", R"(["a", "b"])", R"(, "bands": [)" + kBand + R"("from": 0.5, "to": 3},
             {"id": "mid", "label": {"it": "Medio", "en": "Mid"}, "from": 2.5, "to": 4},
             {"id": "low", "label": {"it": "Alto", "en": "High"}, "from": 4, "to": 5.5},
             {"id": "flat", "label": "Piatto", "from": 5, "to": 5},
             {"id": "top", "label": {"it": "Cima"}, "from": 5.5, "to": 6}])"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.scores[0].bands[1].from",
                    "band 'mid' starts at 2.5, below the end of band 'low' (3): bands must be "
                    "ordered low to high without overlap"));
    CHECK(has_issue(issues, "$.scores[0].bands[2].id", "band id 'low' is used twice"));
    CHECK(has_issue(issues, "$.scores[0].bands[3]", "`from` must be below `to`"));
    CHECK(has_issue(issues, "$.scores[0].bands[4].label", "no text in 'en'"));

    issues = score_issues(score_json("s", "mean", R"(["a", "b"])",
                                     R"(, "bands": [)" + kBand + R"("from": 0.5, "to": 6}])"));
    CHECK(has_issue(issues, "$.scores[0].bands[0].from",
                    "band 'low' starts at 0.5, below the range of score 's' (1..5)"));
    CHECK(has_issue(issues, "$.scores[0].bands[0].to",
                    "band 'low' ends at 6, above the range of score 's' (1..5)"));
    issues = score_issues(
        score_json("s", "mean", R"(["m"])", R"(, "bands": [)" + kBand + R"("from": 0, "to": 1}])"));
    CHECK(has_issue(issues, "$.scores[0]", "has bands (at $.scores[0].bands) but no range"));
    CHECK(has_issue(score_issues(score_json("s", "mean", R"(["a"])", R"(, "bands": [])")),
                    "$.scores[0].bands", "lists no band"));
}

TEST_CASE("[declarative] the form's shared bands are checked against each score using them",
          "[declarative]") {
    const std::string shared = R"(, "bands": [)" + kBand + R"("from": 1, "to": 5}])";
    std::vector<Issue> issues =
        form_issues(declarative_form("[" + score_json("likert", "mean", R"(["a"])") + ", " +
                                         score_json("zero_based", "mean", R"(["d"])") + "]",
                                     shared));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.bands[0].to",
                    "band 'low' ends at 5, above the range of score 'zero_based' (0..4)"));
    CHECK_FALSE(has_issue(issues, "$.bands[0].to", "score 'likert'"));
    // Declared but used by no score: a mistake waiting to happen.
    issues = form_issues(
        declarative_form("[" +
                             score_json("s", "mean", R"(["a"])",
                                        R"(, "bands": [)" + kBand + R"("from": 1, "to": 5}])") +
                             "]",
                         shared));
    CHECK(has_issue(issues, "$.bands", "every score declares its own `bands`"));
    // [] opts one score out of the shared bands; without shared bands it is a mistake.
    CHECK_NOTHROW(load_form_json(
        declarative_form("[" + score_json("likert", "mean", R"(["a"])") + ", " +
                             score_json("zero_based", "mean", R"(["d"])", R"(, "bands": [])") + "]",
                         shared),
        "cf.json", Registry()));
}

TEST_CASE("[declarative] every issue of a form is reported at once, file and path each",
          "[declarative]") {
    const std::vector<Issue> issues = form_issues(
        declarative_form("[" + score_json("s", "mean", R"(["ghost"])") + ", " +
                         score_json("u", "sum", R"(["a"])", R"(, "min_answered": 3)") + "]"));
    INFO(all_text(issues));
    REQUIRE(issues.size() == 2);
    for (const Issue& issue : issues) CHECK(issue.where.file == "cf.json");
    CHECK(issues[0].to_string().find("cf.json: $.scores[0].items[0]: unknown item 'ghost'") == 0);
    CHECK(issues[1].where.path == "$.scores[1].min_answered");
}
