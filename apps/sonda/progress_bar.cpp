#include "progress_bar.hpp"

#include <unistd.h>

#include <algorithm>
#include <string>

namespace sonda::cli {

namespace {
constexpr int kWidth = 30;
constexpr auto kDelay = std::chrono::seconds(1);
constexpr auto kRedraw = std::chrono::milliseconds(100);
}  // namespace

ProgressBar::ProgressBar(std::FILE* terminal)
    : m_out(terminal),
      m_enabled(::isatty(::fileno(terminal)) == 1),
      m_start(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(const ImportProgress& progress) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_start < kDelay || (m_drawn && now - m_last_draw < kRedraw)) return;
    m_last_draw = now;
    m_drawn = true;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    const double rate = seconds > 0 ? static_cast<double>(progress.rows) / seconds : 0;
    if (progress.bytes_total > 0) {
        const double share = std::min(1.0, static_cast<double>(progress.bytes_read) /
                                               static_cast<double>(progress.bytes_total));
        const int filled = static_cast<int>(share * kWidth);
        const std::string bar = std::string(filled, '#') + std::string(kWidth - filled, '-');
        std::fprintf(m_out, "\r[%s] %3d%%  %lld rows  %.0f rows/s ", bar.c_str(),
                     static_cast<int>(share * 100), progress.rows, rate);
    } else {
        // A pipe: no total to measure against, so count rows only.
        std::fprintf(m_out, "\r%lld rows  %.0f rows/s ", progress.rows, rate);
    }
    std::fflush(m_out);
}

void ProgressBar::finish() {
    if (!m_drawn) return;
    std::fprintf(m_out, "\r%*s\r", kWidth + 48, "");
    std::fflush(m_out);
    m_drawn = false;
}

}  // namespace sonda::cli
