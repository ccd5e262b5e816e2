// The audit log's chain on a real database: every change appends one entry,
// a write's entry exists exactly when the write does, and any edit, removal
// or reordering in the middle is found.
#include "sonda/access/audit_log.hpp"

#include <catch2/catch.hpp>
#include <thread>

#include "access_database.hpp"
#include "sonda/access/access_control.hpp"

using namespace sonda;

namespace {

std::vector<AuditEntry> entries(Store& store) {
    std::vector<AuditEntry> out;
    store.access().for_each_audit(0, [&](const AuditEntry& entry) { out.push_back(entry); });
    return out;
}

void fill(Store& store, int count) {
    for (int i = 0; i < count; ++i)
        store.access().append_audit(
            AuditEvent{"anna", "report.read", "expect", "entry " + std::to_string(i), "127.0.0.1"});
}

}  // namespace

TEST_CASE("each change of accounts appends one chained entry") {
    test::AccessDatabase database;
    auto store = database.open();
    AccessControl access(*store);
    AccountRequest request;
    request.name = "anna";
    request.role = AccessRole::Evaluator;
    access.add_account(request);
    access.revoke("anna");
    const std::vector<AuditEntry> log = entries(*store);
    REQUIRE(log.size() == 2);
    CHECK(log[0].sequence == 1);
    CHECK(log[0].event.action == "account.add");
    CHECK(log[0].previous_hash == std::string(64, '0'));
    CHECK(log[1].previous_hash == log[0].hash);
    CHECK(log[1].event.action == "principal.revoke");
    const AuditVerdict verdict = verify_audit(*store);
    CHECK(verdict.entries == 2);
    CHECK_FALSE(verdict.broken_at);
}

TEST_CASE("a changed, removed or reordered entry breaks the chain where it is") {
    test::AccessDatabase database;
    auto store = database.open();
    fill(*store, 5);
    auto raw = database.raw_session();
    SECTION("changed") {
        *raw << "UPDATE audit_log SET who = 'someone' WHERE sequence = 3";
        CHECK(verify_audit(*store).broken_at == 3);
    }
    SECTION("changed with its own hash recomputed") {
        AuditEntry third = entries(*store)[2];
        third.event.detail = "nothing to see";
        const std::string hash = audit_hash(third);
        *raw << "UPDATE audit_log SET detail = 'nothing to see', hash = :hash WHERE sequence = 3",
            soci::use(hash);
        CHECK(verify_audit(*store).broken_at == 4);
    }
    SECTION("removed") {
        *raw << "DELETE FROM audit_log WHERE sequence = 2";
        const AuditVerdict verdict = verify_audit(*store);
        CHECK(verdict.broken_at == 3);
        CHECK(verdict.reason.find("entry 2 is missing") != std::string::npos);
    }
    SECTION("reordered") {
        *raw << "UPDATE audit_log SET sequence = 100 WHERE sequence = 2";
        *raw << "UPDATE audit_log SET sequence = 2 WHERE sequence = 4";
        *raw << "UPDATE audit_log SET sequence = 4 WHERE sequence = 100";
        CHECK(verify_audit(*store).broken_at == 2);
    }
}

TEST_CASE("a write's audit entry is stored with the write and only with it") {
    test::AccessDatabase database;
    auto store = database.open();
    {
        auto writer = store->begin_write();
        writer->audit(AuditEvent{"anna", "response.submit", "r1", "", "127.0.0.1"});
        // destroyed uncommitted: rolled back, entry included
    }
    CHECK(entries(*store).empty());
    auto writer = store->begin_write();
    writer->audit(AuditEvent{"anna", "response.submit", "r1", "", "127.0.0.1"});
    writer->commit();
    REQUIRE(entries(*store).size() == 1);
    CHECK(entries(*store)[0].event.target == "r1");
}

TEST_CASE("concurrent appends from several connections keep one chain") {
    test::AccessDatabase database;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            auto store = database.open();
            fill(*store, 15);
        });
    for (std::thread& thread : threads) thread.join();
    auto store = database.open();
    const AuditVerdict verdict = verify_audit(*store);
    CHECK(verdict.entries == 60);
    CHECK_FALSE(verdict.broken_at);
}
