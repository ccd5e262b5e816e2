// A fresh SQLite database with the io test study and form (tests/data/io),
// opened through the engine with the plugins of this build, for the import and
// export tests. Every fixture lives in its own temporary folder.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>

#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/io/exporter.hpp"
#include "sonda/io/importer.hpp"
#include "sonda/store/store.hpp"

namespace io_test {

namespace fs = std::filesystem;

inline std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline const char* form_path() { return SONDA_TEST_DATA_DIR "/io/form.json"; }
inline const char* study_path() { return SONDA_TEST_DATA_DIR "/io/study.json"; }

class Database {
  public:
    explicit Database(const std::string& name = "test.db") {
        std::random_device random;
        m_folder = fs::temp_directory_path() /
                   ("sonda-io-test-" + std::to_string(random()) + std::to_string(random()));
        fs::create_directories(m_folder);
        m_engine.load_plugins();
        m_db = (m_folder / name).string();
        {
            auto store = sonda::Store::open(m_db);
            store->save_study(sonda::load_study_file(study_path()));
            const sonda::Form form = sonda::load_form_file(form_path(), m_engine.registry());
            store->save_form({form.id, form.version, form.plugin, read_file(form_path())});
        }
        m_project = std::make_unique<sonda::Project>(m_engine, m_db);
    }
    ~Database() {
        m_project.reset();
        std::error_code ignored;
        fs::remove_all(m_folder, ignored);
    }

    sonda::Project& project() { return *m_project; }
    const fs::path& folder() const { return m_folder; }

    // A file in the fixture's folder holding exactly these bytes.
    std::string write(const std::string& name, const std::string& bytes) const {
        const fs::path path = m_folder / name;
        std::ofstream out(path, std::ios::binary);
        out << bytes;
        return path.string();
    }

    sonda::ImportSummary import(const std::string& path, sonda::ImportOptions options = {}) {
        return sonda::import_file(*m_project, path, options);
    }

    long long count() {
        sonda::ResponseFilter filter;
        filter.form = "io-check";
        return m_project->store().count_responses(filter);
    }

    std::string export_text(sonda::ExportFormat format, char delimiter = ',', char decimal = '.',
                            const std::string& language = "en") {
        sonda::ExportOptions options;
        options.format = format;
        options.filter.form = "io-check";
        options.delimiter = delimiter;
        options.decimal = decimal;
        options.language = language;
        std::ostringstream out;
        sonda::export_responses(*m_project, out, options);
        return out.str();
    }
    // Everything stored, as text: equal before and after means unchanged.
    std::string snapshot() { return export_text(sonda::ExportFormat::Ndjson); }

  private:
    fs::path m_folder;
    sonda::Engine m_engine;
    std::string m_db;
    std::unique_ptr<sonda::Project> m_project;
};

inline std::string uuid(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

// One interchange line; `answers` is the JSON object's body.
inline std::string response_line(int n, const std::string& answers = "\"sharing_1\":4",
                                 const std::string& territory = "sds-pistoiese",
                                 const std::string& respondent = "") {
    return "{\"id\":\"" + uuid(n) +
           "\",\"form\":\"io-check\",\"form_version\":1,\"wave\":\"workshop-1\",\"territory\":\"" +
           territory + "\",\"role\":\"social-service\",\"respondent\":\"" +
           (respondent.empty() ? "R" + std::to_string(n) : respondent) + "\",\"answers\":{" +
           answers + "}}";
}

}  // namespace io_test
