// Scores: packed one row per response in score_sets (score_sets.hpp), read
// back per page of responses for for_each_response, and streamed for the
// statistics by scan_scores. The scan is the report's hot path: on SQLite it
// steps the statement through SQLite's own API, reading each column in place
// (SOCI's vector binding copied every text cell into a std::string), on a
// second thread while the caller's thread decodes (read_slices). The response
// ids and the packed item answers are read only when the caller asks.
#include <soci/sqlite3/soci-sqlite3.h>  // declares SQLite's API in namespace sqlite_api

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "score_sets.hpp"
#include "sonda/i18n/message_language.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr std::size_t kIdsPerQuery = 500;     // placeholders in one IN list
constexpr std::size_t kRowsPerFetch = 10000;  // rows moved per bulk fetch (SOCI path)
constexpr std::size_t kBatch = 8192;          // responses per visited batch
constexpr const char* kSetsOf =
    "SELECT response_id, layout, vals FROM score_sets WHERE response_id IN ";
constexpr const char* kLayouts = "SELECT id, form, names FROM score_layouts ORDER BY id";
constexpr const char* kFormLayouts =
    "SELECT id, names FROM score_layouts WHERE form = :form ORDER BY id";
constexpr const char* kFormItemLayouts =
    "SELECT id, names FROM item_layouts WHERE form = :form ORDER BY id";
// One (wave, territory) slice of a form at a time: a range of the clustered
// key on SQLite, and a bounded result for SOCI's PostgreSQL backend, which
// holds a whole result in memory.
constexpr const char* kScanColumns = "SELECT role, respondent, layout, vals";
constexpr const char* kScanId = ", response_id";
constexpr const char* kScanItems = ", item_layout, items";
constexpr const char* kScanFrom = " FROM score_sets WHERE form = ";
// A NULL item layout: no item answers, like the empty layout.
constexpr long long kNoItemLayout = -1;

bool wanted(const std::vector<std::string>& filter, const std::string& id) {
    return filter.empty() || std::find(filter.begin(), filter.end(), id) != filter.end();
}

[[noreturn]] void damaged(Connection& connection, std::string_view respondent,
                          std::string_view values, const char* what = "scores") {
    throw StorageError("database " + connection.target + ": the stored " + what +
                       " of respondent '" + std::string(respondent) + "' are damaged ('" +
                       std::string(values) +
                       "' is not a list of numbers); re-import the responses");
}

// Which columns a scan reads beyond role, respondent and the scores.
struct ScanColumns {
    bool ids = false;
    bool items = false;
};

// One row of a slice; `id` and the item columns are set only when asked.
struct ScanRow {
    std::string_view role, respondent, vals;
    long long layout = 0;
    std::string_view id;
    long long item_layout = kNoItemLayout;
    std::string_view items;
};

// Codes for one dictionary; `code` adds what it has not seen.
struct Coder {
    std::vector<std::string>& names;
    std::int32_t code(std::string_view name) {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return static_cast<std::int32_t>(i);
        names.emplace_back(name);
        return static_cast<std::int32_t>(names.size() - 1);
    }
};

// Codes one territory's respondents. Each slice (a wave of the territory)
// arrives in respondent order, so a code is found by merging against the
// codes already known, sorted: sequential string compares instead of a
// million hash probes, which were most of the scan's own time.
class RespondentCoder {
  public:
    RespondentCoder(Connection& connection, std::vector<std::string>& names)
        : m_connection(connection), m_names(names) {}

    void begin_slice() {
        m_at = 0;
        m_last = -1;
        m_added.clear();
    }

