// The store against a real database: a fresh SQLite file or a fresh
// PostgreSQL schema per test, chosen by SONDA_TEST_BACKEND (the suite is
// registered once per backend in suite.cmake).
#include "sonda/store/store.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <thread>

#include "sonda/access/audit_log.hpp"
#include "sonda/error.hpp"
#include "sonda/util/json.hpp"

using namespace sonda;
namespace fs = std::filesystem;

namespace {

std::string random_suffix() {
    static std::mt19937_64 generator{std::random_device{}()};
    static const char* digits = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < 12; ++i) text += digits[generator() % 16];
    return text;
}

std::string backend_under_test() {
    const char* backend = std::getenv("SONDA_TEST_BACKEND");
    return backend ? backend : "sqlite";
}

// SOCI 4.0.3 cannot take a postgresql:// URL (the store converts it); the
// test's own admin connection converts the simple URL script/postgres prints.
std::string libpq_keywords(const std::string& url, const std::string& schema = {}) {
    static const std::regex pattern(
        R"(postgres(?:ql)?://([^:@/]+)(?::([^@/]*))?@([^:/]+)(?::(\d+))?/([^?]+).*)");
    std::smatch parts;
    if (!std::regex_match(url, parts, pattern))
        FAIL("SONDA_TEST_POSTGRES_URL must look like postgresql://user@host:port/database, not "
             << url);
    std::string keywords =
        "user=" + parts[1].str() + " host=" + parts[3].str() + " dbname=" + parts[5].str();
    if (parts[2].matched) keywords += " password=" + parts[2].str();
    if (parts[4].matched) keywords += " port=" + parts[4].str();
    if (!schema.empty()) keywords += " options=-csearch_path=" + schema;
    return keywords;
}

// A fresh, empty database for one test, removed afterwards.
class TestDatabase {
  public:
    TestDatabase() {
        if (backend_under_test() == "postgresql") {
            const char* url = std::getenv("SONDA_TEST_POSTGRES_URL");
            if (!url || !*url)
                FAIL(
                    "SONDA_TEST_POSTGRES_URL is not set: run the PostgreSQL store tests through "
                    "script/test, "
                    "or start a server with `script/postgres start DIR` and export the URL it "
                    "prints");
            m_admin_url = url;
            m_schema = "t_" + random_suffix();  // generated name: safe in SQL text
            soci::session admin(*soci::factory_postgresql(), libpq_keywords(m_admin_url));
            admin << "CREATE SCHEMA " + m_schema;
            m_target = m_admin_url + (m_admin_url.find('?') == std::string::npos ? "?" : "&") +
                       "options=-csearch_path%3D" + m_schema;
        } else {
            m_dir = fs::temp_directory_path() / ("sonda-store-test-" + random_suffix());
            fs::create_directories(m_dir);
            m_target = (m_dir / "study.db").string();
        }
    }
    ~TestDatabase() {
        try {
            if (!m_schema.empty()) {
                soci::session admin(*soci::factory_postgresql(), libpq_keywords(m_admin_url));
                admin << "SET client_min_messages TO WARNING";
                admin << "DROP SCHEMA " + m_schema + " CASCADE";
            }
            if (!m_dir.empty()) fs::remove_all(m_dir);
        } catch (const std::exception& error) {
            WARN("could not remove the test database: " << error.what());
        }
    }
    const std::string& target() const { return m_target; }
    std::unique_ptr<Store> open() const { return Store::open(m_target); }

    // Raw access for the few tests that must tamper with the database the way
    // a newer sonda would.
    std::unique_ptr<soci::session> raw() const {
        if (!m_schema.empty())
            return std::make_unique<soci::session>(*soci::factory_postgresql(),
                                                   libpq_keywords(m_admin_url, m_schema));
        return std::make_unique<soci::session>(*soci::factory_sqlite3(), m_target);
    }

  private:
    std::string m_target, m_admin_url, m_schema;
    fs::path m_dir;
};

LocalizedText names(const std::string& it, const std::string& en) {
    LocalizedText text;
    text.set("it", it);
    text.set("en", en);
    return text;
}

Study demo_study() {
    Study study;
    study.id = "cop-toscana";
    study.title = names("Comunità di pratica", "Community of practice");
    study.territories = {
        {"pistoia", names("Società della Salute Pistoiese", "Pistoia Health Society")},
        {"valdinievole", names("Società della Salute della Valdinievole", "Valdinievole")}};
    study.roles = {{"social_service", names("Servizio sociale", "Social service")},
                   {"employment_centre", names("Centro per l'impiego", "Employment centre")}};
    study.services = {{"counselling", names("Consultorio", "Counselling")},
                      {"addiction", names("SerD", "Addiction service")}};
    // Ids whose alphabetical order is the opposite of the wave order.
    study.waves = {{"w_dec", "2023-12-01", 1, names("Primo laboratorio", "First workshop")},
                   {"a_mar", "2024-03-05", 2, names("Secondo laboratorio", "Second workshop")}};
    return study;
}

FormRecord network_form(int version = 1) {
    return FormRecord{
        "network", version, "network_dimensions",
        R"({"id":"network","version":)" + std::to_string(version) + R"(,"items":[]})"};
}

StoredResponse make_response(const std::string& id, const std::string& wave,
                             const std::string& territory, const std::string& role,
                             const std::string& respondent,
                             const std::string& answers = R"({"q1":3})",
                             std::vector<Score> scores = {{"sharing", 3.0},
                                                          {"integration", std::nullopt}}) {
    StoredResponse stored;
    stored.response.id = id;
    stored.response.form = "network";
    stored.response.form_version = 1;
    stored.response.wave = wave;
    stored.response.territory = territory;
    stored.response.role = role;
    stored.response.respondent = respondent;
    stored.response.answers = parse_json_object(answers, Location{});
    stored.canonical_json = stored.response.to_canonical_json();
    stored.scores = std::move(scores);
    return stored;
}

std::unique_ptr<Store> ready_store(const TestDatabase& database) {
    auto store = database.open();
    store->save_study(demo_study());
    store->save_form(network_form());
    return store;
}

ResponseFilter network_filter() {
    ResponseFilter filter;
    filter.form = "network";
    return filter;
}

std::vector<std::string> ids_of(Store& store, const ResponseFilter& filter) {
    std::vector<std::string> ids;
    store.for_each_response(
        filter, [&](const StoredResponse& stored) { ids.push_back(stored.response.id); });
    return ids;
}

template <typename Error, typename Work>
std::string message_of(Work&& work) {
    try {
        work();
    } catch (const Error& error) {
        return error.what();
    }
    FAIL("the expected error was not thrown");
    return {};
}

std::string all_issues(const InvalidInput& error) {
    std::string text;
    for (const Issue& issue : error.issues()) text += issue.to_string() + "\n";
    return text;
}

// What versions 6 and 7 add, which an upgrade from an older version makes again.
void drop_versions_6_and_7(soci::session& raw) {
    for (const char* table : {"principal_scopes", "principals", "audit_log", "access_settings"})
        raw << std::string("DROP TABLE ") + table;
    raw << "ALTER TABLE study DROP COLUMN respondent_code";
}

// score_sets as an older version created it (`with_items`: version 4's item
// columns), keeping the rows. SQLite cannot drop a column that has a foreign
// key, so the table is rebuilt.
void rebuild_score_sets(const TestDatabase& database, bool with_items) {
    const bool sqlite = backend_under_test() == "sqlite";
    const std::string key = sqlite ? "TEXT" : "TEXT COLLATE \"C\"";
    const std::string items = with_items ? ", item_layout, items" : "";
    auto raw = database.raw();
    *raw << "CREATE TABLE score_sets_old (form " + key + " NOT NULL, wave " + key +
                " NOT NULL, territory " + key + " NOT NULL, respondent " + key +
                " NOT NULL, response_id " + key +
                " NOT NULL REFERENCES responses (id) ON DELETE CASCADE, form_version INTEGER NOT "
                "NULL, role " +
                key +
                " NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0, layout BIGINT NOT NULL "
                "REFERENCES score_layouts (id), vals TEXT NOT NULL, " +
                (with_items ? "item_layout BIGINT REFERENCES item_layouts (id), items TEXT, "
                            : "") +
                "PRIMARY KEY (form, wave, territory, respondent, response_id))" +
                (sqlite ? " WITHOUT ROWID" : "");
    *raw << "INSERT INTO score_sets_old SELECT form, wave, territory, respondent, response_id, "
            "form_version, role, withdrawn, layout, vals" +
                items + " FROM score_sets";
    *raw << "DROP TABLE score_sets";
    *raw << "DROP TABLE scorers";
    drop_versions_6_and_7(*raw);
    if (!with_items) *raw << "DROP TABLE item_layouts";
    *raw << "ALTER TABLE score_sets_old RENAME TO score_sets";
    *raw << "CREATE UNIQUE INDEX score_sets_response ON score_sets (response_id)";
    *raw << "UPDATE schema_version SET version = " + std::string(with_items ? "4" : "3");
}

// Back to the schema of version 3 (score sets without item answers or
// scorer), as an older sonda left it; the data stays.
void back_to_version_3(const TestDatabase& database) { rebuild_score_sets(database, false); }
// Back to version 4: score sets with item answers but no scorer.
void back_to_version_4(const TestDatabase& database) { rebuild_score_sets(database, true); }

// What scan_scores delivered for one response, ids and items asked for.
struct Scanned {
    std::string id, wave, territory, respondent;
    std::map<std::string, double> items;  // every item of the dictionary, NaN included
};

