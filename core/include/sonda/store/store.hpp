// The store keeps a study, its forms and their responses in a database through
// SOCI: a SQLite file (the embedded default, WAL) or PostgreSQL (a shared
// regional server). Every SQL statement lives in core/src/store/; nothing else
// in sonda speaks SQL. The schema is created and upgraded by numbered
// migrations recorded in a schema-version table; a database newer than this
// code is refused.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sonda/access/audit_log.hpp"
#include "sonda/access/principal.hpp"
#include "sonda/model/code_override.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/model/study.hpp"

namespace sonda {

// The plugin that computed a set of scores: its name and version, as the
// plugin host read them (Registry::owner_of_instrument, owner_version). Both
// empty: not recorded (scores stored before schema version 5, or written
// through the library without saying).
struct Scorer {
    std::string plugin;
    std::string version;
    bool recorded() const { return !plugin.empty(); }
    bool operator==(const Scorer&) const = default;
};

// A response as written: the parsed response, its canonical JSON text, the
// scores its instrument computed when it was imported and who computed them.
struct StoredResponse {
    Response response;
    std::string canonical_json;  // Response::to_canonical_json()
    std::vector<Score> scores;
    Scorer scorer;  // for writes; what reads return leaves it empty
};

struct WriteResult {
    long long inserted = 0;
    long long unchanged = 0;  // same id with the same content: a no-op
};

// One all-or-nothing write. Batches go in through write(); nothing is visible
// to others until commit(); destroying an uncommitted writer rolls back.
class ResponseWriter {
  public:
    virtual ~ResponseWriter() = default;
    // Throws ConflictError naming the id(s) stored with different content or
    // answering twice (also in ConflictError::response_ids), and InvalidInput
    // for an id repeated inside the batch with different content.
    virtual WriteResult write(const std::vector<StoredResponse>& batch) = 0;
    // Appended to the audit log by commit(), in the same transaction: the
    // entry exists exactly when the write does.
    virtual void audit(const AuditEvent& event) = 0;
    virtual void commit() = 0;
};

// One all-or-nothing recomputation of a form's stored scores (sonda
// rescore), inside one transaction that also keeps other writers out. The
// caller reads the form's responses through the same store meanwhile (their
// reads join the transaction), and hands over the score sets that changed;
// nothing is visible to others until commit(); destroying an uncommitted
// rewriter rolls back.
class ScoreRewriter {
  public:
    virtual ~ScoreRewriter() = default;
    // Stores `response.scores` as the response's score set (none when
    // empty), computed by the rewriter's scorer.
    virtual void rewrite(const StoredResponse& response) = 0;
    // Records the scorer as the author of every score set of the form (the
    // unchanged ones were checked by it too), then commits.
    virtual void commit() = 0;
};

// A place in for_each_response's order (wave order, territory, respondent,
// id): what a reader that pages through the responses keeps as its cursor.
struct ResponsePosition {
    std::string wave, territory, respondent, id;
    bool operator==(const ResponsePosition&) const = default;
};

struct ResponseFilter {
    std::string form;                 // required
    std::optional<int> form_version;  // all versions when empty
    std::vector<std::string> waves;   // empty = all
    std::vector<std::string> territories;
    std::vector<std::string> roles;
    bool include_withdrawn = false;
    // for_each_response only: stop after this many (a list to pick from, in
    // order, without reading the rest of a large wave).
    std::optional<long long> limit;
    // for_each_response only: start right after this place (keyset paging:
    // a page costs the same wherever it starts). A wave the study does not
    // have starts nowhere: nothing is read.
    std::optional<ResponsePosition> after;
    // for_each_response only: false leaves StoredResponse::scores empty and
    // skips reading them (the full report reads the score table on its own).
    bool with_scores = true;
    // scan_scores only: also deliver each response's id (ScoreBatch::ids) and
    // its numeric item answers (ScoreBatch::items), for the full report.
    bool scan_ids = false;
    bool scan_items = false;
};

// The scores the statistics read, streamed by scan_scores in batches of
// responses: one row per response, dictionary-encoded as it arrives, so a
// million responses never exist as strings at once. The dictionaries grow
// across batches and a code never changes meaning.
struct ScoreDictionaries {
    std::vector<std::string> scores;  // the form's score names: every batch's width
    std::vector<std::string> waves;   // the study's, in wave order
    std::vector<std::string> territories;
    std::vector<std::string> roles;
    // Respondent codes scoped by territory: a code used in two territories is
    // two respondents, so the same text may appear twice here.
    std::vector<std::string> respondents;
    // With ResponseFilter::scan_items: every item id that has a numeric
    // answer in some stored response of the form (or had, before a
    // correction), complete before the first batch (like `scores`): every
    // batch's item_width.
    std::vector<std::string> items;
};

struct ScoreBatch {
    std::size_t size = 0;  // responses
    std::span<const std::int32_t> wave, territory, role, respondent;
    std::span<const double> values;  // size x scores, row-major; NaN when missing
    std::size_t width = 0;           // = dictionaries.scores.size()
    // With ResponseFilter::scan_ids: each response's id; otherwise empty.
    std::span<const std::string> ids;
    // With ResponseFilter::scan_items: size x item_width, row-major, each
    // response's numeric_answer() for every item of dictionaries.items (NaN
    // when absent, null or not a number); otherwise empty.
    std::span<const double> items;
    std::size_t item_width = 0;  // = dictionaries.items.size()
    double value(std::size_t response, std::size_t score) const {
        return values[response * width + score];
    }
};

// Scores of many responses in long form, one row per (response, score):
// row i is (score[i], wave[i], territory[i], role[i], respondent[i], value[i])
// over the same dictionaries. For tests and small reads; the report streams
// with scan_scores instead.
struct ScoreColumns {
    std::vector<std::string> scores;       // dictionary of score names
    std::vector<std::string> waves;        // dictionary of wave ids
    std::vector<std::string> territories;  // dictionary of territory ids
    std::vector<std::string> roles;        // dictionary of role ids
    std::vector<std::string> respondents;  // dictionary of respondent codes (per territory)