    std::int32_t code(std::string_view name) {
        if (m_last >= 0) {
            const std::string& last = m_names[static_cast<std::size_t>(m_last)];
            if (name == last) return m_last;  // the same respondent again (answered twice)
            if (name < last)
                throw StorageError("database " + m_connection.target +
                                   ": scores did not arrive in respondent order ('" +
                                   std::string(name) + "' after '" + last + "')");
        }
        while (m_at < m_sorted.size() && name_of(m_sorted[m_at]) < name) ++m_at;
        if (m_at < m_sorted.size() && name_of(m_sorted[m_at]) == name)
            return m_last = m_sorted[m_at];
        m_last = static_cast<std::int32_t>(m_names.size());
        m_names.emplace_back(name);
        m_added.push_back(m_last);
        return m_last;
    }

    // The slice's new codes join the sorted ones (both are in name order).
    void end_slice() {
        if (m_added.empty()) return;
        std::vector<std::int32_t> merged;
        merged.reserve(m_sorted.size() + m_added.size());
        std::merge(m_sorted.begin(), m_sorted.end(), m_added.begin(), m_added.end(),
                   std::back_inserter(merged),
                   [&](std::int32_t a, std::int32_t b) { return name_of(a) < name_of(b); });
        m_sorted.swap(merged);
    }

  private:
    std::string_view name_of(std::int32_t code) const {
        return m_names[static_cast<std::size_t>(code)];
    }

    Connection& m_connection;
    std::vector<std::string>& m_names;
    std::vector<std::int32_t> m_sorted, m_added;
    std::size_t m_at = 0;
    std::int32_t m_last = -1;
};

// Steps the rows of one slice, calling on_row(const ScanRow&). kExtras: the
// query selects some of the optional columns; a scan without them does not
// even test for them.
template <bool kExtras, typename OnRow>
void each_row(Connection& connection, Query& query, ScanColumns columns, OnRow&& on_row) {
    if (connection.dialect.backend() == Backend::sqlite) {
        using namespace sqlite_api;
        auto* backend = static_cast<soci::sqlite3_session_backend*>(connection.sql.get_backend());
        sqlite3* db = backend->conn_;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, query.str().c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw soci::soci_error(sqlite3_errmsg(db));
        struct Finalize {
            sqlite3_stmt* statement;
            ~Finalize() { sqlite3_finalize(statement); }
        } finalize{statement};
        query.each_value(
            [&](int position, const std::string& value) {
                sqlite3_bind_text(statement, position, value.data(), static_cast<int>(value.size()),
                                  SQLITE_STATIC);
            },
            [&](int position, long long value) { sqlite3_bind_int64(statement, position, value); });
        const auto text = [&](int column) {
            const auto* data =
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
            return std::string_view(data ? data : "", static_cast<std::size_t>(
                                                          sqlite3_column_bytes(statement, column)));
        };
        const int item_column = columns.ids ? 5 : 4;
        ScanRow row;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            row.role = text(0);
            row.respondent = text(1);
            row.layout = sqlite3_column_int64(statement, 2);
            row.vals = text(3);
            if constexpr (kExtras) {
                if (columns.ids) row.id = text(4);
                if (columns.items) {
                    row.item_layout = sqlite3_column_type(statement, item_column) == SQLITE_NULL
                                          ? kNoItemLayout
                                          : sqlite3_column_int64(statement, item_column);
                    row.items = text(item_column + 1);
                }
            }
            on_row(row);
        }
        if (step != SQLITE_DONE) throw soci::soci_error(sqlite3_errmsg(db));
        return;
    }
    std::vector<std::string> role(kRowsPerFetch), respondent(kRowsPerFetch), vals(kRowsPerFetch);
    std::vector<long long> layout(kRowsPerFetch);
    std::vector<std::string> id, items;
    std::vector<long long> item_layout;
    std::vector<soci::indicator> item_layout_null, items_null;
    soci::statement statement(connection.sql);
    statement.exchange(soci::into(role));
    statement.exchange(soci::into(respondent));
    statement.exchange(soci::into(layout));
    statement.exchange(soci::into(vals));
    if (columns.ids) {
        id.resize(kRowsPerFetch);
        statement.exchange(soci::into(id));
    }
    if (columns.items) {
        item_layout.resize(kRowsPerFetch);
        item_layout_null.resize(kRowsPerFetch);
        items.resize(kRowsPerFetch);
        items_null.resize(kRowsPerFetch);
        statement.exchange(soci::into(item_layout, item_layout_null));
        statement.exchange(soci::into(items, items_null));
    }
    prepare(statement, query);
    statement.execute();
    ScanRow scanned;
    while (statement.fetch()) {
        for (std::size_t row = 0; row < role.size(); ++row) {
            scanned.role = role[row];
            scanned.respondent = respondent[row];
            scanned.layout = layout[row];
            scanned.vals = vals[row];
            if (columns.ids) scanned.id = id[row];
            if (columns.items) {
                scanned.item_layout =
                    item_layout_null[row] == soci::i_null ? kNoItemLayout : item_layout[row];
                scanned.items = items_null[row] == soci::i_null ? std::string_view() : items[row];
            }
            on_row(scanned);
        }
    }
}

