#include "server_options.hpp"

#include <charconv>

#include "sonda/error.hpp"

namespace sonda::server {

void parse_listen(const std::string& text, ServerOptions& options) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw UsageError("--listen '" + text + "': expected HOST:PORT, as 127.0.0.1:8080");
    options.host = text.substr(0, colon);
    if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']')
        options.host = options.host.substr(1, options.host.size() - 2);  // [::1]:8080
    options.port =
        static_cast<unsigned short>(parse_limit("--listen", text.substr(colon + 1), 0, 65535));
}

long long parse_limit(const std::string& option, const std::string& text, long long minimum,
                      long long maximum) {
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        value < minimum || value > maximum)
        throw UsageError(option + " '" + text + "': expected a whole number from " +
                         std::to_string(minimum) + " to " + std::to_string(maximum));
    return value;
}

}  // namespace sonda::server
