#include "submission.hpp"

#include "sonda/model/response_id.hpp"
#include "sonda/util/json.hpp"

namespace sonda::server {

namespace {

struct Parsed {
    Response response;
    long long line = 0;  // 0 for a single JSON object
};

// Each line of an NDJSON body (blank ones skipped), or the whole body.
std::vector<std::pair<std::string, long long>> documents(const std::string& body, bool ndjson) {
    if (!ndjson) return {{body, 0}};
    std::vector<std::pair<std::string, long long>> lines;
    long long number = 0;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        ++number;
        std::string line = body.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos)
            lines.emplace_back(std::move(line), number);
        start = end + 1;
    }
    return lines;
}

std::vector<Parsed> parse(const SubmissionRequest& request, const std::string& study,
                          std::vector<Issue>& issues) {
    std::vector<Parsed> parsed;
    for (const auto& [text, line] : documents(request.body, request.ndjson)) {
        try {
            const Poco::JSON::Object::Ptr object =
                parse_json_object(text, Location{"", line, "", ""});
            Response response = Response::from_json(*object, Response::IdRule::Optional);
            if (response.id.empty())
                response.id = derived_response_id(study, response.form, response.wave,
                                                  response.territory, response.respondent);
            parsed.push_back({std::move(response), line});
        } catch (const InvalidInput& error) {
            for (Issue issue : error.issues()) {
                issue.where.line = line;
                issues.push_back(std::move(issue));
            }
        }
    }
    return parsed;
}

}  // namespace

SubmissionResult submit_responses(Project& project, GroupCommit& commits,
                                  const SubmissionRequest& request) {
    std::vector<Issue> issues;
    const std::vector<Parsed> parsed = parse(request, project.study().id, issues);
    if (parsed.empty() && issues.empty())
        throw InvalidInput(Location{}, "the body holds no response");
    // Scope first: a response the caller may not submit is refused as such,
    // whatever else is wrong with it.
    if (request.admit)
        for (const Parsed& one : parsed) request.admit(one.response);
    std::vector<StoredResponse> batch;
    for (const Parsed& one : parsed) {
        try {
            batch.push_back(project.prepare(one.response));
        } catch (const InvalidInput& error) {
            for (Issue issue : error.issues()) {
                issue.where.file.clear();  // the form's file means nothing to the client
                issue.where.line = one.line;
                issues.push_back(std::move(issue));
            }
        }
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));

    std::vector<AuditEvent> audit;
    SubmissionResult result;
    for (const StoredResponse& stored : batch) {
        const Response& r = stored.response;
        AuditEvent event = request.audit;
        event.action = "response.submit";
        event.target = r.id;
        event.detail = r.form + " " + r.wave + " " + r.territory;
        audit.push_back(std::move(event));
        result.ids.push_back(r.id);
    }
    const WriteResult written = commits.write(project.store(), batch, audit);
    result.stored = written.inserted;
    result.unchanged = written.unchanged;
    return result;
}

}  // namespace sonda::server
