// A fresh PostgreSQL schema for one test process on the server named by
// SONDA_TEST_POSTGRES_URL (script/test starts a throwaway one; locally
// `script/postgres start DIR` prints a URL), reached through libpq's
// search_path as docs/store.md describes, and dropped when the object goes.
// Suites that link it need soci::postgresql.
#pragma once

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <random>
#include <regex>
#include <stdexcept>
#include <string>

namespace sonda::test {

// The server's URL, or none when the variable is unset or empty.
inline std::optional<std::string> postgres_test_url() {
    const char* url = std::getenv("SONDA_TEST_POSTGRES_URL");
    if (!url || !*url) return std::nullopt;
    return std::string(url);
}

class PostgresSchema {
  public:
    explicit PostgresSchema(const std::string& url) : m_url(url) {
        std::random_device seed;
        std::mt19937_64 random(seed());
        static const char* digits = "0123456789abcdef";
        m_schema = "t_";
        for (int i = 0; i < 12; ++i) m_schema += digits[random() % 16];  // safe in SQL text
        soci::session admin(*soci::factory_postgresql(), keywords());
        admin << "CREATE SCHEMA " + m_schema;
        m_target = m_url + (m_url.find('?') == std::string::npos ? "?" : "&") +
                   "options=-csearch_path%3D" + m_schema;
    }
    ~PostgresSchema() {
        try {
            soci::session admin(*soci::factory_postgresql(), keywords());
            admin << "SET client_min_messages TO WARNING";
            admin << "DROP SCHEMA " + m_schema + " CASCADE";
        } catch (const std::exception& error) {
            std::cerr << "could not drop the test schema " << m_schema << ": " << error.what()
                      << "\n";
        }
    }
    PostgresSchema(const PostgresSchema&) = delete;
    PostgresSchema& operator=(const PostgresSchema&) = delete;

    // What Store::open and Project take.
    const std::string& target() const { return m_target; }
    // The schema's name, for a test's own session (`SET search_path TO ...`).
    const std::string& schema() const { return m_schema; }

    // SOCI's PostgreSQL backend takes libpq keywords, not a URL.
    std::string keywords() const {
        static const std::regex pattern(
            R"(postgres(?:ql)?://([^:@/]+)(?::([^@/]*))?@([^:/]+)(?::(\d+))?/([^?]+).*)");
        std::smatch parts;
        if (!std::regex_match(m_url, parts, pattern))
            throw std::invalid_argument(
                "SONDA_TEST_POSTGRES_URL must look like postgresql://user@host:port/database");
        std::string out =
            "user=" + parts[1].str() + " host=" + parts[3].str() + " dbname=" + parts[5].str();
        if (parts[2].matched) out += " password=" + parts[2].str();
        if (parts[4].matched) out += " port=" + parts[4].str();
        return out;
    }

  private:
    std::string m_url, m_schema, m_target;
};

}  // namespace sonda::test
