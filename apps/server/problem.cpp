#include "problem.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Net/HTTPResponse.h>

#include <iostream>
#include <sstream>

#include "sonda/access/access_control.hpp"

namespace sonda::server {

namespace {

std::string title_of(int status) {
    return Poco::Net::HTTPResponse::getReasonForStatus(
        static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
}

}  // namespace

HttpProblem problem_of(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const HttpProblem& problem) {
        return problem;
    } catch (const AccessDenied& denied) {
        if (denied.authenticated()) return HttpProblem(403, denied.what());
        return HttpProblem(401, denied.what()).with_header("WWW-Authenticate", "Bearer");
    } catch (const InvalidInput& invalid) {
        return HttpProblem(400, "the input is not acceptable", invalid.issues());
    } catch (const ConflictError& conflict) {
        // The store's message names the database and, for a respondent
        // answering twice, another response's id: the client gets its own ids.
        std::cerr << "sonda-server: " << conflict.what() << '\n';
        std::string ids;
        for (const std::string& id : conflict.response_ids()) ids += (ids.empty() ? "" : ", ") + id;
        return HttpProblem(409, ids.empty()
                                    ? "the change conflicts with a stored response (the same "
                                      "respondent, form and wave)"
                                    : "already stored with different content: " + ids +
                                          " (a response id is one response; correct it with POST "
                                          "/api/v1/responses/{id}/correction)");
    } catch (const UsageError& usage) {
        return HttpProblem(400, usage.what());
    } catch (const StorageError& storage) {
        // The database is busy or unreachable, and nothing of the request was
        // stored: a client may resend it as it is (a resend is safe, 200/201).
        std::cerr << "sonda-server: " << storage.what() << '\n';
        return HttpProblem(503,
                           "the database could not take the request now; nothing of it "
                           "was stored: send it again")
            .with_header("Retry-After", "5");
    } catch (const std::exception& other) {
        // The database's message may name its target or internals: the
        // operator reads it in the log, the client only learns it failed.
        std::cerr << "sonda-server: " << other.what() << '\n';
        return HttpProblem(500, "the server could not complete the request");
    }
}

void send_problem(Poco::Net::HTTPServerResponse& response, const HttpProblem& problem) {
    Poco::JSON::Object body;
    body.set("type", "about:blank");
    body.set("title", title_of(problem.status()));
    body.set("status", problem.status());
    body.set("detail", problem.detail());
    if (!problem.issues().empty()) {
        Poco::JSON::Array issues;
        for (const Issue& issue : problem.issues()) {
            Poco::JSON::Object entry;
            entry.set("path", issue.where.path);
            entry.set("line", issue.where.line);
            entry.set("item", issue.where.item);
            entry.set("reason", issue.reason);
            issues.add(entry);
        }
        body.set("issues", issues);
    }
    std::ostringstream stream;
    Poco::JSON::Stringifier::stringify(body, stream);
    stream << '\n';
    const std::string text = stream.str();
    for (const auto& [name, value] : problem.headers) response.set(name, value);
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(problem.status()));
    response.setContentType("application/problem+json");
    response.sendBuffer(text.data(), text.size());
}

}  // namespace sonda::server
