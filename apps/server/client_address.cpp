#include "client_address.hpp"

#include <Poco/Net/IPAddress.h>
#include <Poco/String.h>

#include <algorithm>

#include "sonda/error.hpp"

namespace sonda::server {

namespace {

bool trusted(const std::string& address, const std::vector<std::string>& proxies) {
    return std::find(proxies.begin(), proxies.end(), address) != proxies.end();
}

// The address in its canonical text, or "" when it is not one.
std::string canonical(const std::string& text) {
    Poco::Net::IPAddress address;
    if (!Poco::Net::IPAddress::tryParse(Poco::trim(text), address)) return "";
    return address.toString();
}

}  // namespace

std::string client_address(const Poco::Net::HTTPServerRequest& request,
                           const std::vector<std::string>& trusted_proxies) {
    const std::string peer = request.clientAddress().host().toString();
    if (!trusted(peer, trusted_proxies) || !request.has("X-Forwarded-For")) return peer;
    // Hops are appended left to right; read from the right, past our proxies.
    std::vector<std::string> hops;
    for (const auto& [name, value] : request)
        if (Poco::icompare(name, "X-Forwarded-For") == 0) {
            std::size_t start = 0;
            while (start <= value.size()) {
                const std::size_t comma = std::min(value.find(',', start), value.size());
                hops.push_back(value.substr(start, comma - start));
                start = comma + 1;
            }
        }
    std::string client = peer;
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        const std::string address = canonical(*hop);
        if (address.empty()) return client;  // unreadable: stop at the last hop we believe
        client = address;
        if (!trusted(address, trusted_proxies)) break;
    }
    return client;
}

std::string parse_trusted_proxy(const std::string& text) {
    const std::string address = canonical(text);
    if (address.empty())
        throw UsageError("--trusted-proxy needs the proxy's IP address (IPv4 or IPv6), not '" +
                         text + "'");
    return address;
}

}  // namespace sonda::server