std::vector<Scanned> scan_with_items(Store& store, ResponseFilter filter,
                                     std::size_t* batches = nullptr) {
    filter.scan_ids = true;
    filter.scan_items = true;
    ScoreDictionaries dictionaries;
    std::vector<Scanned> rows;
    store.scan_scores(filter, dictionaries, [&](const ScoreBatch& batch) {
        REQUIRE(batch.ids.size() == batch.size);
        REQUIRE(batch.item_width == dictionaries.items.size());
        REQUIRE(batch.items.size() == batch.size * batch.item_width);
        for (std::size_t i = 0; i < batch.size; ++i) {
            Scanned row;
            row.id = batch.ids[i];
            row.wave = dictionaries.waves[static_cast<std::size_t>(batch.wave[i])];
            row.territory = dictionaries.territories[static_cast<std::size_t>(batch.territory[i])];
            row.respondent =
                dictionaries.respondents[static_cast<std::size_t>(batch.respondent[i])];
            for (std::size_t k = 0; k < batch.item_width; ++k)
                row.items[dictionaries.items[k]] = batch.items[i * batch.item_width + k];
            rows.push_back(std::move(row));
        }
        if (batches) ++*batches;
    });
    return rows;
}

bool same_double(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::memcmp(&a, &b, sizeof a) == 0;  // bit for bit: -0 is not 0
}

// The scanned items equal numeric_answer() over the response's parsed
// content, and every numeric answer is among them.
// (Read without Response::from_json, which refuses the empty respondent
// code of an anonymous response.)
void check_items_match_content(const Scanned& row, const std::string& content) {
    INFO("response " << row.id << ": " << content);
    const Poco::JSON::Object::Ptr response = parse_json_object(content, Location{});
    CHECK(row.wave == response->getValue<std::string>("wave"));
    CHECK(row.territory == response->getValue<std::string>("territory"));
    CHECK(row.respondent == response->getValue<std::string>("respondent"));
    const Poco::JSON::Object::Ptr answers = response->getObject("answers");
    REQUIRE(answers);
    for (const auto& [item, value] : row.items) {
        INFO("item " << item);
        CHECK(same_double(value, numeric_answer(*answers, item)));
    }
    for (const auto& entry : *answers) {
        INFO("item " << entry.first);
        if (!std::isnan(numeric_answer(*answers, entry.first)))
            CHECK(row.items.count(entry.first) == 1);
    }
}

// Every stored response's content by id, withdrawn ones included.
std::map<std::string, std::string> contents_by_id(Store& store) {
    std::map<std::string, std::string> contents;
    ResponseFilter everything = network_filter();
    everything.include_withdrawn = true;
    everything.with_scores = false;
    store.for_each_response(everything, [&](const StoredResponse& stored) {
        contents[stored.response.id] = stored.canonical_json;
    });
    return contents;
}

}  // namespace

TEST_CASE("[store] opening an empty database creates the schema, reopening changes nothing") {
    TestDatabase database;
    int version = 0;
    {
        auto store = database.open();
        CHECK(store->backend() ==
              (backend_under_test() == "postgresql" ? "postgresql" : "sqlite3"));
        version = store->schema_version();
        CHECK(version >= 1);
        CHECK_FALSE(store->has_study());
        store->save_study(demo_study());
    }
    auto again = database.open();
    CHECK(again->schema_version() == version);
    CHECK(again->has_study());
    CHECK(again->load_study().territories.size() == 2);
}

TEST_CASE("[store] a database written by a newer sonda is refused") {
    TestDatabase database;
    database.open();
    {
        auto raw = database.raw();
        *raw << "UPDATE schema_version SET version = 999";
    }
    const std::string message = message_of<StorageError>([&] { database.open(); });
    CHECK_THAT(message, Catch::Contains("999"));
    CHECK_THAT(message, Catch::Contains("newer sonda"));
}

TEST_CASE("[store] a version 1 database is upgraded: its scores are packed, none lost") {
    TestDatabase database;
    {
        auto store = ready_store(database);
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
                       make_response("r2", "a_mar", "pistoia", "social_service", "P01", R"({})",
                                     {{"sharing", 4.5}, {"integration", 2.0}}),
                       make_response("r3", "a_mar", "valdinievole", "social_service", "P02")});
        writer->commit();
        store->withdraw_response("r3", "left the study");
    }
    {
        // Back to what sonda wrote before version 2: one scores row per score.
        auto raw = database.raw();
        *raw << "CREATE TABLE scores (response_id TEXT NOT NULL REFERENCES responses (id), "
                "score TEXT NOT NULL, value DOUBLE PRECISION, PRIMARY KEY (response_id, score))";
        *raw << "INSERT INTO scores VALUES ('r1', 'sharing', 3), ('r1', 'integration', NULL), "
                "('r2', 'sharing', 4.5), ('r2', 'integration', 2), ('r3', 'sharing', 3), "
                "('r3', 'integration', NULL)";
        *raw << "DROP TABLE score_sets";
        *raw << "DROP TABLE score_layouts";
        *raw << "DROP TABLE item_layouts";
        *raw << "DROP TABLE scorers";
        drop_versions_6_and_7(*raw);
        *raw << "UPDATE schema_version SET version = 1";
    }
    auto store = database.open();
    CHECK(store->schema_version() >= 2);
    std::map<std::string, std::vector<Score>> scores;
    ResponseFilter everything = network_filter();
    everything.include_withdrawn = true;
    store->for_each_response(everything, [&](const StoredResponse& stored) {
        scores[stored.response.id] = stored.scores;
    });
    REQUIRE(scores.size() == 3);
    REQUIRE(scores["r2"].size() == 2);
    // Packed in name order by the upgrade.
    CHECK(scores["r2"][0].name == "integration");
    CHECK(scores["r2"][0].value == 2.0);
    CHECK(scores["r2"][1].value == 4.5);
    CHECK_FALSE(scores["r1"][0].value.has_value());
    // The withdrawn flag came along: r3 is left out of the statistics.
    const ScoreColumns columns = store->load_scores(network_filter());
    CHECK(columns.size() == 4);  // r1 and r2, two scores each
    CHECK(store->load_scores(everything).size() == 6);
    // Version 4 then packed the item answers of the score sets version 2 made.
    const std::map<std::string, std::string> contents = contents_by_id(*store);
    const std::vector<Scanned> scanned = scan_with_items(*store, everything);
    REQUIRE(scanned.size() == 3);
    for (const Scanned& row : scanned) check_items_match_content(row, contents.at(row.id));
}

TEST_CASE("[store] a version 2 database is upgraded: response ids in lower case, nothing lost") {
    TestDatabase database;
    const std::string upper = "0B7E6A4C-1F2D-4C3B-9A8E-5D6F7A8B9C0D";
    const std::string lower = "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d";
    {
        // What an older sonda stored: ids in the case they were imported in.
        auto store = ready_store(database);
        auto writer = store->begin_write();
        writer->write({make_response(upper, "w_dec", "pistoia", "social_service", "P01", R"({})",
                                     {{"sharing", 4.5}, {"integration", 2.0}}),
                       make_response("Both-Spellings", "w_dec", "pistoia", "social_service", "P02"),
                       make_response("both-spellings", "a_mar", "pistoia", "social_service", "P02"),
                       make_response("plain", "a_mar", "pistoia", "social_service", "P01")});
        writer->commit();
        store->replace_response(
            make_response(upper, "w_dec", "pistoia", "social_service", "P01", R"({"q1":2})",
                          {{"sharing", 4.5}, {"integration", 2.0}}),
            "typo");
        store->save_override({upper, "strengths[0]", {"trust"}, "anna", ""});
    }
    back_to_version_3(database);
    {
        auto raw = database.raw();
        *raw << "UPDATE schema_version SET version = 2";
    }
    auto store = database.open();
    CHECK(store->schema_version() == 7);
    std::map<std::string, StoredResponse> stored;
    store->for_each_response(network_filter(), [&](const StoredResponse& response) {
        stored[response.response.id] = response;
    });
    REQUIRE(stored.size() == 4);
    REQUIRE(stored.count(lower) == 1);
    CHECK(stored[lower].canonical_json.find("\"id\":\"" + lower + "\"") != std::string::npos);
    CHECK(stored[lower].canonical_json == stored[lower].response.to_canonical_json());
    REQUIRE(stored[lower].scores.size() == 2);
    CHECK(store->history(lower).size() == 1);
    REQUIRE(store->overrides("network").size() == 1);
    CHECK(store->overrides("network")[0].response_id == lower);
    // Two spellings of one id are both kept: merging them is a person's choice.
    CHECK(stored.count("Both-Spellings") == 1);
    CHECK(stored.count("both-spellings") == 1);
    CHECK(stored.count("plain") == 1);
    // Re-importing the upper-case copy (lowered by Project::prepare) is unchanged.
    StoredResponse again = make_response(lower, "w_dec", "pistoia", "social_service", "P01",
                                         R"({"q1":2})", {{"sharing", 4.5}, {"integration", 2.0}});
    auto writer = store->begin_write();
    CHECK(writer->write({again}).unchanged == 1);
}

