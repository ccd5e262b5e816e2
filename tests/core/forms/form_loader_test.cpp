#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "forms_test_support.hpp"
#include "sonda/forms/study_loader.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
std::vector<Issue> file_issues(const Registry& registry, const std::string& relative,
                               bool require_plugin = true) {
    return issues_thrown([&] { load_form_file(data_path(relative), registry, require_plugin); });
}

struct TemporaryFolder {
    std::filesystem::path path;
    explicit TemporaryFolder(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("sonda-forms-test-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TemporaryFolder() { std::filesystem::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
        return (path / name).string();
    }
};
}  // namespace

TEST_CASE("form loader: a good form with its plugin keys", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    const std::string file = data_path("forms/good/expectations.json");
    const Form form = load_form_file(file, registry);
    CHECK(form.id == "team-expectations-test");
    CHECK(form.version == 2);
    CHECK(form.plugin == "test-instrument");
    CHECK(form.source == file);
    CHECK(form.title.get("it") == "Aspettative verso i servizi specialistici");
    CHECK(form.title.get("en") == "Expectations of the specialised services");
    CHECK(form.title.get("fr") ==
          "Expectations of the specialised services");  // falls back to English
    CHECK(form.description.get("it") == "Laboratorio del 1 dicembre 2023");
    REQUIRE(form.items.size() == 3);
    CHECK(form.items[1].required);
    CHECK_FALSE(form.items[0].required);
    CHECK(form.items[0].max_length == 200);
    CHECK(form.items[1].attribute("dimension") == "sharing");
    CHECK(form.item("expectations")->cell_type == "text_list");
    CHECK(form.item("nothing") == nullptr);
    REQUIRE(form.definition);
    CHECK(form.definition->getArray("services")->size() == 2);  // a plugin's top-level key is kept
}

TEST_CASE("form loader: a byte order mark is ignored", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    CHECK(load_form_file(data_path("forms/good/with_bom.json"), registry).id == "with-bom");
}

TEST_CASE("form loader: every issue of a bad form, with file and JSON path", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    const std::string file = data_path("forms/bad/many_issues.json");
    const auto issues = file_issues(registry, "forms/bad/many_issues.json");
    INFO(all_text(issues));
    for (const Issue& issue : issues) CHECK(issue.where.file == file);
    CHECK(has_issue(issues, "$.id", "'Bad Form' is not a valid form id"));
    CHECK(has_issue(issues, "$.version", "must be a whole number from 1 to 1000000, found 0"));
    CHECK(has_issue(issues, "$.title.xx-", "'xx-' is not a language code"));
    CHECK(has_issue(issues, "$.title", "no text in 'en' (the file declares languages it, en)"));
    CHECK(has_issue(issues, "$.items[0].label", "no text in 'en'"));
    CHECK(has_issue(issues, "$.items[1].id", "duplicate item id 'sharing_1' (also at $.items[0])"));
    CHECK(has_issue(issues, "$.items[2].id", "'Bad-Id' is not a valid item id"));
    CHECK(has_issue(issues, "$.items[3].max", "max (1) must be greater than min (5)"));
    CHECK(has_issue(issues, "$.items[4].label", "missing 'label'"));
    CHECK(has_issue(issues, "$.items[5].type",
                    "unknown item type 'slider'; known types: choice, likert, matrix, number, "
                    "text, text_list"));
    CHECK(has_issue(issues, "$.items[6]", "must be an object"));
    CHECK(has_issue(issues, "$.items[7].required", "must be true or false, found a string"));
    CHECK(issues.size() == 12);
}

TEST_CASE("form loader: unreadable documents", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    SECTION("invalid UTF-8 (a Latin-1 file)") {
        auto issues = file_issues(registry, "forms/bad/invalid_utf8.json");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.file == data_path("forms/bad/invalid_utf8.json"));
        CHECK(issues[0].reason == "invalid UTF-8 at byte 48 (save the file as UTF-8)");
    }
    SECTION("malformed JSON") {
        auto issues = file_issues(registry, "forms/bad/malformed.json");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason.find("malformed JSON") == 0);
    }
    SECTION("not an object") {
        auto issues = file_issues(registry, "forms/bad/array.json");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason == "expected a JSON object, found an array");
    }
    SECTION("nested deeper than the limit") {
        auto issues = file_issues(registry, "forms/bad/too_deep.json");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason.find("malformed JSON") == 0);
    }
    SECTION("missing file and folder") {
        auto issues = file_issues(registry, "forms/no_such_form.json");
        CHECK(issues[0].reason == "cannot read the form file: the file does not exist");
        issues = file_issues(registry, "forms/good");
        CHECK(issues[0].reason == "cannot read the form file: this is a folder, not a file");
    }
    SECTION("empty text") {
        auto issues = issues_thrown([&] { load_form_json("", "empty.json", registry); });
        CHECK(issues[0].where.file == "empty.json");
    }
}

