// Inserting many rows fast on both backends: the caller fills column buffers
// and calls flush(). On SQLite one prepared INSERT runs with vector binding; on
// PostgreSQL (whose SOCI backend would send bulk rows one by one) the rows go
// as multi-row VALUES statements, prepared once per row count. Either way the
// statements are prepared once and reused for every flush.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "connection.hpp"

namespace sonda::store {

class BulkInsert {
  public:
    enum class Type { text, integer, real };  // real is nullable (indicator)
    struct Column {
        const char* name;
        Type type;
    };

    // `insert_prefix` is "INSERT INTO table (a, b, c)"; the VALUES follow.
    BulkInsert(Connection& connection, std::string insert_prefix, std::vector<Column> columns);
    ~BulkInsert();

    // Column buffers, filled by the caller, one entry per row; flush() empties them.
    std::vector<std::string>& text(std::size_t column) { return m_text[m_slot[column]]; }
    std::vector<long long>& integer(std::size_t column) { return m_integer[m_slot[column]]; }
    std::vector<double>& real(std::size_t column) { return m_real[m_slot[column]]; }
    std::vector<soci::indicator>& real_indicator(std::size_t column) {
        return m_real_indicator[m_slot[column]];
    }

    std::size_t rows() const;
    void flush();  // inserts the buffered rows (none: nothing happens)

  private:
    struct MultiRow;  // one PostgreSQL statement of N rows with its scalar buffers
    void flush_vector();
    void flush_multi_row();
    MultiRow& multi_row(std::size_t rows);

    Connection& m_connection;
    std::string m_prefix;
    std::vector<Column> m_columns;
    std::vector<std::size_t> m_slot;  // column -> index in its type's buffers
    std::vector<std::vector<std::string>> m_text;
    std::vector<std::vector<long long>> m_integer;
    std::vector<std::vector<double>> m_real;
    std::vector<std::vector<soci::indicator>> m_real_indicator;

    std::unique_ptr<soci::statement> m_vector_statement;
    std::map<std::size_t, std::unique_ptr<MultiRow>> m_multi_row;
};

}  // namespace sonda::store
