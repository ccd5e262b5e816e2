// A temporary SQLite database file that goes with its companions.
// Poco::TemporaryFile names files "tmp<pid><counter>" and removes only the
// file itself; SQLite's -wal and -shm stay behind, and a later test process
// given the same pid would open its new database beside a stale -wal and
// replay it (responses "already stored with different content").
#pragma once

#include <Poco/TemporaryFile.h>

#include <filesystem>
#include <string>

namespace sonda::test {

class TemporaryDatabase {
  public:
    TemporaryDatabase() { remove_companions(); }
    ~TemporaryDatabase() { remove_companions(); }  // then m_file removes the file
    TemporaryDatabase(const TemporaryDatabase&) = delete;
    TemporaryDatabase& operator=(const TemporaryDatabase&) = delete;

    const std::string& path() const { return m_file.path(); }

  private:
    void remove_companions() const {
        std::error_code ignored;
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            std::filesystem::remove(m_file.path() + suffix, ignored);
    }

    Poco::TemporaryFile m_file;
};

}  // namespace sonda::test
