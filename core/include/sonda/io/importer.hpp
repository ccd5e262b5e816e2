// Import of responses from NDJSON (one interchange object a line) or CSV (wide:
// one row a response, one column an item; as spreadsheets in the users' locale
// save it: ';' or ',' separated, decimal comma, UTF-8 with or without BOM, or
// Windows-1252). The input is streamed, never slurped. By default the import is
// all-or-nothing and reports every invalid row as line, item and reason; with
// skip_invalid the valid rows are stored and the rejected ones written out.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "sonda/error.hpp"

namespace sonda {

class Project;

enum class InputFormat { Auto, Ndjson, Csv };

struct ImportProgress {
    long long bytes_read = 0;
    long long bytes_total = 0;  // 0 when unknown (a pipe)
    long long rows = 0;
};

struct ImportOptions {
    InputFormat format = InputFormat::Auto;  // Auto: by file extension, then by content
    bool skip_invalid = false;
    // Check every row against the study, the forms and the stored responses,
    // count what would be inserted, unchanged or rejected, then roll back:
    // nothing is stored and no rejected file is written.
    bool dry_run = false;
    std::string rejected_path;  // with skip_invalid: rejected rows go here, in the input's format
    // Files the rejected file may never replace, besides the database
    // (import_file adds the file it reads). Checked before anything is stored.
    std::vector<std::string> inputs;
    // A wide CSV only: the sheet of answers one entry a row that completes
    // its rows (sonda/plugin/long_rows.hpp, docs/csv.md).
    std::string maps_path;
    std::size_t batch_size = 5000;
    std::size_t max_issues = 1000;  // stop listing (not checking) after this many
    std::function<void(const ImportProgress&)> progress;  // called now and then
};

struct ImportSummary {
    long long rows = 0;
    long long inserted = 0;
    long long unchanged = 0;
    long long rejected = 0;
    std::vector<Issue> issues;  // with file and line
};

// Throws InvalidInput (all-or-nothing and any row invalid: nothing written),
// ConflictError or StorageError (nothing written).
ImportSummary import_responses(Project& project, std::istream& input, const std::string& source,
                               long long size_hint, const ImportOptions& options);
ImportSummary import_file(Project& project, const std::string& path, const ImportOptions& options);

}  // namespace sonda
