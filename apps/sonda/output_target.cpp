#include "output_target.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "sonda/error.hpp"

namespace sonda::cli {

namespace fs = std::filesystem;

OutputTarget::OutputTarget(const std::optional<std::string>& path) {
    if (!path || path->empty() || *path == "-") return;
    m_path = *path;
    m_temporary = m_path + ".part-" + std::to_string(::getpid());
    m_file.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_file) throw StorageError("cannot write " + m_path + ": " + std::strerror(errno));
}

OutputTarget::~OutputTarget() {
    if (!m_path.empty() && !m_committed) {
        m_file.close();
        std::error_code ignored;  // best effort: the error that got us here matters more
        fs::remove(m_temporary, ignored);
    }
}

std::ostream& OutputTarget::stream() { return m_path.empty() ? std::cout : m_file; }

void OutputTarget::commit() {
    if (m_path.empty()) {
        std::cout.flush();
        if (!std::cout) throw StorageError("cannot write to standard output");
        return;
    }
    m_file.flush();
    const bool written = static_cast<bool>(m_file);
    m_file.close();
    if (!written) throw StorageError("cannot write " + m_path + ": disk full or file not writable");
    std::error_code error;
    fs::rename(m_temporary, m_path, error);
    if (error) throw StorageError("cannot write " + m_path + ": " + error.message());
    m_committed = true;
}

}  // namespace sonda::cli
