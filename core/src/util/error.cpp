#include "sonda/error.hpp"

#include "sonda/i18n/message_language.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

std::string Location::to_string() const {
    std::string out = file;
    if (line > 0)
        out += out.empty() ? i18n::message("location.line", line) : ":" + std::to_string(line);
    if (!path.empty()) out += (out.empty() ? "" : ": ") + path;
    if (!item.empty()) out += (out.empty() ? "" : ": ") + i18n::message("location.item", item);
    return escape_controls(out);
}

std::string Issue::to_string() const {
    std::string where_text = where.to_string();
    const std::string reason_text = escape_controls(reason);
    return where_text.empty() ? reason_text : where_text + ": " + reason_text;
}

std::string safe_message(const std::string& message) { return escape_controls(message, true); }

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
