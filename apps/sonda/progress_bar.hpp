// The import's progress on stderr: drawn only when stderr is a terminal and
// the import has been running for more than a second, so short imports and
// logs stay clean. Fed from ImportOptions::progress.
#pragma once

#include <chrono>
#include <cstdio>

#include "sonda/io/importer.hpp"

namespace sonda::cli {

class ProgressBar {
  public:
    explicit ProgressBar(std::FILE* terminal = stderr);
    ~ProgressBar();  // clears the line when something was drawn

    void update(const ImportProgress& progress);
    void finish();

  private:
    std::FILE* m_out;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last_draw;
};

}  // namespace sonda::cli
