// Errors that reach a user. Every error carries what went wrong, where (file,
// line, JSON path, item) and why, and belongs to one kind that maps to the CLI's
// exit code, so a host never has to parse messages to decide what happened.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace sonda {

enum class ErrorKind {
    Usage = 1,         // the command was called wrongly
    InvalidInput = 2,  // a file, form, study or response is not acceptable
    Conflict = 3,      // the same response id with different content
    Storage = 3,       // the database refused or failed
};

// Where a problem was found. Fields that do not apply stay empty / zero.
struct Location {
    std::string file;    // file name as the user gave it
    long long line = 0;  // 1-based line (NDJSON, CSV); 0 when not line-based
    std::string path;    // JSON path such as $.items[3].max
    std::string item;    // item id, when the problem is about one answer

    // "file:line: $.path [item]" with empty parts left out and control
    // characters escaped (a file or item name may carry them).
    std::string to_string() const;
};

// One problem found while checking input; validators collect many before failing.
struct Issue {
    Location where;
    std::string reason;

    // "<location>: <reason>", control characters of both escaped as \uXXXX.
    std::string to_string() const;
};

// The message with control characters escaped (line breaks kept): what() of an
// error reaches terminals, and a value quoted in it may carry ESC or NUL.
std::string safe_message(const std::string& message);

class Error : public std::runtime_error {
  public:
    Error(ErrorKind kind, const std::string& message)
        : std::runtime_error(safe_message(message)), m_kind(kind) {}
    ErrorKind kind() const { return m_kind; }
    int exit_code() const { return static_cast<int>(m_kind); }

  private:
    ErrorKind m_kind;
};

class UsageError : public Error {
  public:
    explicit UsageError(const std::string& message) : Error(ErrorKind::Usage, message) {}
};

// Invalid input with every issue found, not only the first.
class InvalidInput : public Error {
  public:
    explicit InvalidInput(std::vector<Issue> issues);
    InvalidInput(Location where, const std::string& reason);
    const std::vector<Issue>& issues() const { return m_issues; }

  private:
    std::vector<Issue> m_issues;
};

class ConflictError : public Error {
  public:
    explicit ConflictError(const std::string& message) : Error(ErrorKind::Conflict, message) {}
    // `response_ids`: the responses of the input in conflict, so that an
    // importer can say on which lines of its file they are.
    ConflictError(const std::string& message, std::vector<std::string> response_ids)
        : Error(ErrorKind::Conflict, message), m_response_ids(std::move(response_ids)) {}
    const std::vector<std::string>& response_ids() const { return m_response_ids; }

  private:
    std::vector<std::string> m_response_ids;
};

class StorageError : public Error {
  public:
    explicit StorageError(const std::string& message) : Error(ErrorKind::Storage, message) {}
};

}  // namespace sonda
