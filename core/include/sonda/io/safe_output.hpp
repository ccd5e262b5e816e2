// The one way sonda writes a file a user names (report --out, export --out,
// import --rejected; later the server's downloads): nothing a user types can
// make it destroy data.
//
// - It refuses, before any work is done, a target that is the database (the
//   same file, or its -wal, -shm or -journal companion), any input file of the
//   command, or an existing file that is neither regular nor a character
//   device nor a FIFO (a folder, a block device, a socket).
// - A regular file (or a new one) is written to a temporary created beside it
//   with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600, so a symbolic link planted at
//   the temporary's name cannot redirect the write and nobody else can read
//   the file half-written; commit() gives it the mode of the file it replaces
//   (else 0666 & ~umask), fsyncs it, renames it over the target and fsyncs the
//   folder. A symbolic link at the target itself is replaced, never followed.
// - A character device or a FIFO named as the target (/dev/null, /dev/stdout,
//   a pipe made with mkfifo) is written straight to, never renamed over.
// - Until commit, the temporary is removed when the writer is destroyed and
//   when the process gets SIGINT, SIGTERM or SIGHUP (an async-signal-safe
//   handler unlinks the registered temporaries, then re-raises the signal).
//
// Refusals are UsageError (exit code 1); a file that cannot be created or
// written is StorageError (exit code 3).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace sonda {

// What an output must never replace.
struct OutputGuard {
    std::string database;             // the SQLite file of the command; empty for PostgreSQL
    std::vector<std::string> inputs;  // the files the command reads ("-" is ignored)
};

// The SQLite file of a database target, "" for a postgresql:// URL.
std::string database_file(const std::string& target);

// Throws UsageError naming `option` (e.g. "--out"), the path and the reason
// when `path` may not be written; see above. Checks only: commands call it
// before they store anything, SafeOutput calls it again when it opens.
void check_output_path(const std::string& path, const OutputGuard& guard,
                       const std::string& option);

class SafeOutput {
  public:
    // Checks `path` (check_output_path), then opens the temporary or the device.
    SafeOutput(const std::string& path, const OutputGuard& guard, const std::string& option);
    ~SafeOutput();  // not committed: removes the temporary
    SafeOutput(const SafeOutput&) = delete;
    SafeOutput& operator=(const SafeOutput&) = delete;

    std::ostream& stream();
    // Flushes and, for a file, fsyncs, renames into place and fsyncs the
    // folder. Throws StorageError when anything could not be written.
    void commit();
    // Removes the temporary (if any) now; commit() is no longer possible.
    void discard();

    const std::string& path() const;
    bool direct() const;                   // a device or FIFO, written in place
    const std::string& temporary() const;  // "" when direct

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace sonda
