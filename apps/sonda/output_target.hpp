// Standard output, or a file that appears only when complete: output goes to a
// temporary file beside the target, renamed over it by commit(). A command
// that fails half-way leaves the old file (or none), never half a file.
#pragma once

#include <fstream>
#include <optional>
#include <ostream>
#include <string>

namespace sonda::cli {

class OutputTarget {
  public:
    explicit OutputTarget(const std::optional<std::string>& path);  // empty or "-": stdout
    ~OutputTarget();  // removes the temporary file when not committed
    OutputTarget(const OutputTarget&) = delete;
    OutputTarget& operator=(const OutputTarget&) = delete;

    std::ostream& stream();
    void commit();  // throws StorageError when the file cannot be written
    bool is_file() const { return !m_path.empty(); }
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
    std::string m_temporary;
    std::ofstream m_file;
    bool m_committed = false;
};

}  // namespace sonda::cli
