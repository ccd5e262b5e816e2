// Durability under crashes: concurrent clients submit responses and resend
// each one until it is acknowledged (201 or 200), the way the participant
// page's outbox does, while the server is killed with SIGKILL 20 times and
// started again. Afterwards every acknowledged response is stored, exactly
// once, with the content that was sent, and the audit chain is intact. Then
// the same with two servers on one database, each submission sometimes raced
// to both at once (issue #14: "the same submission raced to two servers is
// stored once").
#include <signal.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "server_fixture.hpp"
#include "sonda/store/store.hpp"

using namespace sonda::test;

namespace {

constexpr const char* kJson = "application/json";
constexpr int kKills = 20;
constexpr int kClients = 6;

// The running servers, replaced while clients use them: a client takes a
// copy of the pointer, so a server it is talking to is never destroyed
// under it (only killed, which the client sees as a broken connection).
class Servers {
  public:
    Servers(const std::string& db, int count) : m_db(db) {
        for (int i = 0; i < count; ++i) m_running.push_back(std::make_shared<ServerProcess>(db));
    }
    std::shared_ptr<ServerProcess> at(std::size_t index) {
        std::lock_guard lock(m_mutex);
        return m_running[index % m_running.size()];
    }
    std::size_t size() const { return m_running.size(); }
    // SIGKILL, then a new server on the same database.
    void crash_and_restart(std::size_t index) {
        std::shared_ptr<ServerProcess> victim = at(index);
        CHECK(victim->stop(SIGKILL) == -1);
        auto fresh = std::make_shared<ServerProcess>(m_db);
        std::lock_guard lock(m_mutex);
        m_running[index] = std::move(fresh);
    }

  private:
    std::string m_db;
    std::mutex m_mutex;
    std::vector<std::shared_ptr<ServerProcess>> m_running;
};

struct Ledger {
    std::mutex mutex;
    std::map<std::string, std::string> acknowledged;  // id -> respondent
    std::vector<std::string> unexpected;              // answers other than 200/201
    std::atomic<long long> attempts{0};
};

// Sends until one of the servers acknowledges; a connection the server's
// death broke, or a 5xx, is retried after a pause.
bool deliver(Servers& servers, std::size_t server, const std::string& body,
             const std::string& token, Ledger& ledger, const std::atomic<bool>& give_up) {
    while (!give_up) {
        ++ledger.attempts;
        try {
            const HttpAnswer answer =
                servers.at(server)->post("/api/v1/responses", body, kJson, token);
            if (answer.status == 200 || answer.status == 201) return true;
            if (answer.status < 500) {
                std::lock_guard lock(ledger.mutex);
                ledger.unexpected.push_back(std::to_string(answer.status) + " " + answer.body);
                return false;
            }
        } catch (const std::exception&) {
            // The server died under this request: it may or may not be stored.
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

}  // namespace

namespace {

std::string respondent_code(int client, int k) {
    char code[32];
    std::snprintf(code, sizeof code, "DU%02d%05d", client, k);
    return code;
}

// One client: submissions one after another until `stop`, each delivered
// before the next; with `race`, every third one is sent to two servers at once.
void client(Servers& servers, int number, const std::string& token, bool race, Ledger& ledger,
            const std::atomic<bool>& stop, const std::atomic<bool>& give_up) {
    static const char* territories[] = {"livorno", "sds_pistoiese"};
    for (int k = 0; !stop; ++k) {
        const std::string id = test_id(700000 + number * 10000 + k);
        const std::string code = respondent_code(number, k);
        const std::string body =
            network_response(id, "workshop-2", territories[k % 2], code, 1 + k % 5);
        bool acknowledged = false;
        if (race && k % 3 == 0) {
            std::atomic<bool> other{false};
            std::thread twin([&] { other = deliver(servers, 1, body, token, ledger, give_up); });
            acknowledged = deliver(servers, 0, body, token, ledger, give_up);
            twin.join();
            acknowledged = acknowledged && other;
        } else {
            acknowledged = deliver(servers, number, body, token, ledger, give_up);
        }
        if (!acknowledged) return;
        std::lock_guard lock(ledger.mutex);
        ledger.acknowledged.emplace(id, code);
    }
}

// Clients submit while `servers` are crashed kKills times in turn; then every
// acknowledged response must be stored once, and nothing else of theirs.
void submit_through_crashes(ServedDemo& demo, int server_count, bool race) {
    demo.server->stop(SIGTERM);
    Servers servers(demo.db, server_count);
    Ledger ledger;
    std::atomic<bool> stop{false}, give_up{false};
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c)
        clients.emplace_back(
            [&, c] { client(servers, c, demo.admin, race, ledger, stop, give_up); });
    std::mt19937 random(20261128);
    std::uniform_int_distribution<int> pause_ms(40, 250);
    for (int kill = 0; kill < kKills; ++kill) {
        std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(random)));
        servers.crash_and_restart(static_cast<std::size_t>(kill) % servers.size());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // some after the last crash
    stop = true;
    // A safety net only: a delivery still failing after this is a failure.
    std::thread watchdog([&] {
        for (int i = 0; i < 1200 && !give_up; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        give_up = true;
    });
    for (std::thread& one : clients) one.join();
    const bool gave_up = give_up.exchange(true);
    watchdog.join();
    for (std::size_t i = 0; i < servers.size(); ++i) CHECK(servers.at(i)->stop(SIGTERM) == 0);

    INFO("attempts: " << ledger.attempts << ", acknowledged: " << ledger.acknowledged.size());
    CHECK_FALSE(gave_up);
    CHECK(ledger.unexpected.empty());
    for (const std::string& answer : ledger.unexpected) UNSCOPED_INFO(answer);
    CHECK(ledger.acknowledged.size() >= 50);  // the crashes met real load

    // What is stored of the clients' respondents, by id and by respondent.
    std::map<std::string, std::string> stored;  // id -> respondent
    std::map<std::string, int> per_respondent;
    auto store = sonda::Store::open(demo.db, sonda::Store::Access::ReadOnly);
    sonda::ResponseFilter filter;
    filter.form = "network-dimensions";
    filter.include_withdrawn = true;
    filter.with_scores = false;
    store->for_each_response(filter, [&](const sonda::StoredResponse& one) {
        const sonda::Response& r = one.response;
        if (r.respondent.rfind("DU", 0) != 0) return;
        stored.emplace(r.id, r.respondent);
        ++per_respondent[r.territory + "/" + r.respondent];
    });
    std::vector<std::string> lost, duplicated;
    for (const auto& [id, code] : ledger.acknowledged) {
        const auto found = stored.find(id);
        if (found == stored.end() || found->second != code) lost.push_back(id);
    }
    for (const auto& [respondent, count] : per_respondent)
        if (count != 1) duplicated.push_back(respondent);
    CHECK(lost.empty());
    CHECK(duplicated.empty());
    // Nothing stored that no client saw acknowledged: each client's last
    // submission was delivered, and nothing else was sent.
    CHECK(stored.size() == ledger.acknowledged.size());
    // The audit chain survived every crash (run_cli requires exit 0).
    CHECK(run_cli({"audit", "verify", "--db", demo.db}).find("intact") != std::string::npos);
}

}  // namespace

TEST_CASE("20 crashes under concurrent resending clients lose and duplicate nothing",
          "[server][durability]") {
    ServedDemo demo;
    submit_through_crashes(demo, 1, false);
}

TEST_CASE("two servers on one database, crashed in turn, store a raced submission once",
          "[server][durability]") {
    ServedDemo demo;
    submit_through_crashes(demo, 2, true);
}
