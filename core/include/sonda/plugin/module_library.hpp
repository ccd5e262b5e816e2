// A plugin's shared library, opened only when its file is trusted and its API
// version symbol matches what the host expects. Shared by the instrument
// plugin host and the dashboard's panel host, so both refuse an unsafe or
// mismatched module the same way, before any of its code runs.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace sonda {

// The *.so files directly in `folder`, sorted by name so plugins load in the
// same order everywhere; empty when the folder does not exist (an absent
// folder on a search path is not an error).
std::vector<std::string> module_files(const std::string& folder);

// Plugins are trusted code: loading one runs its constructors with sonda's
// rights. A module is trusted only when nobody but root and the current user
// can change it: the file and the folder it is in (through symbolic links,
// the folder of the link and the folder of its target) must be owned by root
// or the current user and writable by neither group nor others. Returns why
// `file` is not trusted, with the fix (chmod/chown), or "" when it is. Read
// with stat() only: nothing of the file runs.
std::string module_trust_problem(const std::string& file);

class ModuleLibrary {
  public:
    ~ModuleLibrary();  // unloads
    ModuleLibrary(const ModuleLibrary&) = delete;
    ModuleLibrary& operator=(const ModuleLibrary&) = delete;

    // Refuses a `file` that module_trust_problem() does not trust, before it
    // is loaded. Then loads `file`, calls `version_symbol` (an `int()`), and keeps the library
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

// What a module's `const char*()` function `name` returns; "" for null.
std::string module_text(const ModuleLibrary& library, const char* name);

}  // namespace sonda