// One part of a slice's rows, copied out of SQLite by the reading thread.
struct SliceRows {
    struct Row {
        std::uint32_t role, role_size, respondent, respondent_size, vals, vals_size;
        long long layout;
    };
    // The columns read only when asked, one per row then: apart, so that a
    // scan without them moves no more bytes than before they existed.
    struct Extra {
        std::uint32_t id, id_size, items, items_size;
        long long item_layout;
    };
    std::size_t slice = 0;
    bool last = false;  // the slice's last part
    std::string text;   // every row's text columns, back to back
    std::vector<Row> rows;
    std::vector<Extra> extras;  // empty, or one per row
};

// Hands parts from the reading thread to the decoding one: a few parts in
// flight at most, so memory stays at a few thousand rows.
class SliceQueue {
  public:
    // False when the consumer gave up: the reader stops.
    bool push(SliceRows&& part) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_parts.size() < kInFlight || m_cancelled; });
        if (m_cancelled) return false;
        m_parts.push_back(std::move(part));
        m_changed.notify_all();
        return true;
    }
    // False when the reader is done; rethrows the reader's error.
    bool pop(SliceRows& part) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_parts.empty() || m_done; });
        if (m_error) std::rethrow_exception(m_error);
        if (m_parts.empty()) return false;
        part = std::move(m_parts.front());
        m_parts.pop_front();
        m_changed.notify_all();
        return true;
    }
    void finish(std::exception_ptr error = nullptr) {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_error = error;
        m_changed.notify_all();
    }
    void cancel() {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

  private:
    static constexpr std::size_t kInFlight = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<SliceRows> m_parts;
    bool m_done = false, m_cancelled = false;
    std::exception_ptr m_error;
};

struct Slice {
    std::string wave, territory;
};

