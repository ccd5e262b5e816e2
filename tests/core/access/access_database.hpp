// A fresh database with a small study and one form, on the backend the
// suite runs for (SONDA_TEST_BACKEND), and a raw SOCI session on it for
// what a test must do behind sonda's back (tampering with the audit log).
#pragma once

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <memory>
#include <string>

#include "postgres_schema.hpp"
#include "sonda/store/store.hpp"
#include "temporary_database.hpp"

namespace sonda::test {

class AccessDatabase {
  public:
    AccessDatabase() {
        const char* backend = std::getenv("SONDA_TEST_BACKEND");
        if (backend && std::string(backend) == "postgresql") {
            const auto url = postgres_test_url();
            if (!url)
                FAIL(
                    "SONDA_TEST_POSTGRES_URL is not set: run through script/test, or start "
                    "a server with `script/postgres start DIR` and export the URL it prints");
            m_schema = std::make_unique<PostgresSchema>(*url);
            m_target = m_schema->target();
        } else {
            m_file = std::make_unique<TemporaryDatabase>();
            m_target = m_file->path();
        }
        auto store = open();
        Study study;
        study.id = "s";
        study.title = LocalizedText("Study");
        for (const char* id : {"north", "south", "east"})
            study.territories.push_back({id, LocalizedText(id)});
        study.roles.push_back({"social", LocalizedText("social")});
        study.waves.push_back({"w1", "2026-01-10", 1, LocalizedText("w1")});
        study.waves.push_back({"w2", "2026-06-10", 2, LocalizedText("w2")});
        store->save_study(study);
        store->save_form(FormRecord{"expect", 1, "team-expectations", "{}"});
    }

    const std::string& target() const { return m_target; }
    std::unique_ptr<Store> open() const { return Store::open(m_target); }
    bool sqlite() const { return m_file != nullptr; }
    const std::string& file() const { return m_file->path(); }

    // A session of the test's own on the same database.
    std::unique_ptr<soci::session> raw_session() const {
        if (m_file) return std::make_unique<soci::session>(*soci::factory_sqlite3(), m_target);
        auto session =
            std::make_unique<soci::session>(*soci::factory_postgresql(), m_schema->keywords());
        *session << "SET search_path TO " + m_schema->schema();
        return session;
    }

  private:
    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<PostgresSchema> m_schema;
    std::string m_target;
};

}  // namespace sonda::test
