// A submission: one interchange JSON object, or NDJSON lines, checked and
// stored all-or-nothing the way `sonda import` stores a file: a response
// without an id gets the derived one (sonda/model/response_id.hpp), each goes
// through Project::prepare (validation and scores), then they are written
// with their audit entries in one transaction, shared with the submissions
// that arrive meanwhile (group_commit.hpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "group_commit.hpp"
#include "sonda/access/audit_log.hpp"
#include "sonda/engine.hpp"

namespace sonda::server {

struct SubmissionResult {
    long long stored = 0;
    long long unchanged = 0;  // the same id with the same content: nothing written
    std::vector<std::string> ids;
};

struct SubmissionRequest {
    std::string body;
    bool ndjson = false;
    // Called for each parsed response before anything is checked or stored:
    // throws to refuse it (out of the caller's scope).
    std::function<void(const Response&)> admit;
    AuditEvent audit;  // who and source; action and target are filled per response
};

// Throws InvalidInput listing every issue with its line (NDJSON) and JSON
// path, ConflictError (an id stored with other content), or what `admit`
// throws. Nothing is stored unless every response is.
SubmissionResult submit_responses(Project& project, GroupCommit& commits,
                                  const SubmissionRequest& request);

}  // namespace sonda::server