// Runs every slice's query, calling begin(i), row(const ScanRow&) for each row
// and end(i); kExtras as for each_row. On SQLite, stepping the statement (page
// reads, record decoding: about half the scan) runs on a second thread while
// this one decodes the values and codes the respondents, so the two halves
// overlap; the connection is used by that thread alone until it is done.
template <bool kExtras, typename Begin, typename OnRow, typename End>
void read_slices(Connection& connection, Query& query, ScanColumns columns, std::string& wave_slot,
                 std::string& territory_slot, const std::vector<Slice>& slices, Begin&& begin,
                 OnRow&& row, End&& end) {
    if (connection.dialect.backend() != Backend::sqlite) {
        for (std::size_t i = 0; i < slices.size(); ++i) {
            wave_slot = slices[i].wave;
            territory_slot = slices[i].territory;
            begin(i);
            each_row<kExtras>(connection, query, columns, row);
            end(i);
        }
        return;
    }
    constexpr std::size_t kPartRows = 2048;
    SliceQueue queue;
    struct Stopped {};
    // The reader speaks the caller's language: its errors reach the caller.
    std::thread reader([&, language = i18n::message_language()] {
        const i18n::MessageLanguage scope{language};
        try {
            for (std::size_t i = 0; i < slices.size(); ++i) {
                wave_slot = slices[i].wave;
                territory_slot = slices[i].territory;
                SliceRows part;
                part.slice = i;
                const auto append = [&](std::string_view text) {
                    const auto at = static_cast<std::uint32_t>(part.text.size());
                    part.text.append(text);
                    return at;
                };
                each_row<kExtras>(connection, query, columns, [&](const ScanRow& scanned) {
                    SliceRows::Row copied;
                    copied.role = append(scanned.role);
                    copied.role_size = static_cast<std::uint32_t>(scanned.role.size());
                    copied.respondent = append(scanned.respondent);
                    copied.respondent_size = static_cast<std::uint32_t>(scanned.respondent.size());
                    copied.vals = append(scanned.vals);
                    copied.vals_size = static_cast<std::uint32_t>(scanned.vals.size());
                    copied.layout = scanned.layout;
                    part.rows.push_back(copied);
                    if constexpr (kExtras) {
                        SliceRows::Extra extra{};
                        extra.id = append(scanned.id);
                        extra.id_size = static_cast<std::uint32_t>(scanned.id.size());
                        extra.items = append(scanned.items);
                        extra.items_size = static_cast<std::uint32_t>(scanned.items.size());
                        extra.item_layout = scanned.item_layout;
                        part.extras.push_back(extra);
                    }
                    if (part.rows.size() == kPartRows) {
                        if (!queue.push(std::move(part))) throw Stopped{};
                        part = SliceRows{};
                        part.slice = i;
                    }
                });
                part.last = true;
                if (!queue.push(std::move(part))) throw Stopped{};
            }
            queue.finish();
        } catch (const Stopped&) {
            queue.finish();
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    struct Join {
        SliceQueue& queue;
        std::thread& reader;
        ~Join() {
            queue.cancel();  // a no-op once the reader is done; stops it after an error here
            reader.join();
        }
    } join{queue, reader};
    SliceRows part;
    std::size_t current = slices.size();  // none
    while (queue.pop(part)) {
        if (part.slice != current) {
            begin(part.slice);
            current = part.slice;
        }
        const std::string_view text = part.text;
        ScanRow scanned;
        for (std::size_t i = 0; i < part.rows.size(); ++i) {
            const SliceRows::Row& copied = part.rows[i];
            scanned.role = text.substr(copied.role, copied.role_size);
            scanned.respondent = text.substr(copied.respondent, copied.respondent_size);
            scanned.layout = copied.layout;
            scanned.vals = text.substr(copied.vals, copied.vals_size);
            if constexpr (kExtras) {
                const SliceRows::Extra& extra = part.extras[i];
                scanned.id = text.substr(extra.id, extra.id_size);
                scanned.items = text.substr(extra.items, extra.items_size);
                scanned.item_layout = extra.item_layout;
            }
            row(scanned);
        }
        if (part.last) {
            end(part.slice);
            current = slices.size();
        }
    }
}

}  // namespace

LayoutNames load_layout_names(Connection& connection) {
    return guarded(connection, "reading score layouts", [&] {
        LayoutNames names_of;
        long long id = 0;
        std::string form, names;
        soci::statement select = (connection.sql.prepare << kLayouts, soci::into(id),
                                  soci::into(form), soci::into(names));
        select.execute();
        while (select.fetch()) names_of[id] = strings_from_json(names);
        return names_of;
    });
}

void fetch_scores(Connection& connection, LayoutNames& layouts, const std::vector<std::string>& ids,
                  ScoreRows& out) {
    out.response_id.clear();
    out.score.clear();
    out.value.clear();
    if (ids.empty()) return;
    guarded(connection, "reading scores", [&] {
        // One IN list of fixed length, prepared once; the last chunk is padded
        // with the empty id, which no response has.
        Query query;
        query.sql(kSetsOf);
        std::vector<std::string*> slots;
        query.sql("(");
        for (std::size_t i = 0; i < std::min(kIdsPerQuery, ids.size()); ++i) {
            query.sql(i ? ", " : "");
            slots.push_back(&query.text(""));
        }
        query.sql(")");
        std::vector<std::string> response_id(kIdsPerQuery), vals(kIdsPerQuery);
        std::vector<long long> layout(kIdsPerQuery);
        soci::statement statement(connection.sql);
        statement.exchange(soci::into(response_id));
        statement.exchange(soci::into(layout));
        statement.exchange(soci::into(vals));
        prepare(statement, query);
        std::vector<double> values;
        for (std::size_t start = 0; start < ids.size(); start += slots.size()) {
            for (std::size_t i = 0; i < slots.size(); ++i)
                *slots[i] = start + i < ids.size() ? ids[start + i] : std::string();
            response_id.resize(kIdsPerQuery);
            layout.resize(kIdsPerQuery);
            vals.resize(kIdsPerQuery);
            statement.execute();
            while (statement.fetch()) {
                for (std::size_t row = 0; row < response_id.size(); ++row) {
                    if (!layouts.count(layout[row])) layouts = load_layout_names(connection);
                    const std::vector<std::string>& names = layouts[layout[row]];
                    values.clear();
                    if (!decode_score_values(vals[row], values) || values.size() != names.size())
                        damaged(connection, response_id[row], vals[row]);
                    for (std::size_t i = 0; i < names.size(); ++i) {
                        out.response_id.push_back(response_id[row]);
                        out.score.push_back(names[i]);
                        out.value.push_back(values[i]);
                    }
                }
            }
        }
    });
}

void scan_scores(Connection& connection, const ResponseFilter& filter,
                 ScoreDictionaries& dictionaries,
                 const std::function<void(const ScoreBatch&)>& visit) {
    if (filter.form.empty())
        throw InvalidInput(Location{"", 0, "", ""}, "reading scores needs the form they answer");
    guarded(connection, "reading scores", [&] {
        // One snapshot for the whole scan: the layouts read first and every
        // slice after them see the same committed data, so a response
        // imported meanwhile is wholly in the scan or not at all, never a row
        // whose (item) layout the scan has not loaded.
        Transaction snapshot(connection, connection.dialect.backend() == Backend::sqlite
                                             ? "BEGIN"
                                             : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        // PostgreSQL sorts each slice (a parallel scan and a sort beat the
        // primary key's random reads); with the default 4 MB the sort of a
        // slice of 125k responses spilled to disk and took a third longer.
        if (connection.dialect.backend() == Backend::postgresql)
            connection.sql << "SET LOCAL work_mem = '32MB'";
        Coder scores{dictionaries.scores}, waves{dictionaries.waves},
            territories{dictionaries.territories}, roles{dictionaries.roles};
        // The form's layouts, as positions in the score dictionary.
        std::unordered_map<long long, std::vector<std::int32_t>> layouts;
        {
            long long id = 0;
            std::string names;
            soci::statement select = (connection.sql.prepare << kFormLayouts,
                                      soci::use(filter.form), soci::into(id), soci::into(names));
            select.execute();
            while (select.fetch())
                for (const std::string& name : strings_from_json(names))
                    layouts[id].push_back(scores.code(name));
        }
        const std::size_t width = dictionaries.scores.size();
        const ScanColumns columns{filter.scan_ids, filter.scan_items};
        // The form's item layouts, as positions in the item dictionary: all
        // of them before the first batch, so every batch has the same width.
        std::unordered_map<long long, std::vector<std::int32_t>> item_layouts;
        if (columns.items) {
            std::unordered_map<std::string, std::int32_t> item_codes;
            for (std::size_t i = 0; i < dictionaries.items.size(); ++i)
                item_codes.emplace(dictionaries.items[i], static_cast<std::int32_t>(i));
            long long id = 0;
            std::string names;
            soci::statement select = (connection.sql.prepare << kFormItemLayouts,
                                      soci::use(filter.form), soci::into(id), soci::into(names));
            select.execute();
            while (select.fetch()) {
                std::vector<std::int32_t>& positions = item_layouts[id];
                for (const std::string& name : strings_from_json(names)) {
                    const auto [at, added] = item_codes.emplace(
                        name, static_cast<std::int32_t>(dictionaries.items.size()));
                    if (added) dictionaries.items.push_back(name);
                    positions.push_back(at->second);
                }
            }
        }
        const std::size_t item_width = dictionaries.items.size();
        std::vector<std::string> slice_waves, slice_territories;
        for (const std::string& id : wave_ids(connection)) {
            waves.code(id);
            if (wanted(filter.waves, id)) slice_waves.push_back(id);
        }
        for (const std::string& id : territory_ids(connection)) {
            territories.code(id);
            if (wanted(filter.territories, id)) slice_territories.push_back(id);
        }
        for (const std::string& id : role_ids(connection)) roles.code(id);

        Query query;
        query.sql(kScanColumns);
        if (columns.ids) query.sql(kScanId);
        if (columns.items) query.sql(kScanItems);
        query.sql(kScanFrom);
        query.text(filter.form);
        query.sql(" AND wave = ");
        std::string& wave_slot = query.text("");
        query.sql(" AND territory = ");
        std::string& territory_slot = query.text("");
        if (filter.form_version) {
            query.sql(" AND form_version = ");
            query.integer(*filter.form_version);
        }
        if (!filter.roles.empty()) query.sql(" AND role IN ").text_list(filter.roles);
        if (!filter.include_withdrawn) query.sql(" AND withdrawn = 0");
        // The clustered key's order (no sort on SQLite), and the documented
        // one: an anonymous respondent's answers come in id order on both backends.
        query.sql(" ORDER BY respondent, response_id");

        std::vector<std::int32_t> wave, territory, role, respondent;
        std::vector<double> values, decoded, items, decoded_items;
        // Strings kept from batch to batch: assigning an id reuses its buffer.
        std::vector<std::string> ids;
        const auto flush = [&] {
            if (wave.empty()) return;
            ScoreBatch batch;
            batch.size = wave.size();
            batch.wave = wave;
            batch.territory = territory;
            batch.role = role;
            batch.respondent = respondent;
            batch.values = values;
            batch.width = width;
            if (columns.ids) batch.ids = std::span<const std::string>(ids.data(), batch.size);
            if (columns.items) {
                batch.items = items;
                batch.item_width = item_width;
            }
            visit(batch);
            wave.clear();
            territory.clear();
            role.clear();
            respondent.clear();
            values.clear();
            items.clear();
        };
        std::vector<Slice> slices;
        for (const std::string& wave_id : slice_waves)
            for (const std::string& territory_id : slice_territories)
                slices.push_back({wave_id, territory_id});
        // Respondent codes per territory (they are scoped by it).
        std::vector<std::unique_ptr<RespondentCoder>> respondent_codes;
        RespondentCoder* coder = nullptr;
        std::int32_t wave_code = -1, territory_code = -1, last_role_code = -1;
        std::string last_role;
        const auto begin = [&](std::size_t slice) {
            wave_code = waves.code(slices[slice].wave);
            territory_code = territories.code(slices[slice].territory);
            const auto at = static_cast<std::size_t>(territory_code);
            if (respondent_codes.size() <= at) respondent_codes.resize(at + 1);
            if (!respondent_codes[at])
                respondent_codes[at] =
                    std::make_unique<RespondentCoder>(connection, dictionaries.respondents);
            coder = respondent_codes[at].get();
            coder->begin_slice();
            last_role_code = -1;
        };
        // The optional columns of a row, kept out of `row`: grown by them,
        // `row` stopped inlining its helpers and a scan without them ran 4%
        // more instructions on this thread (callgrind, BM_ScoreScan); apart, 1%.
        const std::vector<std::int32_t> no_items;
        const auto add_extras = [&](const ScanRow& scanned) {
            if (columns.items) {
                // The scan's snapshot holds every layout its rows name, so an
                // unknown one is damage, like an unknown score layout.
                const std::vector<std::int32_t>* positions = &no_items;
                if (scanned.item_layout != kNoItemLayout) {
                    const auto found = item_layouts.find(scanned.item_layout);
                    if (found == item_layouts.end())
                        damaged(connection, scanned.respondent, scanned.items, "item answers");
                    positions = &found->second;
                }
                decoded_items.clear();
                if (!decode_item_values(scanned.items, positions->size(), decoded_items))
                    damaged(connection, scanned.respondent, scanned.items, "item answers");
                const std::size_t at = items.size();
                items.resize(at + item_width, std::numeric_limits<double>::quiet_NaN());
                for (std::size_t i = 0; i < decoded_items.size(); ++i)
                    items[at + static_cast<std::size_t>((*positions)[i])] = decoded_items[i];
            }
            if (columns.ids) {
                const std::size_t at = wave.size();
                if (at < ids.size())
                    ids[at].assign(scanned.id);
                else
                    ids.emplace_back(scanned.id);
            }
        };
        const bool extras = columns.ids || columns.items;
        const auto row = [&](const ScanRow& scanned) {
            const std::string_view role_id = scanned.role, respondent_id = scanned.respondent;
            auto layout = layouts.find(scanned.layout);
            decoded.clear();
            if (layout == layouts.end() || !decode_score_values(scanned.vals, decoded) ||
                decoded.size() != layout->second.size())
                damaged(connection, respondent_id, scanned.vals);
            if (extras) add_extras(scanned);
            if (last_role_code < 0 || role_id != last_role) {
                last_role.assign(role_id);
                last_role_code = roles.code(role_id);
            }
            const std::int32_t respondent_code = coder->code(respondent_id);
            wave.push_back(wave_code);
            territory.push_back(territory_code);
            role.push_back(last_role_code);
            respondent.push_back(respondent_code);
            const std::size_t at = values.size();
            values.resize(at + width, std::numeric_limits<double>::quiet_NaN());
            for (std::size_t i = 0; i < decoded.size(); ++i)
                values[at + static_cast<std::size_t>(layout->second[i])] = decoded[i];
            if (wave.size() == kBatch) flush();
        };
        const auto end = [&](std::size_t) { coder->end_slice(); };
        // One pass over a table larger than any cache: a small cache keeps
        // the scan's peak memory down; the write cache comes back after.
        const bool sqlite = connection.dialect.backend() == Backend::sqlite;
        struct CacheForScan {
            Connection& connection;
            bool active;
            ~CacheForScan() {
                if (!active) return;
                try {
                    connection.sql << kSqliteWriteCache;
                } catch (const soci::soci_error&) {  // only costs speed; the scan's error matters
                }
            }
        } cache_for_scan{connection, sqlite};
        if (sqlite) connection.sql << kSqliteScanCache;
        if (columns.ids || columns.items)
            read_slices<true>(connection, query, columns, wave_slot, territory_slot, slices, begin,
                              row, end);
        else
            read_slices<false>(connection, query, columns, wave_slot, territory_slot, slices, begin,
                               row, end);
        flush();
        // The scan went through far more pages than SQLite's cache holds and
        // none will be needed again soon: give the cache back (SQLite only).
        if (connection.dialect.backend() == Backend::sqlite)
            connection.sql << "PRAGMA shrink_memory";
        snapshot.commit();
    });
}

}  // namespace sonda::store