TEST_CASE(
    "[store] a version 3 database is upgraded to 4: item answers packed from the content, "
    "none lost") {
    TestDatabase database;
    std::vector<StoredResponse> written;
    // More than one page of the upgrade (1000 score sets), in ids whose byte
    // order is not their number's.
    for (int i = 0; i < 2100; ++i) {
        const std::string answers =
            i % 5 == 0   ? R"({})"
            : i % 5 == 1 ? R"({"q1":)" + std::to_string(i % 7) + R"(,"q2":null,"q3":"text"})"
            : i % 5 == 2 ? R"({"q2":)" + std::to_string(i) + R"(.25,"q4":-1.5e-3})"
                         : R"({"q1":1,"q5":[1,2],"q6":{"a":2},"q7":true,"q8":)" +
                               std::to_string(i * 0.1) + "}";
        written.push_back(make_response("up-" + std::to_string(i), i % 2 ? "a_mar" : "w_dec",
                                        i % 4 < 2 ? "pistoia" : "valdinievole", "social_service",
                                        "P" + std::to_string(i), answers));
    }
    // One response without scores: it has no score set, so nothing to pack.
    written.push_back(
        make_response("unscored", "w_dec", "pistoia", "social_service", "U1", R"({"q1":2})", {}));
    {
        auto store = ready_store(database);
        auto writer = store->begin_write();
        CHECK(writer->write(written).inserted == 2101);
        writer->commit();
        // A corrected response packs its new content; a withdrawn one keeps its flag.
        store->replace_response(make_response("up-1", "a_mar", "pistoia", "social_service", "P1",
                                              R"({"q1":4.5,"q9":3})"),
                                "typo");
        store->withdraw_response("up-3", "left the study");
    }
    std::map<std::string, std::string> before;
    {
        auto store = database.open();
        before = contents_by_id(*store);
    }
    back_to_version_3(database);
    auto store = database.open();
    CHECK(store->schema_version() == 7);
    // The content is untouched: the columns are derived from it.
    CHECK(contents_by_id(*store) == before);
    {
        auto raw = database.raw();
        long long unpacked = -1, empty = -1;
        *raw << "SELECT COUNT(*) FROM score_sets WHERE item_layout IS NULL OR items IS NULL",
            soci::into(unpacked);
        CHECK(unpacked == 0);
        // The responses without a numeric answer: the empty layout and text.
        *raw << "SELECT COUNT(*) FROM score_sets s JOIN item_layouts l ON l.id = s.item_layout "
                "WHERE l.names = '[]' AND s.items = ''",
            soci::into(empty);
        CHECK(empty == 420);
    }
    ResponseFilter everything = network_filter();
    everything.include_withdrawn = true;
    const std::vector<Scanned> scanned = scan_with_items(*store, everything);
    REQUIRE(scanned.size() == 2100);  // not "unscored"
    for (const Scanned& row : scanned) check_items_match_content(row, before.at(row.id));
    const auto corrected = std::find_if(scanned.begin(), scanned.end(),
                                        [](const Scanned& row) { return row.id == "up-1"; });
    REQUIRE(corrected != scanned.end());
    CHECK(corrected->items.at("q1") == 4.5);
    CHECK(corrected->items.at("q9") == 3.0);
    CHECK(scan_with_items(*store, network_filter()).size() == 2099);  // up-3 is withdrawn
    // Written after the upgrade: packed by the writer, same rule.
    auto writer = store->begin_write();
    writer->write({make_response("after", "w_dec", "pistoia", "social_service", "A1",
                                 R"({"q1":2,"q2":"no"})")});
    writer->commit();
    for (const Scanned& row : scan_with_items(*store, network_filter()))
        if (row.id == "after") {
            CHECK(row.items.at("q1") == 2.0);
            CHECK(std::isnan(row.items.at("q2")));
        }
}

TEST_CASE("[store] several processes opening one new database at once all succeed") {
    TestDatabase database;
    std::vector<std::thread> threads;
    std::vector<std::string> failures(4);
    for (std::size_t i = 0; i < failures.size(); ++i)
        threads.emplace_back([&, i] {
            try {
                auto store = database.open();
                if (store->schema_version() < 1) failures[i] = "no schema";
            } catch (const std::exception& error) {
                failures[i] = error.what();
            }
        });
    for (auto& thread : threads) thread.join();
    for (const std::string& failure : failures) CHECK(failure == "");
}

TEST_CASE("[store] an unusable target is a StorageError naming it, without the password") {
    if (backend_under_test() == "postgresql") {
        const std::string target =
            "postgresql://sonda:s3cret-pw@127.0.0.1:1/nowhere?connect_timeout=2";
        const std::string message = message_of<StorageError>([&] { Store::open(target); });
        CHECK_THAT(message, Catch::Contains("postgresql://sonda:***@127.0.0.1:1/nowhere"));
        CHECK_THAT(message, !Catch::Contains("s3cret-pw"));
    } else {
        const std::string target = "/nonexistent-folder-sonda/sub/study.db";
        const std::string message = message_of<StorageError>([&] { Store::open(target); });
        CHECK_THAT(message, Catch::Contains(target));
        CHECK_THAT(message, Catch::Contains("does not exist"));
    }
}

TEST_CASE("[store] the study round-trips with non-ASCII names and in order") {
    TestDatabase database;
    auto store = database.open();
    const std::string missing = message_of<InvalidInput>([&] { store->load_study(); });
    CHECK_THAT(missing, Catch::Contains("sonda init"));

    store->save_study(demo_study());
    const Study loaded = store->load_study();
    CHECK(loaded.id == "cop-toscana");
    CHECK(loaded.title.get("it") == "Comunità di pratica");
    CHECK(loaded.languages == std::vector<std::string>{"it", "en"});
    CHECK(loaded.min_cell == 5);
    REQUIRE(loaded.territories.size() == 2);
    CHECK(loaded.territories[0].id == "pistoia");
    CHECK(loaded.territories[0].name.get("it") == "Società della Salute Pistoiese");
    CHECK(loaded.territories[1].name.get("en") == "Valdinievole");
    REQUIRE(loaded.roles.size() == 2);
    CHECK(loaded.roles[1].name.get("it") == "Centro per l'impiego");
    REQUIRE(loaded.services.size() == 2);
    CHECK(loaded.services[1].id == "addiction");
    REQUIRE(loaded.waves.size() == 2);
    CHECK(loaded.waves[0].id == "w_dec");
    CHECK(loaded.waves[0].date == "2023-12-01");
    CHECK(loaded.waves[0].order == 1);
    CHECK(loaded.waves[1].label.get("en") == "Second workshop");
}

TEST_CASE("[store] saving the study again adds waves and updates names") {
    TestDatabase database;
    auto store = ready_store(database);
    Study study = demo_study();
    study.waves.push_back({"follow_up", "2024-06-10", 3, names("Terzo", "Third")});
    study.territories[0].name = names("SdS Pistoiese", "Pistoia");
    study.min_cell = 7;
    store->save_study(study);
    const Study loaded = store->load_study();
    REQUIRE(loaded.waves.size() == 3);
    CHECK(loaded.waves[2].id == "follow_up");
    CHECK(loaded.territories[0].name.get("it") == "SdS Pistoiese");
    CHECK(loaded.min_cell == 7);
}

TEST_CASE("[store] a territory that responses use cannot be dropped, an unused one can") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01")});
        writer->commit();
    }
    Study without_used = demo_study();
    without_used.territories.erase(without_used.territories.begin());  // pistoia
    try {
        store->save_study(without_used);
        FAIL("dropping a used territory was accepted");
    } catch (const InvalidInput& error) {
        CHECK_THAT(all_issues(error),
                   Catch::Contains("territory 'pistoia' is used by 1 stored responses"));
    }
    CHECK(store->load_study().territories.size() == 2);  // nothing of the refused save kept

    Study without_unused = demo_study();
    without_unused.territories.pop_back();  // valdinievole, unused
    store->save_study(without_unused);
    REQUIRE(store->load_study().territories.size() == 1);
}

TEST_CASE("[store] a study with a repeated id is refused") {
    TestDatabase database;
    auto store = database.open();
    Study study = demo_study();
    study.roles.push_back(study.roles[0]);
    const std::string message = message_of<InvalidInput>([&] { store->save_study(study); });
    CHECK_FALSE(store->has_study());
    try {
        store->save_study(study);
    } catch (const InvalidInput& error) {
        CHECK_THAT(all_issues(error), Catch::Contains("role 'social_service' is declared twice"));
    }
}

TEST_CASE("[store] forms are stored whole and a used version is immutable") {
    TestDatabase database;
    auto store = ready_store(database);
    store->save_form(network_form(2));
    store->save_form(network_form(1));  // the same again: a no-op
    const auto forms = store->forms();
    REQUIRE(forms.size() == 2);
    CHECK(forms[0].version == 1);
    CHECK(forms[1].version == 2);
    CHECK(store->form("network", 2)->definition_json == network_form(2).definition_json);
    CHECK_FALSE(store->form("network", 3).has_value());
    CHECK_FALSE(store->form("nope", 1).has_value());

    FormRecord changed = network_form(2);
    changed.definition_json = R"({"id":"network","version":2,"items":[{"id":"q"}]})";
    store->save_form(changed);  // unused: may still change
    CHECK(store->form("network", 2)->definition_json == changed.definition_json);

    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01")});
        writer->commit();
    }
    FormRecord changed_used = network_form(1);
    changed_used.definition_json = "{}";
    const std::string message = message_of<ConflictError>([&] { store->save_form(changed_used); });
    CHECK_THAT(message, Catch::Contains("new version"));
    CHECK(store->form("network", 1)->definition_json == network_form(1).definition_json);
}