    std::vector<std::int32_t> score;
    std::vector<std::int32_t> wave;
    std::vector<std::int32_t> territory;
    std::vector<std::int32_t> role;
    std::vector<std::int32_t> respondent;
    std::vector<double> value;  // NaN when the score is missing
    std::size_t size() const { return value.size(); }
};

// One correction of a response, oldest first: what it was before and why it changed.
struct HistoryEntry {
    std::string response_id;
    std::string action;       // "replace" or "withdraw"
    std::string old_content;  // canonical JSON before the change
    std::string reason;
    std::string at;  // ISO 8601 UTC
};

struct FormRecord {
    std::string id;
    int version = 0;
    std::string plugin;
    std::string definition_json;  // the form file as loaded
};

// How a write waits for another writer of the same database: on SQLite for
// the file's write lock (one writer at a time), on PostgreSQL for the lock an
// import takes on the responses table (imports run one after the other, so
// concurrent imports of the same ids end as sequential ones would). A short
// first wait is silent; a longer one calls `notice` once with a
// "waiting for another writer (...)" line, and after `seconds` in all the
// write fails with a StorageError saying so.
struct WriterWait {
    int seconds = 600;
    std::function<void(const std::string& message)> notice;  // may be empty
};
// Process-wide: read by every write that starts afterwards. The CLI sets it
// from --wait / SONDA_WAIT and prints the notice on standard error.
void set_writer_wait(WriterWait wait);
const WriterWait& writer_wait();

// A principal as stored: the token's id and the keyed hash of its secret.
struct PrincipalRecord {
    Principal principal;
    std::string token_id;
    std::string token_hash;  // hex
};

// The rows of accounts, links and the audit log (sonda/access); the rules
// live in AccessControl. Each change appends its audit entry in the same
// transaction, and appends are serialised so the chain has no fork, also
// between several servers on one PostgreSQL.
class AccessRecords {
  public:
    virtual ~AccessRecords() = default;
    // The key of the token hashes (32 bytes, hex), made on first use.
    virtual std::string token_key() = 0;
    // ConflictError when the name is taken.
    virtual void add_principal(const PrincipalRecord& record, const AuditEvent& event) = 0;
    virtual std::optional<PrincipalRecord> find_token(const std::string& token_id) = 0;
    virtual std::vector<Principal> principals() = 0;  // by name
    // False when no principal has the name; an earlier revocation is kept.
    virtual bool revoke(const std::string& name, const std::string& at,
                        const AuditEvent& event) = 0;
    virtual AuditEntry append_audit(const AuditEvent& event) = 0;
    // In sequence order, from `after` (exclusive).
    virtual void for_each_audit(long long after,
                                const std::function<void(const AuditEntry&)>& visit) = 0;
};

class Store {
  public:
    virtual ~Store() = default;

