// Turns what a command threw into messages on stderr, each starting with
// "sonda: ", and into the exit code: 0 ok, 1 usage, 2 invalid input, 3 conflict
// or storage error (sonda::Error::exit_code()).
#pragma once

#include <functional>

namespace sonda::cli {

int report_errors(const std::function<int()>& body);

}  // namespace sonda::cli
