#include "sonda/plugin/module_library.hpp"

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "sonda/plugin/plugin_api.hpp"

namespace sonda {

std::vector<std::string> module_files(const std::string& folder) {
    std::vector<std::string> files;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file() && entry.path().extension() == ".so")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

namespace {

std::string octal_mode(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

// Why `path` (a module or a folder holding one) is unsafe, or "".
std::string path_problem(const std::string& path, const char* what, const std::string& file) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0)
        return file + ": not loaded: cannot check " + what + " " + path +
               " (it must be owned by root or you and writable by no one else)";
    const uid_t me = ::geteuid();
    if (status.st_uid != 0 && status.st_uid != me)
        return file + ": not loaded: " + what + " " + path + " is owned by uid " +
               std::to_string(status.st_uid) + ", neither root nor you (uid " + std::to_string(me) +
               "); plugins are trusted code, so only root or you may own them: run `chown " +
               std::to_string(me) + " " + path + "` if you trust it, or remove it";
    if (status.st_mode & (S_IWGRP | S_IWOTH)) {
        const char* who = (status.st_mode & S_IWOTH) ? "anyone" : "its group";
        return file + ": not loaded: " + what + " " + path + " is writable by " + who + " (mode " +
               octal_mode(status.st_mode) +
               "); plugins are trusted code, so no one but root or you may change them: run "
               "`chmod go-w " +
               path + "`";
    }
    return "";
}

// A module built for another plugin API needs the libraries of that API
// (libsonda_core.so.2: their SONAME is the API version), which this sonda
// does not have, so the loader fails before the version symbol can be read.
// What the loader said then names the version the module was built for.
std::string other_api_hint(const std::string& loader_message) {
    for (const char* library : {"libsonda_core.so.", "libsonda_gui.so."}) {
        const std::size_t at = loader_message.find(library);
        if (at == std::string::npos) continue;
        const std::size_t digits = at + std::string(library).size();
        std::size_t end = digits;
        while (end < loader_message.size() && end - digits < 6 &&
               std::isdigit(static_cast<unsigned char>(loader_message[end])))
            ++end;
        if (end == digits) continue;
        const std::string version = loader_message.substr(digits, end - digits);
        if (version == std::to_string(SONDA_PLUGIN_API_VERSION)) continue;
        return "; it was built for plugin API version " + version + " (it needs " +
               loader_message.substr(at, end - at) + "), this sonda speaks version " +
               std::to_string(SONDA_PLUGIN_API_VERSION) + ": rebuild it against this sonda";
    }
    return "";
}

}  // namespace

std::string module_trust_problem(const std::string& file) {
    namespace fs = std::filesystem;
    const fs::path given(file);
    const fs::path given_folder = given.has_parent_path() ? given.parent_path() : fs::path(".");
    if (std::string problem = path_problem(file, "the file", file); !problem.empty())
        return problem;
    if (std::string problem = path_problem(given_folder.string(), "its folder", file);
        !problem.empty())
        return problem;
    // Through a symbolic link the target and its folder count as well.
    std::error_code error;
    const fs::path real = fs::canonical(given, error);
    if (error) return file + ": not loaded: cannot resolve its path: " + error.message();
    const fs::path real_folder = real.parent_path();
    if (!fs::equivalent(real_folder, given_folder, error) || error)
        if (std::string problem =
                path_problem(real_folder.string(), "the folder of its target", file);
            !problem.empty())
            return problem;
    return "";
}

struct ModuleLibrary::Impl {
    Poco::SharedLibrary library;
};

ModuleLibrary::ModuleLibrary() : m_impl(std::make_unique<Impl>()) {}

ModuleLibrary::~ModuleLibrary() {
    if (m_impl->library.isLoaded()) m_impl->library.unload();
}

std::unique_ptr<ModuleLibrary> ModuleLibrary::open(const std::string& file,
                                                   const char* version_symbol, int expected_version,
                                                   const std::vector<const char*>& required_symbols,
                                                   int& found_version, std::string& error) {
    std::unique_ptr<ModuleLibrary> module(new ModuleLibrary);
    Poco::SharedLibrary& library = module->m_impl->library;
    // Before the library is mapped: loading runs its constructors.
    if (std::string problem = module_trust_problem(file); !problem.empty()) {
        error = std::move(problem);
        return nullptr;
    }
    try {
        library.load(file);
    } catch (const Poco::Exception& failure) {
        error = "cannot load " + file + ": " + failure.displayText() +
                other_api_hint(failure.displayText());
        return nullptr;
    }
    // The version is read before any other symbol is touched or any object is
    // created: a module built for another API shares no ABI with us.
    if (!library.hasSymbol(version_symbol)) {
        error = file + " is not a sonda module (no " + version_symbol + " symbol)";
        return nullptr;
    }
    found_version = reinterpret_cast<int (*)()>(library.getSymbol(version_symbol))();
    if (found_version != expected_version) {
        error = file + " was built for API version " + std::to_string(found_version) +
                ", this sonda expects version " + std::to_string(expected_version) +
                "; rebuild it against this sonda";
        return nullptr;
    }
    for (const char* name : required_symbols) {
        if (!library.hasSymbol(name)) {
            error = file + " lacks the symbol " + name + "; was it built with the sonda macros?";
            return nullptr;
        }
    }
    return module;
}

void* ModuleLibrary::symbol(const char* name) const { return m_impl->library.getSymbol(name); }

std::string module_text(const ModuleLibrary& library, const char* name) {
    const char* text = library.function<const char* (*)()>(name)();
    return text ? text : "";
}

}  // namespace sonda
