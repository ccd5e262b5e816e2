// A statement whose SQL is assembled from fixed fragments and placeholders (for
// IN lists whose length depends on a filter) while every value stays bound:
// values never enter the SQL text. Bound values live in deques so their
// addresses stay stable; a caller may change them and execute again.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <string>
#include <vector>

namespace sonda::store {

class Query {
  public:
    Query& sql(const std::string& fragment) {
        m_sql += fragment;
        return *this;
    }
    // Appends a placeholder bound to `value`; the returned slot may be changed later.
    std::string& text(const std::string& value) {
        m_sql += placeholder();
        m_order.push_back({Kind::text, m_texts.size()});
        return m_texts.emplace_back(value);
    }
    long long& integer(long long value) {
        m_sql += placeholder();
        m_order.push_back({Kind::integer, m_integers.size()});
        return m_integers.emplace_back(value);
    }
    // "(:p1, :p2, ...)" bound to `values` (must not be empty).
    Query& text_list(const std::vector<std::string>& values) {
        m_sql += "(";
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i) m_sql += ", ";
            text(values[i]);
        }
        m_sql += ")";
        return *this;
    }

    const std::string& str() const { return m_sql; }

    // Calls text(position, value) or integer(position, value) for each bound
    // value, positions from 1 in placeholder order: for code that binds
    // through a backend's own API (the SQLite fast path of the score scan).
    template <typename Text, typename Integer>
    void each_value(Text&& text, Integer&& integer) const {
        for (std::size_t i = 0; i < m_order.size(); ++i) {
            if (m_order[i].kind == Kind::text)
                text(static_cast<int>(i + 1), m_texts[m_order[i].index]);
            else
                integer(static_cast<int>(i + 1), m_integers[m_order[i].index]);
        }
    }

    // Exchanges the bound values with `statement`, in placeholder order.
    void bind(soci::statement& statement) {
        for (const Slot& slot : m_order) {
            if (slot.kind == Kind::text)
                statement.exchange(soci::use(m_texts[slot.index]));
            else
                statement.exchange(soci::use(m_integers[slot.index]));
        }
    }

  private:
    enum class Kind { text, integer };
    struct Slot {
        Kind kind;
        std::size_t index;
    };
    std::string placeholder() { return ":p" + std::to_string(m_order.size() + 1); }

    std::string m_sql;
    std::deque<std::string> m_texts;
    std::deque<long long> m_integers;
    std::vector<Slot> m_order;
};

// Prepares `statement` for `query`, after the caller exchanged its intos.
inline void prepare(soci::statement& statement, Query& query) {
    query.bind(statement);
    statement.alloc();
    statement.prepare(query.str());
    statement.define_and_bind();
}

}  // namespace sonda::store
