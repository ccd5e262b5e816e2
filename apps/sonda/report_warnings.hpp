// What an output read from its reports that its user must know (plugin
// failures in full, scores from another plugin version: report_warnings),
// each said once on standard error, however many reports repeat it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sonda/report/report.hpp"

namespace sonda::cli {

class ReportWarnings {
  public:
    void add(const std::string& warning);
    void add(const Report& report);
    // A sink for ChartRequest::warn and SummaryRequest::warn.
    std::function<void(const std::string&)> sink();
    // "sonda: warning: ..." for the first ten, then how many more.
    void print() const;

  private:
    std::vector<std::string> m_warnings;
};

}  // namespace sonda::cli
