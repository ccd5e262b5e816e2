// Standard output, or a file written through sonda::SafeOutput: it appears
// only when complete (a command that fails half-way leaves the old file, or
// none), is never the database or an input of the command, and a device or
// FIFO named as the target is written in place, never replaced.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "sonda/io/safe_output.hpp"

namespace sonda::cli {

class OutputTarget {
  public:
    // Empty or "-": standard output. Throws UsageError for a target that may
    // not be written (see check_output_path), StorageError when it cannot be.
    OutputTarget(const std::optional<std::string>& path, const OutputGuard& guard,
                 const std::string& option = "--out");
    ~OutputTarget();  // removes the temporary file when not committed
    OutputTarget(const OutputTarget&) = delete;
    OutputTarget& operator=(const OutputTarget&) = delete;

    std::ostream& stream();
    void commit();  // throws StorageError when the output cannot be written
    bool is_file() const { return m_file != nullptr; }
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
    std::unique_ptr<SafeOutput> m_file;
};

// Whether `path` is a file (not empty, not "-" for standard output).
inline bool names_file(const std::optional<std::string>& path) {
    return path && !path->empty() && *path != "-";
}

// Standard output flushed and checked: StorageError (exit code 3) when it
// could not be written (closed, disk full).
void check_standard_output();

}  // namespace sonda::cli
