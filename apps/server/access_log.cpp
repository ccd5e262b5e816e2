#include "access_log.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>

#include <cstdio>
#include <iostream>
#include <mutex>

namespace sonda::server {

std::string masked_path(const std::string& uri) {
    std::string path = uri.substr(0, uri.find_first_of("?#"));
    const std::size_t link = path.find("/f/");
    if (link != std::string::npos) {
        const std::size_t start = link + 3;
        const std::size_t end = path.find('/', start);
        path.replace(start, end == std::string::npos ? std::string::npos : end - start, "***");
    }
    // Control characters would let a client forge log lines.
    for (char& c : path)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '"') c = '?';
    return path;
}

void log_request(const std::string& client, const std::string& method, const std::string& uri,
                 int status, double seconds) {
    static std::mutex mutex;
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1f", seconds * 1000.0);
    std::string safe_method = method.substr(0, 16);
    for (char& c : safe_method)
        if (static_cast<unsigned char>(c) < 0x21 || c == 0x7f || c == '"') c = '?';
    const std::string line =
        Poco::DateTimeFormatter::format(Poco::DateTime(), Poco::DateTimeFormat::ISO8601_FORMAT) +
        " " + client + " \"" + safe_method + " " + masked_path(uri) + "\" " +
        std::to_string(status) + " " + duration + "ms\n";
    std::lock_guard lock(mutex);
    std::cerr << line << std::flush;
}

}  // namespace sonda::server
