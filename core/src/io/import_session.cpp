#include "import_session.hpp"

#include "sonda/i18n/message_language.hpp"
#include "sonda/model/response_id.hpp"

namespace sonda::io {

namespace {
constexpr long long kProgressEveryRows = 2048;
constexpr long long kProgressEveryBytes = 4 << 20;
}  // namespace

ImportSession::ImportSession(Project& project, std::string source, const ImportOptions& options)
    : m_project(project), m_source(std::move(source)), m_options(options) {
    if (m_options.batch_size == 0) throw UsageError("the import batch size must be at least 1");
    if (m_options.skip_invalid && !m_options.rejected_path.empty() && !m_options.dry_run) {
        // Rejected rows go to a temporary renamed into place only when the
        // import commits, so a failed import leaves no misleading file
        // behind; the database and the inputs are refused before any row is
        // stored.
        m_rejected = std::make_unique<SafeOutput>(
            m_options.rejected_path,
            OutputGuard{database_file(m_project.target()), m_options.inputs}, "--rejected");
    }
    m_batch.reserve(m_options.batch_size);
    m_writer = m_project.store().begin_write();
}

ImportSession::~ImportSession() = default;  // an uncommitted rejected file removes itself

void ImportSession::set_rejected_preamble(std::string preamble, std::string line_ending) {
    m_rejected_preamble = std::move(preamble);
    m_rejected_line_ending = std::move(line_ending);
    if (m_rejected) m_rejected->stream() << m_rejected_preamble;
}

void ImportSession::record_issue(Issue issue) {
    if (issue.where.file.empty()) issue.where.file = m_source;
    ++m_issue_count;
    if (m_summary.issues.size() < m_options.max_issues)
        m_summary.issues.push_back(std::move(issue));
}

void ImportSession::add_file_issue(Issue issue) {
    ++m_file_issues;
    record_issue(std::move(issue));
}

void ImportSession::write_rejected(std::string_view raw) {
    if (!m_rejected || raw.empty()) return;
    m_rejected->stream().write(raw.data(), static_cast<std::streamsize>(raw.size()));
    m_rejected->stream() << m_rejected_line_ending;
}

void ImportSession::reject(long long line, std::vector<Issue> issues, std::string_view raw) {
    ++m_summary.rows;
    ++m_invalid_rows;
    ++m_summary.rejected;
    if (issues.empty()) issues.push_back(Issue{{}, i18n::message("input.rejected")});
    for (Issue& issue : issues) {
        if (issue.where.line == 0) issue.where.line = line;
        if (raw.empty() && m_rejected) issue.reason += i18n::message("input.too_long_to_copy");
        record_issue(std::move(issue));
    }
    write_rejected(raw);
}

void ImportSession::add(Response response, long long line, std::string_view raw,
                        const std::function<void(Issue&)>& relocate) {
    const bool derived = response.id.empty();
    if (derived)
        response.id = derived_response_id(m_project.study().id, response.form, response.wave,
                                          response.territory, response.respondent);
    StoredResponse stored;
    try {
        stored = m_project.prepare(response);
    } catch (const InvalidInput& error) {
        std::vector<Issue> issues = error.issues();
        // Issues about the row belong to the input file and line, whatever
        // file (a form) the validator saw them in.
        for (Issue& issue : issues) {
            issue.where.file = m_source;
            issue.where.line = line;
            if (relocate) relocate(issue);
        }
        reject(line, std::move(issues), raw);
        return;
    }
    if (derived) {
        // Two rows without id for one respondent would share one id: the
        // second would pass as unchanged or clash as a changed answer, where
        // the sheet simply holds the respondent twice.
        const auto [first, fresh] = m_derived_lines.emplace(stored.response.id, line);
        if (!fresh) {
            const Response& r = stored.response;
            reject(line,
                   {Issue{Location{m_source, line, "", ""},
                          i18n::message("input.respondent_twice", r.respondent, r.territory, r.wave,
                                        first->second, r.form)}},
                   raw);
            return;
        }
    }
    ++m_summary.rows;
    // After the first invalid row an all-or-nothing import will roll back:
    // keep checking every row for the report, but stop writing.
    if (m_invalid_rows > 0 && !m_options.skip_invalid) return;
    m_batch.push_back(std::move(stored));
    m_batch_lines.push_back(line);
    m_batch_derived.push_back(derived);
    if (m_batch.size() >= m_options.batch_size) flush();
}

void ImportSession::flush() {
    if (m_batch.empty()) return;
    check_repeated_ids();
    WriteResult result;
    try {
        result = m_writer->write(m_batch);
    } catch (const ConflictError& error) {
        throw_conflict(error);
    }
    m_summary.inserted += result.inserted;
    m_summary.unchanged += result.unchanged;
    m_batch.clear();
    m_batch_lines.clear();
    m_batch_derived.clear();
}

void ImportSession::check_repeated_ids() const {
    std::unordered_map<std::string_view, std::size_t> first_of;
    std::vector<Issue> issues;
    for (std::size_t i = 0; i < m_batch.size(); ++i) {
        const auto [first, added] = first_of.emplace(m_batch[i].response.id, i);
        if (added || m_batch[first->second].canonical_json == m_batch[i].canonical_json) continue;
        const std::size_t f = first->second;
        std::string reason =
            i18n::message("input.id_twice", m_batch[i].response.id, m_batch_lines[f]);
        if (m_batch_derived[i] || m_batch_derived[f]) reason += i18n::message("input.id_derived");
        issues.push_back(Issue{Location{m_source, m_batch_lines[i], "$.id", ""}, reason});
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
}

void ImportSession::throw_conflict(const ConflictError& error) const {
    constexpr std::size_t kShown = 10;
    std::string text = error.what();
    std::size_t shown = 0;
    for (const std::string& id : error.response_ids()) {
        for (std::size_t i = 0; i < m_batch.size() && shown < kShown; ++i) {
            const Response& r = m_batch[i].response;
            if (r.id != id) continue;
            text += "\n" + Location{m_source, m_batch_lines[i], "", ""}.to_string() + ": " +
                    i18n::message("input.conflict_response", id);
            if (m_batch_derived[i])
                text += i18n::message("input.conflict_derived", m_project.study().id, r.form,
                                      r.wave, r.territory, r.respondent);
            ++shown;
        }
    }
    text += "\n" + m_source + ": " + i18n::message("input.nothing_stored");
    throw ConflictError(text, error.response_ids());
}

void ImportSession::report_progress(long long bytes_read, long long bytes_total, bool force) {
    if (!m_options.progress) return;
    if (!force && m_summary.rows - m_last_progress_rows < kProgressEveryRows &&
        bytes_read - m_last_progress_bytes < kProgressEveryBytes)
        return;
    m_last_progress_rows = m_summary.rows;
    m_last_progress_bytes = bytes_read;
    m_options.progress(ImportProgress{bytes_read, bytes_total, m_summary.rows});
}

ImportSummary ImportSession::finish() {
    const long long unlisted = m_issue_count - static_cast<long long>(m_summary.issues.size());
    if (unlisted > 0)
        m_summary.issues.push_back(
            Issue{Location{m_source, 0, "", ""},
                  i18n::message_count("input.more_issues", unlisted, m_issue_count,
                                      i18n::message_count("input.rows", m_invalid_rows))});
    if (m_invalid_rows > 0 && !m_options.skip_invalid) {
        std::vector<Issue> issues = std::move(m_summary.issues);
        issues.push_back(
            Issue{Location{m_source, 0, "", ""},
                  i18n::message_count("input.rows_invalid", m_invalid_rows, m_summary.rows)});
        throw InvalidInput(std::move(issues));  // the writer rolls back when destroyed
    }
    if (m_file_issues > 0) {
        std::vector<Issue> issues = std::move(m_summary.issues);
        issues.push_back(
            Issue{Location{m_source, 0, "", ""}, i18n::message("input.nothing_imported")});
        throw InvalidInput(std::move(issues));
    }
    flush();
    if (m_rejected) {
        m_rejected->stream().flush();
        if (!m_rejected->stream())
            throw StorageError(i18n::message("input.rejected_unwritable", m_options.rejected_path));
    }
    if (m_options.dry_run) return std::move(m_summary);  // the writer rolls back when destroyed
    m_writer->commit();
    m_finished = true;
    if (m_rejected) {
        try {
            m_rejected->commit();
        } catch (const Error& error) {
            throw StorageError(i18n::message("input.rejected_unwritten", error.what()));
        }
    }
    return std::move(m_summary);
}

}  // namespace sonda::io
