// The demo study (what `sonda demo` builds) for the suites that test on it:
// built into a file of the test's own when it will change it, or once per
// suite into a temporary file, with the real plugins loaded.
#pragma once

#include <Poco/TemporaryFile.h>

#include <memory>
#include <string>

#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "temporary_database.hpp"

namespace sonda::test {

inline void build_demo_database(const std::string& path) {
    Engine engine;
    engine.load_plugins();
    DemoOptions options;
    options.data_folder = default_demo_folder();
    options.form_folders = default_form_path();
    build_demo_study(engine, path, options);
}

// Shared by a suite's tests: never write into it.
inline const std::string& demo_database() {
    static const std::string path = [] {
        static TemporaryDatabase file;
        build_demo_database(file.path());
        return file.path();
    }();
    return path;
}

struct DemoProject {
    Engine engine;
    std::unique_ptr<Project> project;
    DemoProject() {
        engine.load_plugins();
        project = std::make_unique<Project>(engine, demo_database());
    }
};

}  // namespace sonda::test