TEST_CASE("[store] a committed write stores responses with their scores") {
    TestDatabase database;
    auto store = ready_store(database);
    auto writer = store->begin_write();
    const WriteResult result =
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
                       make_response("r2", "a_mar", "pistoia", "social_service", "P01")});
    CHECK(result.inserted == 2);
    CHECK(result.unchanged == 0);
    CHECK(writer->write({}).inserted == 0);  // an empty batch is harmless
    writer->commit();
    CHECK(store->count_responses(network_filter()) == 2);
    std::vector<StoredResponse> read;
    store->for_each_response(network_filter(),
                             [&](const StoredResponse& stored) { read.push_back(stored); });
    REQUIRE(read.size() == 2);
    CHECK(read[0].canonical_json ==
          make_response("r1", "w_dec", "pistoia", "social_service", "P01").canonical_json);
    CHECK(read[0].response.answers->getValue<int>("q1") == 3);
    REQUIRE(read[0].scores.size() == 2);
    std::map<std::string, std::optional<double>> scores;
    for (const Score& score : read[0].scores) scores[score.name] = score.value;
    CHECK(scores["sharing"] == 3.0);
    CHECK_FALSE(scores["integration"].has_value());
}

TEST_CASE("[store] an uncommitted writer rolls back everything when destroyed") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01")});
        writer->write({make_response("r2", "w_dec", "pistoia", "social_service", "P02")});
    }
    CHECK(store->count_responses(network_filter()) == 0);
    CHECK(store->load_scores(network_filter()).size() == 0);
    // The store is usable afterwards.
    auto writer = store->begin_write();
    CHECK(writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01")})
              .inserted == 1);
    writer->commit();
    CHECK(store->count_responses(network_filter()) == 1);
}

TEST_CASE("[store] writing the same responses again is a no-op") {
    TestDatabase database;
    auto store = ready_store(database);
    const std::vector<StoredResponse> batch = {
        make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
        make_response("r2", "w_dec", "valdinievole", "social_service", "P02")};
    {
        auto writer = store->begin_write();
        writer->write(batch);
        writer->commit();
    }
    auto writer = store->begin_write();
    std::vector<StoredResponse> again = batch;
    again.push_back(make_response("r3", "a_mar", "pistoia", "social_service", "P01"));
    const WriteResult result = writer->write(again);
    CHECK(result.inserted == 1);
    CHECK(result.unchanged == 2);
    // Within one write, a batch repeating an earlier batch is a no-op too.
    CHECK(writer->write({again[2]}).unchanged == 1);
    writer->commit();
    CHECK(store->count_responses(network_filter()) == 3);
}

TEST_CASE(
    "[store] the same id with different content is a conflict and nothing of that write is "
    "stored") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01")});
        writer->commit();
    }
    {
        auto writer = store->begin_write();
        writer->write({make_response("new-1", "w_dec", "pistoia", "social_service", "P05")});
        const std::string message = message_of<ConflictError>([&] {
            writer->write(
                {make_response("new-2", "w_dec", "pistoia", "social_service", "P06"),
                 make_response("r1", "w_dec", "pistoia", "social_service", "P01", R"({"q1":4})")});
        });
        CHECK_THAT(message, Catch::Contains("r1"));
        CHECK_THAT(message, !Catch::Contains("new-2"));
        // the caller gives up: the writer is destroyed uncommitted
    }
    CHECK(ids_of(*store, network_filter()) == std::vector<std::string>{"r1"});
    std::string stored_answers;
    store->for_each_response(network_filter(), [&](const StoredResponse& stored) {
        stored_answers = stored.canonical_json;
    });
    CHECK_THAT(stored_answers, Catch::Contains(R"("q1":3)"));
}

TEST_CASE("[store] an id repeated inside one batch") {
    TestDatabase database;
    auto store = ready_store(database);
    auto writer = store->begin_write();
    const auto first = make_response("dup", "w_dec", "pistoia", "social_service", "P01");
    SECTION("with different content is invalid input and writes nothing") {
        const auto second =
            make_response("dup", "w_dec", "pistoia", "social_service", "P01", R"({"q1":5})");
        try {
            writer->write({first, second});
            FAIL("the repeated id was accepted");
        } catch (const InvalidInput& error) {
            CHECK_THAT(all_issues(error), Catch::Contains("'dup' appears twice"));
        }
        writer->commit();
        CHECK(store->count_responses(network_filter()) == 0);
    }
    SECTION("with the same content is stored once") {
        const WriteResult result = writer->write({first, first});
        CHECK(result.inserted == 1);
        CHECK(result.unchanged == 1);
        writer->commit();
        CHECK(store->count_responses(network_filter()) == 1);
    }
}

TEST_CASE(
    "[store] a response naming an unknown wave, territory, role or form lists the valid values") {
    TestDatabase database;
    auto store = ready_store(database);
    auto writer = store->begin_write();
    auto bad = make_response("r1", "w_jan", "lucca", "doctor", "P01");
    bad.response.form_version = 9;
    bad.canonical_json = bad.response.to_canonical_json();
    try {
        writer->write({bad});
        FAIL("unknown references were accepted");
    } catch (const InvalidInput& error) {
        const std::string issues = all_issues(error);
        CHECK_THAT(issues, Catch::Contains("unknown wave 'w_jan' (valid: a_mar, w_dec)"));
        CHECK_THAT(issues,
                   Catch::Contains("unknown territory 'lucca' (valid: pistoia, valdinievole)"));
        CHECK_THAT(issues, Catch::Contains("unknown role 'doctor'"));
        CHECK_THAT(issues,
                   Catch::Contains("unknown form 'network' version 9 (stored forms: network v1)"));
    }
    // The writer is still usable after refused input.
    CHECK(writer->write({make_response("r2", "w_dec", "pistoia", "social_service", "P01")})
              .inserted == 1);
    writer->commit();
    CHECK(store->count_responses(network_filter()) == 1);
}

TEST_CASE("[store] SQL meta-characters and very long text are stored verbatim") {
    TestDatabase database;
    auto store = ready_store(database);
    const std::string evil = "'; DROP TABLE responses; --";
    const std::string long_text(200000, 'x');
    Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;
    answers->set("strengths", evil + " \"quoted\" \\ :p1 ? $1 Società ✓");
    answers->set("notes", long_text);
    auto stored = make_response("id-'quoted'; --", "w_dec", "pistoia", "social_service", evil);
    stored.response.answers = answers;
    stored.canonical_json = stored.response.to_canonical_json();
    stored.scores = {{evil, 1.5}};
    {
        auto writer = store->begin_write();
        CHECK(writer->write({stored}).inserted == 1);
        writer->commit();
    }
    std::vector<StoredResponse> read;
    store->for_each_response(network_filter(),
                             [&](const StoredResponse& one) { read.push_back(one); });
    REQUIRE(read.size() == 1);
    CHECK(read[0].canonical_json == stored.canonical_json);
    CHECK(read[0].response.id == "id-'quoted'; --");
    CHECK(read[0].response.respondent == evil);
    CHECK(read[0].response.answers->getValue<std::string>("notes").size() == long_text.size());
    const ScoreColumns scores = store->load_scores(network_filter());
    REQUIRE(scores.scores.size() == 1);
    CHECK(scores.scores[0] == evil);
    CHECK(scores.respondents[0] == evil);
    // Re-importing it is still recognised as the same content.
    auto writer = store->begin_write();
    CHECK(writer->write({stored}).unchanged == 1);
}

TEST_CASE("[store] withdrawn responses are left out unless asked for, and the history keeps them") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
                       make_response("r2", "w_dec", "pistoia", "social_service", "P02")});
        writer->commit();
    }
    store->withdraw_response("r1", "the respondent asked to be removed");
    store->withdraw_response("r1", "again");  // already withdrawn: nothing more recorded
    CHECK(ids_of(*store, network_filter()) == std::vector<std::string>{"r2"});
    CHECK(store->count_responses(network_filter()) == 1);
    CHECK(store->load_scores(network_filter()).size() == 2);  // two scores of r2
    ResponseFilter with_withdrawn = network_filter();
    with_withdrawn.include_withdrawn = true;
    CHECK(ids_of(*store, with_withdrawn) == std::vector<std::string>{"r1", "r2"});
    CHECK(store->count_responses(with_withdrawn) == 2);

    const auto history = store->history("r1");
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "withdraw");
    CHECK(history[0].reason == "the respondent asked to be removed");
    CHECK(history[0].old_content ==
          make_response("r1", "w_dec", "pistoia", "social_service", "P01").canonical_json);
    CHECK(history[0].at.size() == 20);

    CHECK_THROWS_AS(store->withdraw_response("nope", "why"), InvalidInput);
    CHECK_THROWS_AS(store->withdraw_response("r2", ""), InvalidInput);
}

TEST_CASE("[store] a correction's audit entry is written with it, and never without it") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
                       make_response("r2", "w_dec", "pistoia", "social_service", "P02")});
        writer->commit();
    }
    auto audited = [&] {
        std::vector<std::string> actions;
        store->access().for_each_audit(0, [&](const AuditEntry& entry) {
            actions.push_back(entry.event.action + " " + entry.event.target);
        });
        return actions;
    };
    const AuditEvent withdrawal{"anna", "response.withdraw", "r1", "asked", "10.0.0.1"};
    store->withdraw_response("r1", "asked", withdrawal);
    store->withdraw_response("r1", "asked again", withdrawal);  // no change, still asked
    CHECK(audited() == std::vector<std::string>{"response.withdraw r1", "response.withdraw r1"});
    CHECK(store->history("r1").size() == 1);

    // A correction that fails (r2 recoded to the code of a live response)
    // leaves no entry.
    auto live = make_response("r3", "w_dec", "pistoia", "social_service", "P03");
    {
        auto writer = store->begin_write();
        writer->write({live});
        writer->commit();
    }
    const AuditEvent correction{"anna", "response.correct", "r2", "typo", "10.0.0.1"};
    CHECK_THROWS_AS(
        store->replace_response(make_response("r2", "w_dec", "pistoia", "social_service", "P03"),
                                "typo", correction),
        ConflictError);
    CHECK(audited().size() == 2);
    store->replace_response(make_response("r2", "w_dec", "pistoia", "social_service", "P04"),
                            "typo", correction);
    CHECK(audited().back() == "response.correct r2");
    const AuditVerdict verdict = verify_audit(*store);
    CHECK(verdict.entries == 3);
    CHECK_FALSE(verdict.broken_at);
}