TEST_CASE("form loader: the plugin must be loaded unless told otherwise", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    auto issues = file_issues(registry, "forms/bad/unknown_plugin.json");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.plugin");
    CHECK(issues[0].reason ==
          "the instrument 'no-such-instrument' is not loaded; loaded instruments: declarative, "
          "test-instrument (see `sonda plugins`)");
    CHECK(load_form_file(data_path("forms/bad/unknown_plugin.json"), registry, false).plugin ==
          "no-such-instrument");

    // A stored form whose plugin (and its item types) is missing still loads, unchecked.
    const Form stored = load_form_json(
        R"({"id": "map", "version": 1, "title": "Mappa", "plugin": "network-dimensions",
        "items": [{"id": "map", "type": "network_map", "label": "Mappa", "rings": 4}]})",
        "db", registry, false);
    CHECK(stored.items[0].type == "network_map");
    auto strict = issues_thrown([&] {
        load_form_json(R"({"id": "map", "version": 1, "title": "Mappa", "plugin": "test-instrument",
            "items": [{"id": "map", "type": "network_map", "label": "Mappa"}]})",
                       "map.json", registry);
    });
    REQUIRE(strict.size() == 1);
    CHECK(strict[0].where.path == "$.items[0].type");
    CHECK(strict[0].reason.find("a plugin's type needs that plugin loaded") != std::string::npos);
}

TEST_CASE("form loader: the instrument checks its own keys", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    auto issues = file_issues(registry, "forms/bad/instrument_rejects.json");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.file == data_path("forms/bad/instrument_rejects.json"));
    CHECK(issues[0].where.path == "$.items[0].dimension");
    CHECK(issues[0].reason == "unknown dimension 'happiness'");
}

TEST_CASE("form loader: generic keys of the form", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    auto issues = issues_thrown([&] { load_form_json(R"({"items": {}})", "f.json", registry); });
    CHECK(has_issue(issues, "$.id", "missing 'id'"));
    CHECK(has_issue(issues, "$.version", "missing 'version'"));
    CHECK(has_issue(issues, "$.title", "missing 'title'"));
    CHECK(has_issue(issues, "$.plugin", "missing 'plugin'"));
    CHECK(has_issue(issues, "$.items", "must be an array, found an object"));
    CHECK(issues.size() == 5);

    issues = issues_thrown([&] {
        load_form_json(
            R"({"id": "x", "version": "1", "title": "", "plugin": "test-instrument", "items": [],
                           "languages": ["it", "it", "Italian"]})",
            "f.json", registry);
    });
    CHECK(has_issue(issues, "$.version", "must be an integer, found a string"));
    CHECK(has_issue(issues, "$.title", "must not be empty"));
    CHECK(has_issue(issues, "$.items", "must list at least one item"));
    CHECK(has_issue(issues, "$.languages[1]", "'it' is listed twice"));
    CHECK(has_issue(issues, "$.languages[2]", "must be a language code"));
}

TEST_CASE("form loader: non-ASCII text and very long fields", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    const Form form =
        load_form_json(R"({"id": "pistoia", "version": 1, "title": "Società della Salute Pistoiese",
        "plugin": "test-instrument", "items": [{"id": "a", "type": "text", "label": "Perché? «Così» — ok"}]})",
                       "f.json", registry);
    CHECK(form.title.get("it") == "Società della Salute Pistoiese");
    CHECK(form.items[0].label.get("en") == "Perché? «Così» — ok");

    const std::string long_id(65, 'a');
    auto issues = issues_thrown([&] {
        load_form_json(R"({"id": "f", "version": 1, "title": "T", "plugin": "test-instrument",
            "items": [{"id": ")" +
                           long_id + R"(", "type": "text", "label": "A"}]})",
                       "f.json", registry);
    });
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.items[0].id");
    CHECK(issues[0].reason.find("(at most 64)") != std::string::npos);

    const std::string long_label(1 << 20, 'x');  // a megabyte of label still loads
    CHECK(load_form_json(
              form_with_items(R"({"id": "a", "type": "text", "label": ")" + long_label + "\"}"),
              "f.json", registry, false)
              .items[0]
              .label.get("it")
              .size() == long_label.size());

    TemporaryFolder folder("huge");
    const std::string huge = folder.write("huge.json", std::string(17 * 1024 * 1024, ' '));
    issues = issues_thrown([&] { load_form_file(huge, registry); });
    CHECK(issues[0].reason.find("at most 16777216 are accepted") != std::string::npos);
}

