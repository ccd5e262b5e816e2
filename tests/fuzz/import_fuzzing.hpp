// The two import targets differ only in the format they force: each input is
// a whole file, imported as a dry run (every check, the stored responses
// included, then a rollback) with --skip-invalid, so valid rows run through
// scoring and the writer too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iostream>
#include <sstream>

#include "fuzz_project.hpp"
#include "sonda/error.hpp"
#include "sonda/io/importer.hpp"

namespace sonda::fuzz {

inline int fuzz_import(const std::uint8_t* data, std::size_t size, InputFormat format,
                       const char* source) {
    std::istringstream input(as_text(data, size));
    ImportOptions options;
    options.format = format;
    options.dry_run = true;
    options.skip_invalid = true;
    options.batch_size = 7;  // several batches from a small input
    options.max_issues = 20;
    try {
        const ImportSummary summary =
            import_responses(demo_project(), input, source, static_cast<long long>(size), options);
        if (verbose())
            std::cerr << "imported: " << summary.rows << " rows, " << summary.inserted << " new, "
                      << summary.unchanged << " unchanged, " << summary.rejected << " rejected\n";
    } catch (const Error& error) {
        refused(error);
        // Refused with a reason: what bad input should get. Anything else
        // escaping (a std:: or Poco exception, a crash) is a finding.
    }
    return 0;
}

}  // namespace sonda::fuzz