TEST_CASE("[store] replacing a response keeps the old content and replaces its scores") {
    TestDatabase database;
    auto store = ready_store(database);
    const auto original = make_response("r1", "w_dec", "pistoia", "social_service", "P01");
    {
        auto writer = store->begin_write();
        writer->write({original});
        writer->commit();
    }
    const auto corrected = make_response("r1", "w_dec", "valdinievole", "social_service", "P01",
                                         R"({"q1":4})", {{"sharing", 4.0}});
    store->replace_response(corrected, "typo in the territory");
    std::vector<StoredResponse> read;
    store->for_each_response(network_filter(),
                             [&](const StoredResponse& one) { read.push_back(one); });
    REQUIRE(read.size() == 1);
    CHECK(read[0].canonical_json == corrected.canonical_json);
    CHECK(read[0].response.territory == "valdinievole");
    REQUIRE(read[0].scores.size() == 1);
    CHECK(read[0].scores[0].value == 4.0);
    const auto history = store->history("r1");
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "replace");
    CHECK(history[0].old_content == original.canonical_json);
    CHECK(history[0].reason == "typo in the territory");
    // the old content is now a conflict for a re-import
    auto writer = store->begin_write();
    CHECK_THROWS_AS(writer->write({original}), ConflictError);
    CHECK_THROWS_AS(store->replace_response(
                        make_response("nope", "w_dec", "pistoia", "social_service", "P9"), "x"),
                    InvalidInput);
}

TEST_CASE("[store] code overrides are saved per response and key, and listed per form") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01")});
        writer->commit();
    }
    store->save_override({"r1", "strengths[0]", {"trust", "listening"}, "anna", "first pass"});
    store->save_override({"r1", "strengths[1]", {}, "anna", ""});
    store->save_override({"r1", "strengths[0]", {"trust"}, "marco", "Società: revisione"});
    const auto overrides = store->overrides("network");
    REQUIRE(overrides.size() == 2);
    CHECK(overrides[0].key == "strengths[0]");
    CHECK(overrides[0].codes == std::vector<std::string>{"trust"});
    CHECK(overrides[0].coder == "marco");
    CHECK(overrides[0].note == "Società: revisione");
    CHECK(overrides[1].codes.empty());
    CHECK(store->overrides("other").empty());
    CHECK_THROWS_AS(store->save_override({"nope", "k", {}, "anna", ""}), InvalidInput);

    // Control characters are refused as in every text field; a note may have lines.
    CHECK_THROWS_AS(store->save_override({"r1", "strengths[0]", {"tr\x1bust"}, "anna", ""}),
                    InvalidInput);
    CHECK_THROWS_AS(store->save_override({"r1", "strengths[0]", {}, "an\nna", ""}), InvalidInput);
    CHECK_THROWS_AS(store->save_override({"r1", "strengths[0]", {}, "anna", "bell\a"}),
                    InvalidInput);
    store->save_override({"r1", "strengths[2]", {}, "anna", "two\r\nlines"});
    CHECK(store->overrides("network").size() == 3);
    CHECK(store->overrides("network")[0].codes == std::vector<std::string>{"trust"});
}

TEST_CASE("[store] responses stream in wave order, territory, respondent, id, across pages") {
    TestDatabase database;
    auto store = ready_store(database);
    // More than one page (500) per wave, written in scrambled order.
    std::vector<StoredResponse> batch;
    const char* territories[] = {"valdinievole", "pistoia"};
    const char* waves[] = {"a_mar", "w_dec"};
    for (int i = 0; i < 1300; ++i) {
        char respondent[16];
        std::snprintf(respondent, sizeof respondent, "P%04d", (i * 7919) % 650);
        batch.push_back(make_response("id-" + std::to_string(i), waves[i % 2],
                                      territories[(i / 2) % 2],
                                      i % 3 ? "social_service" : "employment_centre", respondent,
                                      R"({"q1":)" + std::to_string(i % 5) + "}"));
    }
    {
        auto writer = store->begin_write();
        CHECK(writer->write(batch).inserted == 1300);
        writer->commit();
    }
    std::vector<std::tuple<int, std::string, std::string, std::string>> keys;
    store->for_each_response(network_filter(), [&](const StoredResponse& stored) {
        const Response& r = stored.response;
        keys.emplace_back(r.wave == "w_dec" ? 1 : 2, r.territory, r.respondent, r.id);
    });
    REQUIRE(keys.size() == 1300);
    CHECK(std::is_sorted(keys.begin(), keys.end()));
    CHECK(std::set<decltype(keys)::value_type>(keys.begin(), keys.end()).size() == 1300);

    ResponseFilter filter = network_filter();
    filter.waves = {"a_mar"};
    filter.territories = {"pistoia"};
    filter.roles = {"social_service"};
    long long expected = 0;
    for (int i = 0; i < 1300; ++i) expected += (i % 2 == 0) && ((i / 2) % 2 == 1) && (i % 3 != 0);
    CHECK(store->count_responses(filter) == expected);
    long long seen = 0;
    store->for_each_response(filter, [&](const StoredResponse& stored) {
        ++seen;
        CHECK(stored.response.wave == "a_mar");
        CHECK(stored.response.territory == "pistoia");
        CHECK(stored.response.role == "social_service");
    });
    CHECK(seen == expected);

    ResponseFilter other_version = network_filter();
    other_version.form_version = 2;
    CHECK(store->count_responses(other_version) == 0);
    ResponseFilter other_form;
    other_form.form = "expectations";
    CHECK(ids_of(*store, other_form).empty());
    CHECK_THROWS_AS(store->count_responses(ResponseFilter{}), InvalidInput);
}

TEST_CASE("[store] scores load dictionary-encoded, filtered, NaN where missing") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        std::vector<StoredResponse> batch;
        for (int i = 0; i < 2500; ++i)  // more than one page of the score reader
            batch.push_back(make_response("id-" + std::to_string(i), i % 2 ? "a_mar" : "w_dec",
                                          i % 4 < 2 ? "pistoia" : "valdinievole", "social_service",
                                          // One answer per respondent, form and wave.
                                          "P" + std::to_string(i), R"({"q1":1})",
                                          {{"sharing", i * 1.0}, {"integration", std::nullopt}}));
        writer->write(batch);
        writer->commit();
    }
    const ScoreColumns all = store->load_scores(network_filter());
    REQUIRE(all.size() == 5000);
    CHECK(all.score.size() == 5000);
    CHECK(all.wave.size() == 5000);
    CHECK(all.territory.size() == 5000);
    CHECK(all.role.size() == 5000);
    CHECK(all.respondent.size() == 5000);
    CHECK(all.waves == std::vector<std::string>{"w_dec", "a_mar"});
    CHECK(all.respondents.size() == 2500);
    double sum = 0;
    long long missing = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string& name = all.scores[all.score[i]];
        if (name == "integration") {
            CHECK(std::isnan(all.value[i]));
            ++missing;
        } else {
            sum += all.value[i];
        }
    }
    CHECK(missing == 2500);
    CHECK(sum == 2499.0 * 2500 / 2);

    ResponseFilter filter = network_filter();
    filter.waves = {"a_mar"};
    filter.territories = {"valdinievole"};
    const ScoreColumns some = store->load_scores(filter);
    CHECK(some.size() == 2 * 625);
    for (std::size_t i = 0; i < some.size(); ++i) {
        CHECK(some.waves[some.wave[i]] == "a_mar");
        CHECK(some.territories[some.territory[i]] == "valdinievole");
    }
}

TEST_CASE("[store] a respondent has one code across waves, scoped by territory") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        // Codes that interleave between the waves, and the same code in two
        // territories (a second answer to one wave is refused at write).
        writer->write({make_response("a1", "w_dec", "pistoia", "social_service", "P03"),
                       make_response("a2", "w_dec", "pistoia", "social_service", "P01"),
                       make_response("b1", "a_mar", "pistoia", "social_service", "P04"),
                       make_response("b2", "a_mar", "pistoia", "social_service", "P02"),
                       make_response("b3", "a_mar", "pistoia", "social_service", "P03"),
                       make_response("c1", "w_dec", "valdinievole", "social_service", "P03")});
        writer->commit();
    }
    ScoreDictionaries dictionaries;
    std::map<std::string, std::set<std::int32_t>> codes;  // "territory/code" -> codes seen
    std::size_t rows = 0;
    store->scan_scores(network_filter(), dictionaries, [&](const ScoreBatch& batch) {
        for (std::size_t i = 0; i < batch.size; ++i, ++rows) {
            const auto respondent = static_cast<std::size_t>(batch.respondent[i]);
            const auto territory = static_cast<std::size_t>(batch.territory[i]);
            codes[dictionaries.territories[territory] + "/" + dictionaries.respondents[respondent]]
                .insert(batch.respondent[i]);
        }
    });
    CHECK(rows == 6);
    CHECK(codes.size() == 5);  // P01..P04 in pistoia, P03 in valdinievole
    for (const auto& [who, seen] : codes) {
        INFO(who);
        CHECK(seen.size() == 1);
    }
    CHECK(*codes["pistoia/P03"].begin() != *codes["valdinievole/P03"].begin());
    CHECK(dictionaries.respondents.size() == 5);
}