TEST_CASE("form loader: a folder loads whole or not at all", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    const auto forms = load_form_directory(data_path("forms/good"), registry);
    REQUIRE(forms.size() == 2);
    CHECK(forms[0].id == "team-expectations-test");  // expectations.json sorts before with_bom.json
    CHECK(forms[1].id == "with-bom");

    auto issues = issues_thrown([&] { load_form_directory(data_path("forms/bad"), registry); });
    std::set<std::string> files;
    for (const Issue& issue : issues)
        files.insert(std::filesystem::path(issue.where.file).filename().string());
    CHECK(files == std::set<std::string>{"array.json", "instrument_rejects.json",
                                         "invalid_utf8.json", "malformed.json", "many_issues.json",
                                         "too_deep.json", "unknown_plugin.json"});

    TemporaryFolder folder("duplicates");
    const std::string text =
        R"({"id": "dup", "version": 1, "title": "T", "plugin": "test-instrument",
        "items": [{"id": "a", "type": "text", "label": "A"}]})";
    folder.write("a.json", text);
    const std::string second = folder.write("b.json", text);
    folder.write("notes.txt", "not a form");
    issues = issues_thrown([&] { load_form_directory(folder.path.string(), registry); });
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.file == second);
    CHECK(issues[0].reason.find("form 'dup' version 1 is also defined in") == 0);

    issues = issues_thrown([&] { load_form_directory(data_path("forms/none"), registry); });
    CHECK(issues[0].reason == "not a folder of form files");
}

TEST_CASE("form loader: reads stop at the size limit, FIFOs in a folder are skipped",
          "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    SECTION("a device that never ends is refused at the limit, not read to the end") {
        auto issues = issues_thrown([&] { load_form_file("/dev/zero", registry); });
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.file == "/dev/zero");
        CHECK(issues[0].reason ==
              "the form file is more than 16777216 bytes long; at most 16777216 are accepted");
    }
    TemporaryFolder folder("fifo");
    folder.write("a.json", R"({"id": "a", "version": 1, "title": "T", "plugin": "test-instrument",
        "items": [{"id": "q", "type": "text", "label": "Q"}]})");
    const std::string fifo = (folder.path / "b.json").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    SECTION("a FIFO with no writer named as a file does not hang") {
        auto issues = issues_thrown([&] { load_form_file(fifo, registry); });
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason.find("malformed JSON") == 0);
    }
    SECTION("a FIFO named *.json in a folder is skipped with a warning") {
        std::vector<Issue> skipped;
        const auto forms = load_form_directory(folder.path.string(), registry, &skipped);
        REQUIRE(forms.size() == 1);
        CHECK(forms[0].id == "a");
        REQUIRE(skipped.size() == 1);
        CHECK(skipped[0].where.file == fifo);
        CHECK(skipped[0].reason.find("not a regular file") != std::string::npos);
    }
}

TEST_CASE("form loader: a version past 64 bits is refused, not read as a small one",
          "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    // 2^64+1 was read as version 1.
    auto issues = issues_thrown([&] {
        load_form_json(R"({"id": "f", "version": 18446744073709551617, "title": "T",
            "plugin": "test-instrument", "items": [{"id": "a", "type": "text", "label": "A"}]})",
                       "f.json", registry);
    });
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.file == "f.json");
    CHECK(issues[0].reason.find("number 18446744073709551617 at $.version is out of range") == 0);
    issues = issues_thrown([&] {
        load_form_json(R"({"id": "f", "version": 4294967297, "title": "T",
            "plugin": "test-instrument", "items": [{"id": "a", "type": "text", "label": "A"}]})",
                       "f.json", registry);
    });
    CHECK(has_issue(issues, "$.version", "found 4294967297"));
}

TEST_CASE("form loader: the forms path comes from SONDA_FORMS_PATH", "[forms][loader]") {
    const char* saved = std::getenv("SONDA_FORMS_PATH");
    const std::string previous = saved ? saved : "";
    ::setenv("SONDA_FORMS_PATH", "/a/forms::/b/forms", 1);
    CHECK(default_form_path() == std::vector<std::string>{"/a/forms", "/b/forms"});
    ::unsetenv("SONDA_FORMS_PATH");
    // Else the installation's share/sonda/forms beside libsonda_core: in the
    // build tree a link to the source's forms/, never a path compiled in.
    const std::vector<std::string> installed = default_form_path();
    REQUIRE(installed.size() == 1);
    CHECK(installed[0] == std::string(SONDA_BINARY_DIR) + "/share/sonda/forms");
    CHECK(std::filesystem::equivalent(installed[0], std::string(SONDA_SOURCE_DIR) + "/forms"));
    if (saved) ::setenv("SONDA_FORMS_PATH", previous.c_str(), 1);
}

