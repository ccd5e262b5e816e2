#include "fuzz_project.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>

#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "temporary_database.hpp"

namespace sonda::fuzz {

namespace {

std::string demo_database() {
    if (const char* path = std::getenv("SONDA_FUZZ_DB"); path && *path) return path;
    static sonda::test::TemporaryDatabase file;
    Engine engine;
    engine.load_plugins();
    DemoOptions options;
    options.data_folder = default_demo_folder();
    options.form_folders = default_form_path();
    build_demo_study(engine, file.path(), options);
    return file.path();
}

}  // namespace

bool verbose() {
    static const bool set = std::getenv("SONDA_FUZZ_VERBOSE") != nullptr;
    return set;
}

void refused(const std::exception& error) {
    if (verbose()) std::cerr << "refused: " << error.what() << '\n';
}

Project& demo_project() {
    struct Loaded {
        Engine engine;
        std::unique_ptr<Project> project;  // destroyed before the engine unloads its plugins
        Loaded() {
            engine.load_plugins();
            project = std::make_unique<Project>(engine, demo_database());
        }
    };
    // A setup that fails must stop the run, not look like a refused input.
    static Loaded& loaded = *[]() -> Loaded* {
        try {
            static Loaded made;
            return &made;
        } catch (const std::exception& error) {
            std::cerr << "fuzz: cannot open the demo study: " << error.what() << '\n';
            std::abort();
        }
    }();
    return *loaded.project;
}

}  // namespace sonda::fuzz