TEST_CASE("[store] a second answer of a respondent to one form and wave is a conflict") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("first", "w_dec", "pistoia", "social_service", "LI01"),
                       make_response("other", "w_dec", "pistoia", "social_service", "LI02")});
        writer->commit();
    }
    SECTION("against the database, naming both ids; nothing of the batch is written") {
        auto writer = store->begin_write();
        const std::string message = message_of<ConflictError>([&] {
            writer->write({make_response("fresh", "a_mar", "pistoia", "social_service", "LI01"),
                           make_response("second", "w_dec", "pistoia", "employment_centre", "LI01",
                                         R"({"q1":5})")});
        });
        CHECK(message.find("respondent 'LI01' of territory 'pistoia' answered form 'network' at "
                           "wave 'w_dec' twice: response first and response second") !=
              std::string::npos);
        writer.reset();
        CHECK(ids_of(*store, network_filter()).size() == 2);
    }
    SECTION("inside one batch") {
        auto writer = store->begin_write();
        const std::string message = message_of<ConflictError>([&] {
            writer->write({make_response("x1", "a_mar", "valdinievole", "social_service", "VA07"),
                           make_response("x2", "a_mar", "valdinievole", "social_service", "VA07",
                                         R"({"q1":1})")});
        });
        CHECK(message.find("response x1 and response x2") != std::string::npos);
    }
    SECTION("in a later batch of the same write") {
        auto writer = store->begin_write();
        CHECK(writer->write({make_response("y1", "a_mar", "pistoia", "social_service", "LI09")})
                  .inserted == 1);
        CHECK_THROWS_AS(writer->write({make_response("y2", "a_mar", "pistoia", "social_service",
                                                     "LI09", R"({"q1":2})")}),
                        ConflictError);
    }
    SECTION("the same code in another territory, wave or form is another answer") {
        store->save_form(network_form(2));
        auto writer = store->begin_write();
        CHECK(writer
                  ->write({make_response("t2", "w_dec", "valdinievole", "social_service", "LI01"),
                           make_response("w2", "a_mar", "pistoia", "social_service", "LI01")})
                  .inserted == 2);
        writer->commit();
        // The same form in another version is still the same form: refused.
        StoredResponse second_version =
            make_response("v3", "w_dec", "pistoia", "social_service", "LI01");
        second_version.response.form_version = 2;
        second_version.canonical_json = second_version.response.to_canonical_json();
        auto again = store->begin_write();
        CHECK_THROWS_AS(again->write({second_version}), ConflictError);
    }
    SECTION("re-importing the first, or correcting it under its own id, is no second answer") {
        auto writer = store->begin_write();
        CHECK(writer->write({make_response("first", "w_dec", "pistoia", "social_service", "LI01")})
                  .unchanged == 1);
        writer->commit();
        store->replace_response(
            make_response("first", "w_dec", "pistoia", "social_service", "LI01", R"({"q1":1})"),
            "typo in q1");
        CHECK(ids_of(*store, network_filter()).size() == 2);
    }
    SECTION("once the first is withdrawn, a new response may take its place") {
        store->withdraw_response("first", "answered on the wrong form sheet");
        auto writer = store->begin_write();
        CHECK(writer
                  ->write({make_response("again", "w_dec", "pistoia", "social_service", "LI01",
                                         R"({"q1":4})")})
                  .inserted == 1);
        writer->commit();
    }
}

TEST_CASE("[store] a limit stops the stream after that many responses, in order") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        std::vector<StoredResponse> batch;
        for (int i = 0; i < 7; ++i)
            batch.push_back(make_response("r" + std::to_string(i), "w_dec", "pistoia",
                                          "social_service", "P0" + std::to_string(i)));
        writer->write(batch);
        writer->commit();
    }
    ResponseFilter filter = network_filter();
    const std::vector<std::string> all = ids_of(*store, filter);
    REQUIRE(all.size() == 7);
    for (const long long limit : {1, 2, 3, 6, 7}) {
        filter.limit = limit;
        CHECK(ids_of(*store, filter) == std::vector<std::string>(all.begin(), all.begin() + limit));
    }
    filter.limit = 0;
    CHECK(ids_of(*store, filter).empty());
    // Without scores: the same responses, their scores left unread.
    filter.limit.reset();
    filter.with_scores = false;
    std::vector<std::string> unscored;
    store->for_each_response(filter, [&](const StoredResponse& stored) {
        unscored.push_back(stored.response.id);
        CHECK(stored.scores.empty());
    });
    CHECK(unscored == all);
    filter.with_scores = true;
    filter.limit = 100;
    CHECK(ids_of(*store, filter) == all);
    filter.limit = -1;
    CHECK_THROWS_AS(ids_of(*store, filter), InvalidInput);
}

TEST_CASE("[store] paging after a position reads every response once, in order") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        std::vector<StoredResponse> batch;
        const char* territories[] = {"valdinievole", "pistoia"};
        const char* waves[] = {"a_mar", "w_dec"};
        for (int i = 0; i < 23; ++i)
            batch.push_back(make_response("p" + std::to_string(i), waves[i % 2],
                                          territories[(i / 2) % 2], "social_service",
                                          "P" + std::to_string(100 + i)));
        writer->write(batch);
        writer->commit();
    }
    ResponseFilter filter = network_filter();
    const std::vector<std::string> all = ids_of(*store, filter);
    REQUIRE(all.size() == 23);
    for (const long long page : {1, 4, 11, 23, 30}) {
        std::vector<std::string> walked;
        std::optional<ResponsePosition> after;
        for (int pages = 0; pages < 30; ++pages) {
            ResponseFilter one = filter;
            one.limit = page;
            one.after = after;
            long long read = 0;
            store->for_each_response(one, [&](const StoredResponse& stored) {
                const Response& r = stored.response;
                walked.push_back(r.id);
                after = ResponsePosition{r.wave, r.territory, r.respondent, r.id};
                ++read;
            });
            if (read < page) break;
        }
        CHECK(walked == all);
    }
    // A wave filter skips the cursor's wave when it is not asked for; a
    // cursor naming no wave of the study reads nothing.
    filter.waves = {"a_mar"};
    std::vector<std::string> march = ids_of(*store, filter);
    filter.after = ResponsePosition{"w_dec", "zzz", "", ""};
    CHECK(ids_of(*store, filter) == march);
    filter.after = ResponsePosition{"no-such-wave", "", "", ""};
    CHECK(ids_of(*store, filter).empty());
}

TEST_CASE("[store] the scan delivers ids and numeric item answers, in study and byte order") {
    TestDatabase database;
    auto store = database.open();
    Study study = demo_study();
    // The study lists valdinievole first: territories come in the study's
    // order, not their ids'; waves already are (w_dec before a_mar).
    std::reverse(study.territories.begin(), study.territories.end());
    store->save_study(study);
    store->save_form(network_form());
    std::map<std::string, std::string> contents;  // as written (anonymous ones read back refused)
    const auto write = [&](const std::vector<StoredResponse>& batch) {
        for (const StoredResponse& stored : batch)
            contents[stored.response.id] = stored.canonical_json;
        auto writer = store->begin_write();
        writer->write(batch);
        writer->commit();
    };
    {
        write({
            make_response("r-9", "w_dec", "pistoia", "social_service", "P10",
                          R"({"q1":3,"q2":null,"q3":"4","q4":2.675})"),
            make_response("r-10", "w_dec", "pistoia", "social_service", "P9",
                          R"({"q1":-1.5e-7,"q5":[1],"q6":{"a":1},"q7":true,"q8":false})"),
            make_response("r-11", "w_dec", "pistoia", "employment_centre", "p10", R"({})"),
            make_response("r-12", "w_dec", "pistoia", "social_service",
                          "\xc3\x84"
                          "1",
                          R"({"q2":0,"q4":1e300,"q9":0.1})"),
            make_response("r-13", "a_mar", "valdinievole", "social_service", "P10",
                          R"({"q1":5,"q2":4})"),
            make_response("r-14", "a_mar", "pistoia", "social_service", "P10",
                          R"({"q1":1,"q3":2,"q10":-12345678901234})"),
            // Decimals that only the shortest round-trip text keeps exactly.
            make_response("r-15", "a_mar", "pistoia", "social_service", "P11",
                          R"({"q1":-0.0,"q2":0.30000000000000004,"q3":1.7976931348623157e308,)"
                          R"("q4":5e-324,"q5":123456789.123456789})"),
            make_response("r-2", "w_dec", "valdinievole", "social_service", "", R"({"q1":2})"),
        });
    }
    // An anonymous respondent (no code) answering again: each earlier
    // answer withdrawn first, as the store asks of a second answer.
    for (const char* id : {"r-1", "r-3"}) {
        store->withdraw_response(id == std::string("r-1") ? "r-2" : "r-1", "answered again");
        write({make_response(id, "w_dec", "valdinievole", "social_service", "",
                             id == std::string("r-1") ? R"({"q1":4.5})" : R"({"q1":null})")});
    }
    REQUIRE(contents.size() == 10);

    ResponseFilter everything = network_filter();
    everything.include_withdrawn = true;
    const std::vector<Scanned> scanned = scan_with_items(*store, everything);
    std::vector<std::string> order;
    for (const Scanned& row : scanned) {
        order.push_back(row.id);
        check_items_match_content(row, contents.at(row.id));
    }
    // Waves in the study's order, then territories in the study's order, then
    // (respondent, id) byte by byte: "P10" < "P9" < "p10" < "Ä1", "r-1" < "r-2".
    CHECK(order == std::vector<std::string>{"r-1", "r-2", "r-3", "r-9", "r-10", "r-11", "r-12",
                                            "r-13", "r-14", "r-15"});
    const auto row_of = [&](const std::string& id) {
        return *std::find_if(scanned.begin(), scanned.end(),
                             [&](const Scanned& row) { return row.id == id; });
    };
    CHECK(row_of("r-9").items.at("q4") == 2.675);
    CHECK(std::isnan(row_of("r-9").items.at("q2")));  // null
    CHECK(std::isnan(row_of("r-9").items.at("q3")));  // text, even of a number
    CHECK(row_of("r-10").items.at("q1") == -1.5e-7);
    CHECK(row_of("r-12").items.at("q4") == 1e300);
    CHECK(row_of("r-12").items.at("q9") == 0.1);
    CHECK(row_of("r-14").items.at("q10") == -12345678901234.0);
    CHECK(row_of("r-1").items.at("q1") == 4.5);
    for (const auto& [item, value] : row_of("r-11").items) CHECK(std::isnan(value));
    CHECK(row_of("r-2").respondent.empty());

    // Withdrawn answers are left out as before, and a filter keeps the order.
    ResponseFilter live = network_filter();
    order.clear();
    for (const Scanned& row : scan_with_items(*store, live)) order.push_back(row.id);
    CHECK(order ==
          std::vector<std::string>{"r-3", "r-9", "r-10", "r-11", "r-12", "r-13", "r-14", "r-15"});
    ResponseFilter some = network_filter();
    some.waves = {"w_dec"};
    some.territories = {"pistoia"};
    some.roles = {"social_service"};
    order.clear();
    for (const Scanned& row : scan_with_items(*store, some)) order.push_back(row.id);
    CHECK(order == std::vector<std::string>{"r-9", "r-10", "r-12"});

    // Asked for neither, the scan delivers neither; asked for one, only it.
    for (const bool ids : {false, true}) {
        ResponseFilter filter = network_filter();
        filter.scan_ids = ids;
        ScoreDictionaries dictionaries;
        std::size_t rows = 0;
        store->scan_scores(filter, dictionaries, [&](const ScoreBatch& batch) {
            rows += batch.size;
            CHECK(batch.ids.size() == (ids ? batch.size : 0));
            CHECK(batch.items.empty());
            CHECK(batch.item_width == 0);
        });
        CHECK(rows == 8);
        CHECK(dictionaries.items.empty());
    }
}

