// Export of responses: NDJSON in the interchange format, CSV long (one row per
// answer), CSV wide (one row per response) with a data dictionary describing
// every column.
#pragma once

#include <ostream>
#include <string>

#include "sonda/store/store.hpp"

namespace sonda {

class Project;

enum class ExportFormat { Ndjson, CsvLong, CsvWide, Dictionary };

struct ExportOptions {
    ExportFormat format = ExportFormat::Ndjson;
    ResponseFilter filter;
    char delimiter = ',';
    char decimal = '.';
    // CSV only: start with a UTF-8 byte order mark, by which Excel and
    // LibreOffice tell UTF-8 when the file is opened with a double click.
    bool byte_order_mark = false;
    // CsvWide only: the answers of an item type that keeps them one entry a
    // row (sonda/plugin/long_rows.hpp, docs/csv.md) go here, and their
    // column is left out of the wide sheet.
    std::ostream* maps = nullptr;
    std::string language = "en";  // for labels in the dictionary
};

// Returns the number of responses written.
long long export_responses(Project& project, std::ostream& out, const ExportOptions& options);

}  // namespace sonda
