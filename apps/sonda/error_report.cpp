#include "error_report.hpp"

#include <Poco/Exception.h>

#include <iostream>
#include <string>

#include "sonda/error.hpp"

namespace sonda::cli {

namespace {

constexpr int kStorageExit = static_cast<int>(ErrorKind::Storage);
constexpr int kInvalidExit = static_cast<int>(ErrorKind::InvalidInput);

void print_lines(const std::string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::cerr << "sonda: " << text.substr(start, end - start) << '\n';
        start = end + 1;
    }
}

}  // namespace

int report_errors(const std::function<int()>& body) {
    try {
        return body();
    } catch (const Error& error) {
        // what() holds every issue, one a line, worded when the error was made:
        // in the language of the command's messages, whose scope is gone by now.
        print_lines(error.what());
        return error.exit_code();
    } catch (const Poco::FileException& error) {
        // A file the user named that cannot be opened or read.
        print_lines(error.displayText());
        return kInvalidExit;
    } catch (const Poco::Exception& error) {
        print_lines(error.displayText());
        return kStorageExit;
    } catch (const std::exception& error) {
        print_lines(std::string("internal error: ") + error.what());
        return kStorageExit;
    }
}

}  // namespace sonda::cli
