// How often a text holds a piece: the tests that read rendered HTML or text
// count headings, tables and marks with it.
#pragma once

#include <cstddef>
#include <string>

namespace sonda::test {

inline std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + 1))
        ++n;
    return n;
}

}  // namespace sonda::test
