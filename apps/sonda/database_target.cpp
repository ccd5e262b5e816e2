#include "database_target.hpp"

#include <Poco/Environment.h>

#include <iostream>
#include <regex>

#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/store/store.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda::cli {

std::string database_target(const std::optional<std::string>& given, const std::string& command) {
    if (given && !given->empty()) return *given;
    const std::string from_environment = Poco::Environment::get("SONDA_DB", "");
    if (!from_environment.empty()) return from_environment;
    // In the message language: a command's is the usage language until it chooses its own.
    throw UsageError(i18n::message("cli.usage.see_help", command,
                                   i18n::message("cli.usage.no_database"), command));
}

void configure_writer_wait(const std::optional<std::string>& wait_option) {
    constexpr int kDefaultSeconds = 600;
    constexpr int kMaxSeconds = 7 * 24 * 3600;
    std::string text = wait_option ? *wait_option : Poco::Environment::get("SONDA_WAIT", "");
    const std::string source = wait_option ? "--wait" : "SONDA_WAIT";
    WriterWait wait;
    wait.seconds = kDefaultSeconds;
    if (!text.empty()) {
        const bool digits =
            text.size() <= 7 && text.find_first_not_of("0123456789") == std::string::npos;
        const int seconds = digits ? std::stoi(text) : -1;
        if (seconds < 0 || seconds > kMaxSeconds)
            throw UsageError(
                i18n::message("cli.usage.wait", source, kMaxSeconds, escape_for_message(text)));
        wait.seconds = seconds;
    } else if (wait_option) {
        throw UsageError(i18n::message("cli.usage.wait_empty"));
    }
    wait.notice = [](const std::string& message) {
        std::cerr << "sonda: " << message << std::endl;
    };
    set_writer_wait(std::move(wait));
}

std::string printable_target(const std::string& target) {
    // postgresql://user:secret@host/db and password=secret in the query string.
    static const std::regex url_password(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    static const std::regex query_password(R"(([?&]password=)[^&]*)");
    std::string out = std::regex_replace(target, url_password, "$1:***@");
    return std::regex_replace(out, query_password, "$1***");
}

}  // namespace sonda::cli
