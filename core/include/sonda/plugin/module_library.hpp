// A plugin's shared library, opened only when its API version symbol matches
// what the host expects. Shared by the instrument plugin host and the
// dashboard's panel host, so both refuse a mismatched module the same way,
// before any of its other code runs.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace sonda {

class ModuleLibrary {
public:
    ~ModuleLibrary();  // unloads
    ModuleLibrary(const ModuleLibrary&) = delete;
    ModuleLibrary& operator=(const ModuleLibrary&) = delete;

    // Loads `file`, calls `version_symbol` (an `int()`), and keeps the library
    // only when it returns `expected_version` and every required symbol exists.
    // On failure returns null and sets `error` to what, where, expected and found.
    static std::unique_ptr<ModuleLibrary> open(const std::string& file, const char* version_symbol,
                                               int expected_version,
                                               const std::vector<const char*>& required_symbols,
                                               int& found_version, std::string& error);

    void* symbol(const char* name) const;  // a required symbol; never null
    template <typename Function>
    Function function(const char* name) const {
        return reinterpret_cast<Function>(symbol(name));
    }

private:
    ModuleLibrary();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace sonda