    // "file.db" (SQLite) or "postgresql://user@host:port/db?options" (PostgreSQL).
    // Read-write creates the schema or upgrades it. Read-only (commands that
    // only read) creates nothing: a missing file, or one without a sonda
    // schema, is a StorageError, and an older schema is upgraded by a
    // read-write connection first (the one write a reader makes). Throws
    // StorageError with the target (password removed) and the reason.
    // Existing is read-write on a database that is there already: a SQLite
    // file that is not is refused, so a mistyped --db of a command that
    // writes (import, rescore, the dashboard) never becomes a new, empty
    // database. Only `sonda init` and `sonda demo` create one (ReadWrite).
    enum class Access { ReadWrite, ReadOnly, Existing };
    static std::unique_ptr<Store> open(const std::string& target,
                                       Access access = Access::ReadWrite);

    virtual std::string backend() const = 0;  // "sqlite3" or "postgresql"
    virtual int schema_version() = 0;

    // Study. save_study on an empty database stores it; on one with a study it
    // adds new territories, roles, services and waves and updates names, but
    // refuses to drop one that responses use.
    virtual bool has_study() = 0;
    virtual void save_study(const Study& study) = 0;
    virtual Study load_study() = 0;  // throws InvalidInput when none was initialised

    // Forms are stored whole; (id, version) is immutable once responses use it.
    virtual void save_form(const FormRecord& form) = 0;
    virtual std::vector<FormRecord> forms() = 0;
    virtual std::optional<FormRecord> form(const std::string& id, int version) = 0;

    virtual std::unique_ptr<ResponseWriter> begin_write() = 0;
    // Waits for other writers like begin_write (WriterWait).
    virtual std::unique_ptr<ScoreRewriter> begin_rescore(const std::string& form,
                                                         const Scorer& scorer) = 0;
    // The scorers other than `current` that computed score sets of `form`'s
    // responses (withdrawn ones left out): what a report warns about. Cheap
    // when the current scorer wrote them all; otherwise each other scorer
    // costs a look for one of its sets.
    virtual std::vector<Scorer> other_scorers(const std::string& form, const Scorer& current) = 0;

    // Streams the matching responses in (wave order, territory, respondent, id) order.
    virtual void for_each_response(const ResponseFilter& filter,
                                   const std::function<void(const StoredResponse&)>& visit) = 0;
    virtual long long count_responses(const ResponseFilter& filter) = 0;
    // Whether any response matches: stops at the first, so it stays instant
    // where a count would read a million rows.
    virtual bool any_response(const ResponseFilter& filter) = 0;
    // The ids of the matching responses in the order they were last written
    // (imported, replaced), the latest last; ties in id order. For a reader
    // where a later response supersedes an earlier one (what sonda-server
    // shows a participant link of its territory's previous wave).
    virtual std::vector<std::string> response_ids_by_write(const ResponseFilter& filter) = 0;
    // The responses with these ids (withdrawn ones too; unknown ids are
    // skipped), in no particular order, without scores. For a reader that
    // found the ids in a scan and needs only some of the contents.
    virtual void read_responses(const std::vector<std::string>& ids,
                                const std::function<void(const StoredResponse&)>& visit) = 0;
    // The matching responses' scores, `visit`ed batch by batch (responses
    // without scores are not visited). Waves come one after the other in the
    // study's order and, within a wave, territories in the study's order;
    // within a territory responses are in (respondent, id) byte order. The
    // whole scan reads one snapshot: a write committed meanwhile is wholly in
    // it or not at all. `visit` must not use this store.
    virtual void scan_scores(const ResponseFilter& filter, ScoreDictionaries& dictionaries,
                             const std::function<void(const ScoreBatch&)>& visit) = 0;
    ScoreColumns load_scores(const ResponseFilter& filter);  // scan_scores, in long form

    // Corrections (the dashboard, sonda-server): the old content is kept in a
    // history table with who, when and why. `audit`, when given, is appended
    // to the audit log in the same transaction: it exists exactly when the
    // change does (a withdrawal of a withdrawn response changes nothing and
    // is still recorded as asked).
    virtual void replace_response(const StoredResponse& response, const std::string& reason,
                                  const std::optional<AuditEvent>& audit = std::nullopt) = 0;
    virtual void withdraw_response(const std::string& id, const std::string& reason,
                                   const std::optional<AuditEvent>& audit = std::nullopt) = 0;
    virtual std::vector<HistoryEntry> history(const std::string& response_id) = 0;

    virtual void save_override(const CodeOverride& override_) = 0;
    virtual AccessRecords& access() = 0;
    virtual std::vector<CodeOverride> overrides(const std::string& form) = 0;
};

}  // namespace sonda
