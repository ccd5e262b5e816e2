// A demo database on the backend under test (SONDA_TEST_BACKEND: sqlite, or
// postgresql in a schema of its own on SONDA_TEST_POSTGRES_URL, which must
// then be set), an admin token made with `sonda users add`, and a running
// sonda-server on it.
#pragma once

#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "postgres_schema.hpp"
#include "server_process.hpp"
#include "temporary_database.hpp"

namespace sonda::test {

class ServedDemo {
    // Declared first: dropped after the server has stopped.
    std::optional<PostgresSchema> m_schema;
    TemporaryDatabase m_file;

  public:
    explicit ServedDemo(const std::vector<std::string>& server_args = {}) {
        const char* backend = std::getenv("SONDA_TEST_BACKEND");
        if (backend && std::string(backend) == "postgresql") {
            const auto url = postgres_test_url();
            if (!url)
                throw std::runtime_error(
                    "SONDA_TEST_POSTGRES_URL is not set: run script/test, or start a server "
                    "with `script/postgres start DIR` and export the URL it prints");
            m_schema.emplace(*url);
            db = m_schema->target();
        } else {
            db = m_file.path();
        }
        run_cli({"demo", "--db", db, "--force"});
        admin = add_user("admin", "admin");
        server = std::make_unique<ServerProcess>(db, server_args);
    }

    // `sonda users add`: the token it prints.
    std::string add_user(const std::string& name, const std::string& role,
                         const std::vector<std::string>& more = {}) {
        std::vector<std::string> args{"users", "add", "--db", db, "--name", name, "--role", role};
        args.insert(args.end(), more.begin(), more.end());
        std::string token = run_cli(args);
        while (!token.empty() && (token.back() == '\n' || token.back() == '\r')) token.pop_back();
        return token;
    }

    std::string db;
    std::string admin;
    std::unique_ptr<ServerProcess> server;
};

// A network-dimensions response in the interchange format.
inline std::string network_response(const std::string& id, const std::string& wave,
                                    const std::string& territory, const std::string& respondent,
                                    int sharing_1 = 4) {
    return "{\"id\":\"" + id + "\",\"form\":\"network-dimensions\",\"form_version\":1,\"wave\":\"" +
           wave + "\",\"territory\":\"" + territory +
           "\",\"role\":\"social_service\",\"respondent\":\"" + respondent +
           "\",\"answers\":{\"sharing_1\":" + std::to_string(sharing_1) +
           ",\"sharing_2\":3,\"sharing_3\":4,\"integration_1\":2,\"integration_2\":3,"
           "\"integration_3\":3,\"sharing_strengths\":[\"Presence of first access desks\"]}}";
}

// "00000000-0000-4000-8000-<n as 12 digits>".
inline std::string test_id(int n) {
    char id[64];
    std::snprintf(id, sizeof id, "5e4fe400-0000-4000-8000-%012d", n);
    return id;
}

}  // namespace sonda::test
