#include "sonda/io/importer.hpp"

#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "chunk_source.hpp"
#include "import_session.hpp"
#include "row_readers.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda {

namespace {

std::string lowercase_extension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

InputFormat format_from_extension(const std::string& path) {
    const std::string extension = lowercase_extension(path);
    if (extension == ".ndjson" || extension == ".jsonl" || extension == ".json")
        return InputFormat::Ndjson;
    if (extension == ".csv") return InputFormat::Csv;
    return InputFormat::Auto;
}

// An interchange object starts with '{'; a CSV header with a column name.
InputFormat sniff_format(io::ChunkSource& input) {
    std::string_view head = input.prefetch(4096);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && head[first] == '{') return InputFormat::Ndjson;
    return InputFormat::Csv;
}

// Files a spreadsheet user may pick by mistake, known by their first bytes,
// each with what to do instead: reading them as text would only list one
// garbled row after another.
void refuse_known_binary(io::ChunkSource& input, const std::string& source) {
    const std::string_view head = input.signature(8);
    const char* what = nullptr;
    if (head.starts_with("PK\x03\x04"))
        what = "input.binary.zip";
    else if (head.starts_with("\xD0\xCF\x11\xE0"))
        what = "input.binary.xls";
    else if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF"))
        what = "input.binary.utf16";
    if (what)
        throw InvalidInput(Location{source, 0, "", ""},
                           i18n::message("input.binary", i18n::message(what)));
}

}  // namespace

ImportSummary import_responses(Project& project, std::istream& input, const std::string& source,
                               long long size_hint, const ImportOptions& options) {
    io::ChunkSource chunks(input, io::ChunkSource::kChunkSize, source);
    // The session first: it refuses a bad rejected file before any byte of a
    // slow input (a pipe, a FIFO) is waited for.
    io::ImportSession session(project, source, options);
    refuse_known_binary(chunks, source);
    const InputFormat format =
        options.format == InputFormat::Auto ? sniff_format(chunks) : options.format;
    session.report_progress(0, size_hint, true);
    if (format == InputFormat::Ndjson && !options.maps_path.empty())
        throw UsageError(i18n::message("input.maps_with_ndjson", source));
    if (format == InputFormat::Ndjson)
        io::read_ndjson_rows(chunks, session, source, size_hint);
    else
        io::read_csv_rows(chunks, session, source, size_hint);
    session.report_progress(chunks.consumed(), size_hint, true);
    return session.finish();
}

ImportSummary import_file(Project& project, const std::string& path, const ImportOptions& options) {
    std::ifstream input(path, std::ios::binary);
    if (!input)
        throw InvalidInput(
            Location{path, 0, "", ""},
            i18n::message("input.cannot_open",
                          std::error_code(errno, std::generic_category()).message()));
    std::error_code size_error;
    const auto size = std::filesystem::file_size(path, size_error);
    ImportOptions effective = options;
    if (effective.format == InputFormat::Auto) effective.format = format_from_extension(path);
    effective.inputs.push_back(path);
    if (!effective.maps_path.empty()) effective.inputs.push_back(effective.maps_path);
    return import_responses(project, input, path, size_error ? 0 : static_cast<long long>(size),
                            effective);
}

}  // namespace sonda
