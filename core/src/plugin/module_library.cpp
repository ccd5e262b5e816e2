#include "sonda/plugin/module_library.hpp"

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <algorithm>
#include <filesystem>

namespace sonda {

std::vector<std::string> module_files(const std::string& folder) {
    std::vector<std::string> files;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file() && entry.path().extension() == ".so") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

struct ModuleLibrary::Impl {
    Poco::SharedLibrary library;
};

ModuleLibrary::ModuleLibrary() : m_impl(std::make_unique<Impl>()) {}

ModuleLibrary::~ModuleLibrary() {
    if (m_impl->library.isLoaded()) m_impl->library.unload();
}

std::unique_ptr<ModuleLibrary> ModuleLibrary::open(const std::string& file, const char* version_symbol,
                                                   int expected_version,
                                                   const std::vector<const char*>& required_symbols,
                                                   int& found_version, std::string& error) {
    std::unique_ptr<ModuleLibrary> module(new ModuleLibrary);
    Poco::SharedLibrary& library = module->m_impl->library;
    try {
        library.load(file);
    } catch (const Poco::Exception& failure) {
        error = "cannot load " + file + ": " + failure.displayText();
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

}  // namespace sonda
