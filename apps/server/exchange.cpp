#include "exchange.hpp"

#include <Poco/JSON/Stringifier.h>
#include <Poco/URI.h>

#include <sstream>
#include <stdexcept>

#include "client_address.hpp"
#include "problem.hpp"
#include "sonda/access/access_control.hpp"

namespace sonda::server {

Exchange::Exchange(Poco::Net::HTTPServerRequest& request_, Poco::Net::HTTPServerResponse& response_,
                   ServerState& server_)
    : request(request_),
      response(response_),
      server(server_),
      client(client_address(request_, server_.options.trusted_proxies)) {
    try {
        m_query = Poco::URI(request.getURI()).getQueryParameters();
    } catch (const Poco::Exception&) {
        throw HttpProblem(400, "the query string is not valid URL encoding");
    }
}

std::optional<std::string> Exchange::query(const std::string& name) const {
    std::optional<std::string> found;
    for (const auto& [key, value] : m_query)
        if (key == name) found = value;
    return found;
}

Project& Exchange::project() {
    if (!m_project) m_project = server.projects.borrow();
    return *m_project;
}

const Principal& Exchange::who() const {
    if (!principal) throw std::logic_error("a public route asked who is asking");
    return *principal;
}

void Exchange::require(bool allowed, const std::string& message) const {
    if (!allowed) throw AccessDenied(true, message);
}

void Exchange::send_text(const std::string& body, const std::string& content_type, int status) {
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType(content_type);
    response.sendBuffer(body.data(), body.size());
}

void Exchange::send_json(const Poco::JSON::Object& body, int status) {
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(body, text);
    text << '\n';
    send_text(text.str(), "application/json", status);
}

void Exchange::send_json(const Poco::JSON::Array& body, int status) {
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(body, text);
    text << '\n';
    send_text(text.str(), "application/json", status);
}

}  // namespace sonda::server
