// What every import does once its rows are parsed into responses, whatever the
// file format: give a row without an id its derived id (response_id.hpp), check
// each response (ResponseValidator), score it with its
// form's instrument, hand valid ones in batches to one ResponseWriter (one
// transaction for the whole file), collect the issues of invalid rows with file
// and line, copy rejected rows verbatim to the rejected file, and at the end
// commit, or roll back and throw.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sonda/engine.hpp"
#include "sonda/forms/response_validator.hpp"
#include "sonda/io/importer.hpp"
#include "sonda/io/safe_output.hpp"

namespace sonda::io {

class ImportSession {
  public:
    ImportSession(Project& project, std::string source, const ImportOptions& options);
    ~ImportSession();
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    // The rejected file repeats the input's header (CSV) and byte order mark.
    void set_rejected_preamble(std::string preamble, std::string line_ending);

    // A row parsed into a response: validated, scored and queued for writing,
    // or rejected with its issues. A response without an id gets the id
    // derived from its study, form, wave, territory and respondent; a second
    // such row for the same respondent, form and wave is rejected.
    // `relocate` may move an issue the validator found to where its data
    // came from (a map sheet's row).
    void add(Response response, long long line, std::string_view raw,
             const std::function<void(Issue&)>& relocate = {});
    // A row that could not be parsed into a response. Issues without a file or
    // line get the source and `line`; an empty `raw` is not copied.
    void reject(long long line, std::vector<Issue> issues, std::string_view raw);

    // Issues that are not about one row of the file (a row of a map sheet
    // that no response takes): the import fails, even with skip_invalid.
    void add_file_issue(Issue issue);
    bool has_invalid_rows() const { return m_invalid_rows > 0; }

    void report_progress(long long bytes_read, long long bytes_total, bool force = false);

    // Flushes, then commits; or rolls back and throws InvalidInput when a row
    // was invalid and skip_invalid is off.
    ImportSummary finish();

    const Project& project() const { return m_project; }
    const ImportOptions& options() const { return m_options; }
    const ResponseValidator& validator() const { return m_project.validator(); }
    const Registry& registry() const { return m_project.registry(); }

  private:
    void record_issue(Issue issue);
    void flush();
    // Before the writer, which would say the same without lines: an id twice
    // in the batch with different content is an error at the second row.
    void check_repeated_ids() const;
    // The writer's conflict again, with the file and line of each row in it.
    [[noreturn]] void throw_conflict(const ConflictError& error) const;
    void write_rejected(std::string_view raw);

    Project& m_project;
    std::string m_source;
    const ImportOptions& m_options;
    std::unique_ptr<ResponseWriter> m_writer;
    std::vector<StoredResponse> m_batch;
    std::vector<long long> m_batch_lines;  // the line of each m_batch entry
    std::vector<bool> m_batch_derived;     // whether its id was derived
    // Derived id -> line of the row it was derived for. Only rows without an
    // id are kept (a million-row NDJSON with ids stays in flat memory).
    std::unordered_map<std::string, long long> m_derived_lines;

    ImportSummary m_summary;
    long long m_invalid_rows = 0;
    long long m_file_issues = 0;
    long long m_issue_count = 0;
    long long m_last_progress_rows = -1;
    long long m_last_progress_bytes = 0;

    std::string m_rejected_preamble;
    std::string m_rejected_line_ending = "\n";
    std::unique_ptr<SafeOutput> m_rejected;  // written in place only when committed
    bool m_finished = false;
};

}  // namespace sonda::io
