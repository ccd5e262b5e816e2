#include "report_warnings.hpp"

#include <algorithm>
#include <iostream>

#include "error_report.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::cli {

void ReportWarnings::add(const std::string& warning) {
    if (std::find(m_warnings.begin(), m_warnings.end(), warning) == m_warnings.end())
        m_warnings.push_back(warning);
}

void ReportWarnings::add(const Report& report) {
    for (const std::string& warning : report_warnings(report)) add(warning);
}

std::function<void(const std::string&)> ReportWarnings::sink() {
    return [this](const std::string& warning) { add(warning); };
}

void ReportWarnings::print() const {
    constexpr std::size_t kShown = 10;
    for (std::size_t i = 0; i < m_warnings.size() && i < kShown; ++i)
        std::cerr << "sonda: " << i18n::message("cli.warning", safe_message(m_warnings[i])) << '\n';
    if (m_warnings.size() > kShown)
        std::cerr << "sonda: "
                  << i18n::message("cli.more_warnings",
                                   static_cast<long long>(m_warnings.size() - kShown))
                  << '\n';
}

}  // namespace sonda::cli
