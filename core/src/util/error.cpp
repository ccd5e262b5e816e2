#include "sonda/error.hpp"

namespace sonda {

std::string Location::to_string() const {
    std::string out = file;
    if (line > 0) out += (out.empty() ? "line " : ":") + std::to_string(line);
    if (!path.empty()) out += (out.empty() ? "" : ": ") + path;
    if (!item.empty()) out += (out.empty() ? "item " : ": item ") + item;
    return out;
}

std::string Issue::to_string() const {
    std::string where_text = where.to_string();
    return where_text.empty() ? reason : where_text + ": " + reason;
}

namespace {
std::string join_issues(const std::vector<Issue>& issues) {
    std::string out;
    for (const Issue& issue : issues) {
        if (!out.empty()) out += '\n';
        out += issue.to_string();
    }
    return out;
}
}  // namespace

InvalidInput::InvalidInput(std::vector<Issue> issues)
    : Error(ErrorKind::InvalidInput, join_issues(issues)), m_issues(std::move(issues)) {}

InvalidInput::InvalidInput(Location where, const std::string& reason)
    : InvalidInput(std::vector<Issue>{Issue{std::move(where), reason}}) {}

}  // namespace sonda
