#include "bulk_insert.hpp"

namespace sonda::store {

namespace {
// PostgreSQL accepts up to 65535 parameters a statement; a few hundred rows a
// statement already amortise the round trip.
constexpr std::size_t kMaxParameters = 4000;
constexpr std::size_t kMaxRowsPerStatement = 500;
}  // namespace

struct BulkInsert::MultiRow {
    std::deque<std::string> text;
    std::deque<long long> integer;
    std::deque<double> real;
    std::deque<soci::indicator> indicator;
    std::unique_ptr<soci::statement> statement;
};

BulkInsert::BulkInsert(Connection& connection, std::string insert_prefix,
                       std::vector<Column> columns)
    : m_connection(connection), m_prefix(std::move(insert_prefix)), m_columns(std::move(columns)) {
    for (const Column& column : m_columns) {
        switch (column.type) {
            case Type::text:
                m_slot.push_back(m_text.size());
                m_text.emplace_back();
                break;
            case Type::integer:
                m_slot.push_back(m_integer.size());
                m_integer.emplace_back();
                break;
            case Type::real:
                m_slot.push_back(m_real.size());
                m_real.emplace_back();
                m_real_indicator.emplace_back();
                break;
        }
    }
}

BulkInsert::~BulkInsert() = default;

std::size_t BulkInsert::rows() const {
    const Column& first = m_columns.front();
    switch (first.type) {
        case Type::text:
            return m_text[m_slot[0]].size();
        case Type::integer:
            return m_integer[m_slot[0]].size();
        case Type::real:
            return m_real[m_slot[0]].size();
    }
    return 0;
}

void BulkInsert::flush() {
    if (rows() == 0) return;  // SOCI throws on empty vectors
    if (m_connection.dialect.multi_row_values())
        flush_multi_row();
    else
        flush_vector();
    for (auto& buffer : m_text) buffer.clear();
    for (auto& buffer : m_integer) buffer.clear();
    for (auto& buffer : m_real) buffer.clear();
    for (auto& buffer : m_real_indicator) buffer.clear();
}

void BulkInsert::flush_vector() {
    if (!m_vector_statement) {
        std::string sql = m_prefix + " VALUES (";
        auto statement = std::make_unique<soci::statement>(m_connection.sql);
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            sql += (i ? ", :c" : ":c") + std::to_string(i);
            switch (m_columns[i].type) {
                case Type::text:
                    statement->exchange(soci::use(m_text[m_slot[i]]));
                    break;
                case Type::integer:
                    statement->exchange(soci::use(m_integer[m_slot[i]]));
                    break;
                case Type::real:
                    statement->exchange(soci::use(m_real[m_slot[i]], m_real_indicator[m_slot[i]]));
                    break;
            }
        }
        sql += ")";
        statement->alloc();
        statement->prepare(sql);
        statement->define_and_bind();
        m_vector_statement = std::move(statement);
    }
    m_vector_statement->execute(true);
}

BulkInsert::MultiRow& BulkInsert::multi_row(std::size_t rows) {
    auto found = m_multi_row.find(rows);
    if (found != m_multi_row.end()) return *found->second;
    auto prepared = std::make_unique<MultiRow>();
    auto statement = std::make_unique<soci::statement>(m_connection.sql);
    std::string sql = m_prefix + " VALUES ";
    int parameter = 0;
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row ? ", (" : "(";
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            sql += (i ? ", :p" : ":p") + std::to_string(++parameter);
            switch (m_columns[i].type) {
                case Type::text:
                    statement->exchange(soci::use(prepared->text.emplace_back()));
                    break;
                case Type::integer:
                    statement->exchange(soci::use(prepared->integer.emplace_back()));
                    break;
                case Type::real:
                    statement->exchange(soci::use(prepared->real.emplace_back(),
                                                  prepared->indicator.emplace_back(soci::i_ok)));
                    break;
            }
        }
        sql += ")";
    }
    statement->alloc();
    statement->prepare(sql);
    statement->define_and_bind();
    prepared->statement = std::move(statement);
    return *m_multi_row.emplace(rows, std::move(prepared)).first->second;
}

void BulkInsert::flush_multi_row() {
    const std::size_t total = rows();
    const std::size_t per_statement =
        std::max<std::size_t>(1, std::min(kMaxRowsPerStatement, kMaxParameters / m_columns.size()));
    for (std::size_t start = 0; start < total; start += per_statement) {
        const std::size_t count = std::min(per_statement, total - start);
        MultiRow& target = multi_row(count);
        std::size_t text = 0, integer = 0, real = 0;
        for (std::size_t row = start; row < start + count; ++row) {
            for (std::size_t i = 0; i < m_columns.size(); ++i) {
                const std::size_t slot = m_slot[i];
                switch (m_columns[i].type) {
                    case Type::text:
                        target.text[text++].swap(m_text[slot][row]);
                        break;
                    case Type::integer:
                        target.integer[integer++] = m_integer[slot][row];
                        break;
                    case Type::real:
                        target.real[real] = m_real[slot][row];
                        target.indicator[real++] = m_real_indicator[slot][row];
                        break;
                }
            }
        }
        target.statement->execute(true);
    }
}

}  // namespace sonda::store