TEST_CASE("[store] the scan's ids and items hold across batches") {
    TestDatabase database;
    auto store = ready_store(database);
    // More responses than one batch of the scan (8192), in four slices.
    std::map<std::string, std::string> contents;
    {
        std::vector<StoredResponse> batch;
        for (int i = 0; i < 9000; ++i) {
            const std::string answers =
                "{\"a\":" + std::to_string(i % 5 + 1) +
                (i % 7 == 0 ? ",\"b\":null" : ",\"b\":" + std::to_string(i) + ".5") +
                (i % 11 == 0 ? ",\"c\":\"x\"" : ",\"c\":" + std::to_string(-(i % 3))) +
                (i % 13 == 0 ? "" : ",\"d\":" + std::to_string(i % 4)) + "}";
            batch.push_back(make_response("id-" + std::to_string(i), i % 2 ? "a_mar" : "w_dec",
                                          i % 4 < 2 ? "pistoia" : "valdinievole",
                                          i % 3 ? "social_service" : "employment_centre",
                                          // Some respondents anonymous, one per slice.
                                          i < 4 ? "" : "R" + std::to_string(i / 4), answers));
            contents[batch.back().response.id] = batch.back().canonical_json;
        }
        auto writer = store->begin_write();
        CHECK(writer->write(batch).inserted == 9000);
        writer->commit();
    }
    std::size_t batches = 0;
    const std::vector<Scanned> scanned = scan_with_items(*store, network_filter(), &batches);
    CHECK(batches >= 2);
    REQUIRE(scanned.size() == 9000);
    std::set<std::string> seen;
    for (const Scanned& row : scanned) {
        seen.insert(row.id);
        check_items_match_content(row, contents.at(row.id));
    }
    CHECK(seen.size() == 9000);
    // The documented order, across the batch boundaries.
    const auto key = [](const Scanned& row) {
        return std::make_tuple(row.wave == "w_dec" ? 1 : 2, row.territory, row.respondent, row.id);
    };
    CHECK(std::is_sorted(scanned.begin(), scanned.end(),
                         [&](const Scanned& a, const Scanned& b) { return key(a) < key(b); }));
}

TEST_CASE("[store] a corrected response scans with its new item answers") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01",
                                     R"({"q1":3,"q2":"x"})"),
                       make_response("r2", "w_dec", "pistoia", "social_service", "P02",
                                     R"({"q1":1,"q2":2})")});
        writer->commit();
    }
    store->replace_response(make_response("r1", "a_mar", "pistoia", "social_service", "P01",
                                          R"({"q1":null,"q2":4.25,"q3":-1})"),
                            "typo");
    const std::map<std::string, std::string> contents = contents_by_id(*store);
    const std::vector<Scanned> scanned = scan_with_items(*store, network_filter());
    REQUIRE(scanned.size() == 2);
    CHECK(scanned[0].id == "r2");  // r1 moved to the second wave
    CHECK(scanned[1].id == "r1");
    for (const Scanned& row : scanned) check_items_match_content(row, contents.at(row.id));
    CHECK(std::isnan(scanned[1].items.at("q1")));
    CHECK(scanned[1].items.at("q2") == 4.25);
    CHECK(scanned[1].items.at("q3") == -1.0);
    CHECK(std::isnan(scanned[0].items.at("q3")));
    // Corrected to no numeric answer at all: no items, not the old ones.
    store->replace_response(
        make_response("r1", "a_mar", "pistoia", "social_service", "P01", R"({"q1":"none"})"),
        "withdrawn answers");
    for (const Scanned& row : scan_with_items(*store, network_filter()))
        if (row.id == "r1")
            for (const auto& [item, value] : row.items) CHECK(std::isnan(value));
}

TEST_CASE("[store] damaged item answers are a StorageError, NULL ones are no answers") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write(
            {make_response("r1", "w_dec", "pistoia", "social_service", "P01", R"({"q1":3,"q2":4})"),
             make_response("r2", "w_dec", "pistoia", "social_service", "P02")});
        writer->commit();
    }
    SECTION("NULL layout and text: scanned as no item answers") {
        {
            auto raw = database.raw();
            *raw << "UPDATE score_sets SET item_layout = NULL, items = NULL WHERE response_id = "
                    "'r1'";
        }
        const std::vector<Scanned> scanned = scan_with_items(*store, network_filter());
        REQUIRE(scanned.size() == 2);
        CHECK(scanned[0].id == "r1");
        for (const auto& [item, value] : scanned[0].items) CHECK(std::isnan(value));
        CHECK(scanned[1].items.at("q1") == 3.0);
    }
    for (const char* damage : {"3;", "3;x", "3", "3;4;5", ";4"}) {
        DYNAMIC_SECTION("items text '" << damage << "'") {
            {
                auto raw = database.raw();
                const std::string text = damage;
                *raw << "UPDATE score_sets SET items = :items WHERE response_id = 'r1'",
                    soci::use(text);
            }
            ResponseFilter filter = network_filter();
            filter.scan_items = true;
            ScoreDictionaries dictionaries;
            const std::string message = message_of<StorageError>(
                [&] { store->scan_scores(filter, dictionaries, [](const ScoreBatch&) {}); });
            CHECK_THAT(message, Catch::Contains("item answers of respondent 'P01' are damaged"));
            // The scores alone are still readable.
            CHECK(store->load_scores(network_filter()).size() == 4);
        }
    }
}

TEST_CASE("[store] read_responses returns the asked responses' contents, skipping unknown ids") {
    TestDatabase database;
    auto store = ready_store(database);
    std::vector<std::string> ids;
    std::map<std::string, std::string> written;
    {
        std::vector<StoredResponse> batch;
        for (int i = 0; i < 1100; ++i) {
            batch.push_back(make_response("read-" + std::to_string(i), i % 2 ? "a_mar" : "w_dec",
                                          "pistoia", "social_service", "P" + std::to_string(i),
                                          R"({"q1":)" + std::to_string(i) + "}"));
            ids.push_back(batch.back().response.id);
            written[ids.back()] = batch.back().canonical_json;
        }
        auto writer = store->begin_write();
        writer->write(batch);
        writer->commit();
    }
    store->withdraw_response("read-7", "withdrawn ones are read too");
    const auto read = [&](const std::vector<std::string>& asked) {
        std::map<std::string, std::string> got;
        std::size_t visits = 0;
        store->read_responses(asked, [&](const StoredResponse& stored) {
            ++visits;
            CHECK(stored.canonical_json == stored.response.to_canonical_json());
            CHECK(stored.scores.empty());
            got[stored.response.id] = stored.canonical_json;
        });
        CHECK(visits == got.size());  // each once
        return got;
    };
    for (const std::size_t count : {1, 2, 499, 500, 501, 1000, 1001, 1100}) {
        INFO(count << " ids");
        // The last `count` ids, in reverse: the chunks mix both waves.
        std::vector<std::string> asked(ids.rbegin(), ids.rbegin() + static_cast<long>(count));
        std::map<std::string, std::string> expected;
        for (const std::string& id : asked) expected[id] = written.at(id);
        CHECK(read(asked) == expected);
        // Unknown ids in between are skipped.
        std::vector<std::string> with_unknown;
        for (const std::string& id : asked) {
            with_unknown.push_back(id);
            with_unknown.push_back("unknown-" + id);
        }
        CHECK(read(with_unknown) == expected);
    }
    CHECK(read({"read-7"}).count("read-7") == 1);
    CHECK(read({}).empty());
    CHECK(read({"nobody"}).empty());
    CHECK(read({"nobody", "read-3"}).size() == 1);
}

