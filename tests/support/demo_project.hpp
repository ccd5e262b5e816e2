// The demo study in a temporary SQLite file, built once for the suite, with
// the real plugins loaded: what the dashboard shows on `sonda demo`.
#pragma once

#include <Poco/TemporaryFile.h>

#include <memory>
#include <string>

#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"

namespace sonda::test {

inline const std::string& demo_database() {
    static const std::string path = [] {
        static Poco::TemporaryFile file;
        Engine engine;
        engine.load_plugins();
        DemoOptions options;
        options.data_folder = default_demo_folder();
        options.form_folders = default_form_path();
        build_demo_study(engine, file.path(), options);
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
