#include "long_sheet.hpp"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <optional>
#include <system_error>

#include "chunk_source.hpp"
#include "csv_reader.hpp"
#include "csv_writer.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda {

const std::vector<std::string>& long_sheet_key_columns() {
    static const std::vector<std::string> keys{"form", "wave", "territory", "respondent", "item"};
    return keys;
}

}  // namespace sonda

namespace sonda::io {

namespace {

// The file's records, text that was written formula-safe restored; the
// header again first when it was read to tell whose sheet it is.
class FileLines final : public SheetLines {
  public:
    FileLines(std::istream& in, const std::string& path)
        : m_chunks(in, ChunkSource::kChunkSize, path), m_reader(m_chunks) {}

    bool next(SheetLine& line) override {
        if (m_peeked) {
            line = std::move(*m_peeked);
            m_peeked.reset();
            return true;
        }
        CsvRecord record;
        if (!m_reader.next(record)) return false;
        line.line = record.line;
        line.error = record.error;
        line.fields.clear();
        for (std::string& field : record.fields) line.fields.push_back(restore_formula_text(field));
        return true;
    }
    std::string failure() const override {
        return m_chunks.failed()
                   ? i18n::message("input.read_error", static_cast<long long>(m_chunks.consumed()))
                   : "";
    }
    // The header, kept to be read again by next().
    const SheetLine* header() {
        if (!m_peeked) {
            SheetLine line;
            if (!next(line)) return nullptr;
            m_peeked = std::move(line);
        }
        return &*m_peeked;
    }

  private:
    ChunkSource m_chunks;
    CsvReader m_reader;
    std::optional<SheetLine> m_peeked;
};

std::string trimmed(const std::string& text) {
    const std::size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) return {};
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

// Whether every column the header names is a key column or one of `type`'s.
bool fits(const LongRows& type, const SheetLine& header) {
    std::vector<std::string> known = long_sheet_key_columns();
    for (const std::string& column : type.columns()) known.push_back(column);
    for (const std::string& field : header.fields) {
        const std::string name = trimmed(field);
        if (!name.empty() && std::find(known.begin(), known.end(), name) == known.end())
            return false;
    }
    return true;
}

// The item type whose sheet `lines` is: the only one there is, else the one
// whose columns the header names.
const ItemType* sheet_type(const std::vector<const ItemType*>& offering, FileLines& lines,
                           const std::string& path) {
    if (offering.size() == 1) return offering.front();
    const SheetLine* header = lines.header();
    std::vector<const ItemType*> fitting;
    if (header)
        for (const ItemType* type : offering)
            if (fits(*type->long_rows(), *header)) fitting.push_back(type);
    if (fitting.size() == 1) return fitting.front();
    std::string names;
    for (const ItemType* type : fitting.empty() ? offering : fitting)
        names += (names.empty() ? "" : ", ") + type->name();
    throw InvalidInput(
        Location{path, header ? header->line : 0, "", ""},
        i18n::message(fitting.empty() ? "input.sheet.fits_none" : "input.sheet.fits_several",
                      names));
}

}  // namespace

OpenedLongSheet read_long_sheet(const std::string& path, const Registry& registry) {
    std::vector<const ItemType*> offering;
    for (const std::string& name : registry.item_type_names())
        if (const ItemType* type = registry.item_type(name); type && type->long_rows())
            offering.push_back(type);
    if (offering.empty())
        throw InvalidInput(Location{path, 0, "", ""}, i18n::message("input.sheet.no_reader"));
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const std::string sheet = offering.size() == 1
                                      ? offering.front()->long_rows()->words().sheet
                                      : i18n::message("input.sheet.sheet");
        throw InvalidInput(
            Location{path, 0, "", ""},
            i18n::message("input.sheet.cannot_open", sheet,
                          std::error_code(errno, std::generic_category()).message()));
    }
    FileLines lines(in, path);
    OpenedLongSheet opened;
    opened.type = sheet_type(offering, lines, path);
    opened.sheet = opened.type->long_rows()->read(path, lines);
    return opened;
}

}  // namespace sonda::io