namespace {

// A choice and a matrix whose lists are the study's services.
const char* kServiceForm = R"({"id": "contacts", "version": 1, "title": "Contatti",
    "plugin": "test-instrument", "items": [
      {"id": "first", "type": "choice", "label": "Primo servizio", "choices": "$study.services"},
      {"id": "grid", "type": "matrix", "label": "Griglia", "rows": "$study.services",
       "columns": [{"value": "often", "label": "Spesso"}], "cell_type": "number"}]})";

Study study_with_services(const std::string& services) {
    return load_study_json(R"({"id": "s", "title": "S", "languages": ["it", "en"],
        "territories": [{"id": "t", "name": "T"}], "roles": [{"id": "r", "name": "R"}],
        "waves": [{"id": "w", "date": "2024-01-01", "label": "W"}], "services": )" +
                               services + "}",
                           "study.json");
}

}  // namespace

TEST_CASE("form loader: a list taken from the study is the study's services", "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    const Study study = study_with_services(
        R"([{"id": "counselling", "name": {"it": "Consultorio", "en": "Counselling"}},
            {"id": "serd", "name": {"it": "SerD", "en": "Addiction service"}}])");
    const Form form = load_form_json(kServiceForm, "contacts.json", registry, true, &study);
    REQUIRE(form.items[0].choices.size() == 2);
    CHECK(form.items[0].choices[0].value == "counselling");
    CHECK(form.items[0].choices[0].label.get("it") == "Consultorio");
    CHECK(form.items[0].choices[1].label.get("en") == "Addiction service");
    REQUIRE(form.items[1].rows.size() == 2);
    CHECK(form.items[1].rows[1].value == "serd");

    // Without the study, or with a study that declares none, it says so where.
    const auto without =
        issues_thrown([&] { load_form_json(kServiceForm, "contacts.json", registry); });
    REQUIRE(without.size() == 2);
    CHECK(without[0].where.path == "$.items[0].choices");
    CHECK(without[1].where.path == "$.items[1].rows");
    CHECK(without[0].reason.find("known only with the study: check it with --study FILE") !=
          std::string::npos);
    const Study empty = study_with_services("[]");
    const auto none = issues_thrown(
        [&] { load_form_json(kServiceForm, "contacts.json", registry, true, &empty); });
    REQUIRE(none.size() == 2);
    CHECK(none[0].reason.find("study 's' declares none") != std::string::npos);
    // Any other text is the item type's to judge, as before.
    const auto typo = issues_thrown([&] {
        load_form_json(R"({"id": "c", "version": 1, "title": "C", "plugin": "test-instrument",
            "items": [{"id": "a", "type": "choice", "label": "A", "choices": "$study.service"}]})",
                       "c.json", registry, true, &study);
    });
    REQUIRE_FALSE(typo.empty());
    CHECK(typo[0].where.path.rfind("$.items[0].choices", 0) == 0);
}

// Issue 12: a network map asks for the study's services among actors of its
// own, so the reference may stand as one element of a list.
TEST_CASE("form loader: the study's services in their place in a list of the form's own",
          "[forms][loader]") {
    Registry registry;
    add_test_instrument(registry);
    const Study study = study_with_services(
        R"([{"id": "counselling", "name": {"it": "Consultorio", "en": "Counselling"}},
            {"id": "serd", "name": "SerD"}])");
    const std::string form_text =
        R"({"id": "c", "version": 1, "title": "C", "plugin": "test-instrument", "items": [
            {"id": "who", "type": "choice", "label": "Chi", "choices": [
                {"value": "oss", "label": "Sportello"}, "$study.services",
                {"value": "asl", "label": "ASL"}]}]})";
    const Form form = load_form_json(form_text, "c.json", registry, true, &study);
    std::vector<std::string> values;
    for (const Choice& choice : form.items[0].choices) values.push_back(choice.value);
    CHECK(values == std::vector<std::string>{"oss", "counselling", "serd", "asl"});

    // A service the list writes out too is said at the reference, naming both.
    const Study overlapping = study_with_services(R"([{"id": "asl", "name": "ASL"}])");
    const auto twice =
        issues_thrown([&] { load_form_json(form_text, "c.json", registry, true, &overlapping); });
    REQUIRE(twice.size() == 1);
    CHECK(twice[0].where.path == "$.items[0].choices[1]");
    CHECK(twice[0].reason ==
          "the study's services include 'asl', which this list also writes out at "
          "$.items[0].choices[2]: remove one of the two");

    // Shown without a study: one placeholder entry, the instrument's checks not run.
    const Form shown =
        load_form_json(form_text, "c.json", registry, true, nullptr, WithoutStudy::Placeholder);
    values.clear();
    for (const Choice& choice : shown.items[0].choices) values.push_back(choice.value);
    CHECK(values == std::vector<std::string>{"oss", "study_services", "asl"});
    CHECK(shown.items[0].choices[1].label.get("it") == "(i servizi dello studio)");
}