TEST_CASE("[store] a scan reads one snapshot: a response written during it is wholly left out") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        // Enough rows in the first wave that the scan visits its first batch
        // while the second wave's slice is still unread.
        std::vector<StoredResponse> batch;
        for (int i = 0; i < 25000; ++i)
            batch.push_back(make_response("id-" + std::to_string(i), "w_dec", "pistoia",
                                          "social_service", "R" + std::to_string(i),
                                          "{\"a\":" + std::to_string(i % 5 + 1) + "}"));
        for (int i = 0; i < 5; ++i)
            batch.push_back(make_response("late-" + std::to_string(i), "a_mar", "pistoia",
                                          "social_service", "R" + std::to_string(i), "{\"a\":2}"));
        auto writer = store->begin_write();
        writer->write(batch);
        writer->commit();
    }
    ResponseFilter filter = network_filter();
    filter.scan_ids = true;
    filter.scan_items = true;
    ScoreDictionaries dictionaries;
    std::size_t rows = 0;
    bool wrote = false, saw_new = false;
    store->scan_scores(filter, dictionaries, [&](const ScoreBatch& scanned) {
        rows += scanned.size;
        for (const std::string& id : scanned.ids) saw_new = saw_new || id == "new-1";
        if (wrote) return;
        // Another connection adds a response to the unread slice, with an
        // item no stored response has: a new item layout.
        auto other = database.open();
        auto writer = other->begin_write();
        writer->write({make_response("new-1", "a_mar", "pistoia", "social_service", "R9",
                                     "{\"a\":1,\"zz_new\":4}")});
        writer->commit();
        wrote = true;
    });
    CHECK(wrote);
    CHECK(rows == 25005);
    CHECK_FALSE(saw_new);
    CHECK(std::find(dictionaries.items.begin(), dictionaries.items.end(), "zz_new") ==
          dictionaries.items.end());
    // The next scan sees it.
    ScoreDictionaries after;
    std::size_t rows_after = 0;
    store->scan_scores(filter, after,
                       [&](const ScoreBatch& scanned) { rows_after += scanned.size; });
    CHECK(rows_after == 25006);
}

namespace {

StoredResponse scored_by(StoredResponse stored, const std::string& plugin,
                         const std::string& version) {
    stored.scorer = Scorer{plugin, version};
    return stored;
}

// Each response's stored scores by id (withdrawn ones too).
std::map<std::string, std::vector<Score>> scores_by_id(Store& store) {
    ResponseFilter filter = network_filter();
    filter.include_withdrawn = true;
    std::map<std::string, std::vector<Score>> scores;
    store.for_each_response(
        filter, [&](const StoredResponse& stored) { scores[stored.response.id] = stored.scores; });
    return scores;
}

}  // namespace

TEST_CASE("[store] a version 4 database is upgraded to 5: its score sets' scorer is unrecorded") {
    TestDatabase database;
    {
        auto store = ready_store(database);
        auto writer = store->begin_write();
        writer->write({make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
                       make_response("r2", "a_mar", "pistoia", "social_service", "P01")});
        writer->commit();
    }
    back_to_version_4(database);
    auto store = database.open();
    CHECK(store->schema_version() == 7);
    const std::vector<Scorer> others = store->other_scorers("network", Scorer{"network", "1.0"});
    REQUIRE(others.size() == 1);
    CHECK_FALSE(others[0].recorded());
    CHECK(store->other_scorers("network", Scorer{}).empty());
    auto raw = database.raw();
    long long without = -1;
    *raw << "SELECT COUNT(*) FROM score_sets WHERE scorer IS NULL", soci::into(without);
    CHECK(without == 0);
    CHECK(scores_by_id(*store).at("r1").size() == 2);  // the scores themselves are untouched
}

TEST_CASE("[store] a score set remembers its scorer, other scorers count while they have a set") {
    TestDatabase database;
    auto store = ready_store(database);
    auto writer = store->begin_write();
    writer->write(
        {scored_by(make_response("r1", "w_dec", "pistoia", "social_service", "P01"), "nd", "1.0"),
         scored_by(make_response("r2", "w_dec", "pistoia", "social_service", "P02"), "nd", "1.0")});
    writer->commit();
    const Scorer old_release{"nd", "1.0"}, new_release{"nd", "2.0"};
    CHECK(store->other_scorers("network", old_release).empty());
    CHECK(store->other_scorers("network", new_release) == std::vector<Scorer>{old_release});

    // A correction entered with the new release: both have sets now.
    store->replace_response(
        scored_by(make_response("r2", "w_dec", "pistoia", "social_service", "P02", R"({"q1":4})"),
                  "nd", "2.0"),
        "typo");
    CHECK(store->other_scorers("network", old_release) == std::vector<Scorer>{new_release});
    // A withdrawn response's set is no report's: its scorer stops counting.
    store->withdraw_response("r2", "left");
    CHECK(store->other_scorers("network", old_release).empty());
}

TEST_CASE("[store] a rescore rewrites what changed and claims every set, or nothing at all") {
    TestDatabase database;
    auto store = ready_store(database);
    {
        auto writer = store->begin_write();
        writer->write({scored_by(make_response("r1", "w_dec", "pistoia", "social_service", "P01"),
                                 "nd", "1.0"),
                       scored_by(make_response("r2", "w_dec", "pistoia", "social_service", "P02"),
                                 "nd", "1.0"),
                       scored_by(make_response("r3", "w_dec", "pistoia", "social_service", "P03",
                                               R"({"q1":3})", {}),
                                 "nd", "1.0")});
        writer->commit();
        store->withdraw_response("r3", "left");
    }
    const auto before = scores_by_id(*store);
    const Scorer old_release{"nd", "1.0"}, new_release{"nd", "2.0"};
    const auto rescored = [&](const std::string& id, std::vector<Score> scores) {
        StoredResponse stored = make_response(id, "w_dec", "pistoia", "social_service",
                                              id == "r1"   ? "P01"
                                              : id == "r2" ? "P02"
                                                           : "P03",
                                              R"({"q1":3})", std::move(scores));
        stored.scorer = new_release;
        return stored;
    };
    {
        // Not committed (a dry run, or a plugin failing half way): rolled back.
        auto rewriter = store->begin_rescore("network", new_release);
        rewriter->rewrite(rescored("r1", {{"sharing", 9.0}, {"integration", 1.0}}));
    }
    CHECK(scores_by_id(*store).at("r1").size() == before.at("r1").size());
    CHECK(scores_by_id(*store).at("r1")[0].value == 3.0);
    CHECK(store->other_scorers("network", old_release).empty());

    auto rewriter = store->begin_rescore("network", new_release);
    rewriter->rewrite(rescored("r1", {{"sharing", 9.0}, {"integration", 1.0}}));  // new values
    rewriter->rewrite(rescored("r2", {}));                                        // no scores now
    rewriter->rewrite(rescored("r3", {{"sharing", 2.0}}));  // scores where there were none
    rewriter->commit();
    const auto after = scores_by_id(*store);
    REQUIRE(after.at("r1").size() == 2);
    CHECK(after.at("r1")[0].value == 9.0);
    CHECK(after.at("r1")[1].value == 1.0);
    CHECK(after.at("r2").empty());
    REQUIRE(after.at("r3").size() == 1);
    CHECK(after.at("r3")[0].value == 2.0);
    // Every set is the new release's, and the withdrawn one stays withdrawn.
    CHECK(store->other_scorers("network", new_release).empty());
    CHECK(store->other_scorers("network", old_release) == std::vector<Scorer>{new_release});
    CHECK(store->count_responses(network_filter()) == 2);
    ScoreDictionaries dictionaries;
    std::size_t scanned = 0;
    store->scan_scores(network_filter(), dictionaries,
                       [&](const ScoreBatch& batch) { scanned += batch.size; });
    CHECK(scanned == 1);  // r1; r2 has no set, r3 is withdrawn
}

TEST_CASE("[store] response_ids_by_write lists the latest written last, withdrawn left out") {
    TestDatabase database;
    auto store = ready_store(database);
    const auto write = [&](const std::vector<StoredResponse>& batch) {
        auto writer = store->begin_write();
        writer->write(batch);
        writer->commit();
    };
    write({make_response("z-first", "a_mar", "pistoia", "social_service", "P1"),
           make_response("m-first", "a_mar", "pistoia", "social_service", "P2"),
           make_response("gone", "a_mar", "pistoia", "social_service", "P4"),
           make_response("elsewhere", "a_mar", "valdinievole", "social_service", "P5")});
    // Times are kept to the second: a second later, an id that sorts first.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    write({make_response("a-second", "a_mar", "pistoia", "social_service", "P3")});
    store->withdraw_response("gone", "sent twice");
    ResponseFilter filter;
    filter.form = "network";
    filter.territories = {"pistoia"};
    // Same second: id order; then the later write.
    CHECK(store->response_ids_by_write(filter) ==
          std::vector<std::string>{"m-first", "z-first", "a-second"});
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    store->replace_response(
        make_response("m-first", "a_mar", "pistoia", "social_service", "P2", R"({"q1":4})"),
        "corrected");
    CHECK(store->response_ids_by_write(filter) ==
          std::vector<std::string>{"z-first", "a-second", "m-first"});
    filter.form = "";
    CHECK_THROWS_AS(store->response_ids_by_write(filter), InvalidInput);
}
