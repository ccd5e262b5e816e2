// Errors as HTTP answers: application/problem+json (RFC 9457) with the same
// issue locations as the CLI prints ({path, line, item, reason}). A handler
// throws HttpProblem, or lets a sonda::Error through: problem_of maps every
// error kind to its status, so no handler decides a status twice.
#pragma once

#include <Poco/Net/HTTPServerResponse.h>

#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "sonda/error.hpp"

namespace sonda::server {

class HttpProblem : public std::exception {
  public:
    HttpProblem(int status, std::string detail, std::vector<Issue> issues = {})
        : m_status(status), m_detail(std::move(detail)), m_issues(std::move(issues)) {}
    const char* what() const noexcept override { return m_detail.c_str(); }

    int status() const { return m_status; }
    const std::string& detail() const { return m_detail; }
    const std::vector<Issue>& issues() const { return m_issues; }
    // Headers the answer carries besides the security ones (Retry-After,
    // WWW-Authenticate, Allow).
    std::vector<std::pair<std::string, std::string>> headers;
    HttpProblem& with_header(std::string name, std::string value) {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }

  private:
    int m_status;
    std::string m_detail;
    std::vector<Issue> m_issues;
};

// The problem an exception stands for: HttpProblem as it is, InvalidInput
// 400 with its issues, ConflictError 409, UsageError 400, StorageError and
// anything else 500 with a detail that names no internals.
HttpProblem problem_of(std::exception_ptr error);

// Sends the problem (the response must not have been sent yet).
void send_problem(Poco::Net::HTTPServerResponse& response, const HttpProblem& problem);

}  // namespace sonda::server
