#include "output_target.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "sonda/error.hpp"

namespace sonda::cli {

OutputTarget::OutputTarget(const std::optional<std::string>& path, const OutputGuard& guard,
                           const std::string& option) {
    if (!names_file(path)) return;
    m_path = *path;
    m_file = std::make_unique<SafeOutput>(m_path, guard, option);
}

OutputTarget::~OutputTarget() = default;

std::ostream& OutputTarget::stream() { return m_file ? m_file->stream() : std::cout; }

void OutputTarget::commit() {
    if (m_file)
        m_file->commit();
    else
        check_standard_output();
}

void check_standard_output() {
    std::cout.flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (!flushed || std::ferror(stdout) || !std::cout) {
        std::clearerr(stdout);
        std::cout.clear();
        throw StorageError(std::string("cannot write to standard output: ") +
                           (error != 0 ? std::strerror(error) : "write error"));
    }
}

}  // namespace sonda::cli
