// Accounts and links against a real database: tokens authenticate exactly
// while they are valid, and only a keyed hash of them is ever stored.
#include "sonda/access/access_control.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "../../../core/src/access/token.hpp"
#include "access_database.hpp"
#include "sonda/util/utc_time.hpp"

using namespace sonda;

namespace {

AccountRequest coordinator(const std::string& name) {
    AccountRequest request;
    request.name = name;
    request.role = AccessRole::Coordinator;
    request.territories = {"north"};
    return request;
}

bool refused(AccessControl& access, const std::string& token) {
    try {
        access.authenticate(token);
        return false;
    } catch (const AccessDenied& denied) {
        CHECK_FALSE(denied.authenticated());
        return true;
    }
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("a token authenticates its account with the account's scope") {
    test::AccessDatabase database;
    auto store = database.open();
    AccessControl access(*store);
    const IssuedToken issued = access.add_account(coordinator("anna"));
    CHECK(issued.token.rfind("sonda_", 0) == 0);

    // Another connection (another server process) knows the token too.
    auto other_store = database.open();
    const Principal principal = AccessControl(*other_store).authenticate(issued.token);
    CHECK(principal.name == "anna");
    CHECK(principal.role == AccessRole::Coordinator);
    CHECK(principal.territories == std::vector<std::string>{"north"});
    CHECK_FALSE(principal.link);
}

TEST_CASE("a malformed, altered or unknown token is refused, with one message for all") {
    test::AccessDatabase database;
    auto store = database.open();
    AccessControl access(*store);
    const std::string token = access.add_account(coordinator("anna")).token;
    std::string altered = token;
    altered.back() = altered.back() == 'A' ? 'B' : 'A';
    const std::string unknown = access::make_token().text;
    CHECK(refused(access, ""));
    CHECK(refused(access, "Bearer " + token));
    CHECK(refused(access, token + "x"));
    CHECK(refused(access, altered));
    CHECK(refused(access, unknown));
    try {
        access.authenticate(altered);
    } catch (const AccessDenied& denied) {
        CHECK(std::string(denied.what()) == "the token is not valid: unknown, revoked or expired");
    }
}

TEST_CASE("revocation takes effect at once, also for a server already running") {
    test::AccessDatabase database;
    auto server_store = database.open();
    AccessControl server(*server_store);
    const std::string token = server.add_account(coordinator("anna")).token;
    CHECK(server.authenticate(token).name == "anna");

    auto cli_store = database.open();
    CHECK(AccessControl(*cli_store).revoke("anna"));
    CHECK(refused(server, token));
    CHECK_FALSE(AccessControl(*cli_store).revoke("nobody"));
    // Revoking twice keeps the first time.
    const std::string first = cli_store->access().principals().front().revoked_at;
    CHECK(AccessControl(*cli_store).revoke("anna"));
    CHECK(cli_store->access().principals().front().revoked_at == first);
}

TEST_CASE("an expired token is refused") {
    test::AccessDatabase database;
    auto store = database.open();
    // Written as a token made yesterday with a day's validity would be.
    const access::NewToken token = access::make_token();
    PrincipalRecord record;
    record.principal.name = "old";
    record.principal.role = AccessRole::Evaluator;
    record.principal.created_at = "2020-01-01T00:00:00Z";
    record.principal.expires_at = "2020-01-02T00:00:00Z";
    record.token_id = token.parts.id;
    record.token_hash = access::secret_hash(store->access().token_key(), token.parts.secret);
    store->access().add_principal(record, AuditEvent{"", "account.add", "old", "", "test"});
    AccessControl access(*store);
    CHECK(refused(access, token.text));

    AccountRequest later = coordinator("later");
    later.expires_at = "2999-12-31";
    const IssuedToken issued = access.add_account(later);
    CHECK(issued.principal.expires_at == "2999-12-31T23:59:59Z");
    CHECK(access.authenticate(issued.token).name == "later");
}

TEST_CASE("only a keyed hash of a token is stored") {
    test::AccessDatabase database;
    auto store = database.open();
    AccessControl access(*store);
    const std::string token = access.add_account(coordinator("anna")).token;
    const auto parts = access::parse_token(token);
    REQUIRE(parts);
    const auto record = store->access().find_token(parts->id);
    REQUIRE(record);
    CHECK(record->token_hash.size() == 64);
    CHECK(record->token_hash.find(parts->secret) == std::string::npos);
    // The hash is keyed: without the database's key it is not the plain hash.
    CHECK(record->token_hash != access::secret_hash(std::string(64, '0'), parts->secret));
    if (database.sqlite()) {
        store.reset();  // checkpoints the -wal into the file
        CHECK(file_bytes(database.file()).find(parts->secret) == std::string::npos);
    }
}

TEST_CASE("accounts are checked against the study and their role") {
    test::AccessDatabase database;
    auto store = database.open();
    AccessControl access(*store);
    AccountRequest request;
    request.name = "bad name";
    request.role = AccessRole::Collector;
    request.territories = {"west"};
    request.forms = {"nope"};
    request.waves = {"w9"};
    request.expires_at = "2020-02-30";
    try {
        access.add_account(request);
        FAIL("accepted");
    } catch (const InvalidInput& error) {
        const std::string text = error.what();
        CHECK(text.find("'bad name'") != std::string::npos);
        CHECK(text.find("'west' is not a territory of the study (known: north, south, east)") !=
              std::string::npos);
        CHECK(text.find("'nope' is not a form") != std::string::npos);
        CHECK(text.find("'w9' is not a wave") != std::string::npos);
        CHECK(text.find("'2020-02-30' is not a date") != std::string::npos);
    }
    AccountRequest coordinator_without = coordinator("c");
    coordinator_without.territories.clear();
    CHECK_THROWS_AS(access.add_account(coordinator_without), InvalidInput);
    AccountRequest admin_with = coordinator("a");
    admin_with.role = AccessRole::Admin;
    CHECK_THROWS_AS(access.add_account(admin_with), InvalidInput);
    AccountRequest link_name = coordinator("link-x");
    CHECK_THROWS_AS(access.add_account(link_name), InvalidInput);

    access.add_account(coordinator("anna"));
    CHECK_THROWS_AS(access.add_account(coordinator("anna")), ConflictError);
    CHECK(store->access().principals().size() == 1);
}

TEST_CASE("a participant link submits to its form, wave and territory only") {
    test::AccessDatabase database;
    auto store = database.open();
    AccessControl access(*store);
    const IssuedToken link =
        access.create_link(LinkRequest{"expect", "w2", "south", "", "", "cli"});
    CHECK(link.principal.name.rfind("link-", 0) == 0);
    const Principal principal = access.authenticate(link.token);
    CHECK(principal.link);
    CHECK(principal.role == AccessRole::Collector);
    CHECK(principal.submits_to("expect", "w2", "south"));
    CHECK_FALSE(principal.submits_to("expect", "w1", "south"));
    CHECK_FALSE(principal.submits_to("expect", "w2", "north"));
    CHECK_FALSE(principal.submits_to("other", "w2", "south"));
    CHECK_FALSE(principal.reads_responses());
    CHECK_THROWS_AS(access.create_link(LinkRequest{"expect", "w2", "west", "", "", "cli"}),
                    InvalidInput);
}
