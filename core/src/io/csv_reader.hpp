// Reads CSV as spreadsheets really save it (RFC 4180 quoting, fields with
// embedded delimiters, quotes and newlines), one record at a time so memory
// stays flat in the size of the file.
//
// What the reader works out by itself, because a tired evaluator will not know:
// - the delimiter, from the header line: ';' (Italian Excel), ',' or tab;
// - the encoding: UTF-8 (with or without byte order mark), or Windows-1252 when
//   the bytes are not UTF-8 (Excel's "CSV (separato da virgola)"). Both keep
//   ASCII as is, so the encoding is decided at the first field holding a
//   non-ASCII byte and every field is handed out as UTF-8;
// - CRLF or LF line endings.
// A malformed record (a stray quote, an unclosed quote, a record over the size
// limit, invalid UTF-8 in a UTF-8 file) carries an error and the reader goes on
// with the next record, so every bad line can be reported at once.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "chunk_source.hpp"

namespace sonda::io {

enum class TextEncoding { Unknown, Utf8, Windows1252 };
const char* to_string(TextEncoding encoding);

struct CsvRecord {
    std::vector<std::string> fields;  // as UTF-8
    long long line = 0;               // physical line where the record starts (1-based)
    std::string raw;    // the record's bytes as read, without its line ending (empty when too long)
    std::string error;  // why the record is malformed; empty when it is well formed
};

struct CsvReaderOptions {
    char delimiter = 0;  // 0: detect from the header line
    std::size_t max_record_bytes = 4 * 1024 * 1024;
};

class CsvReader {
  public:
    explicit CsvReader(ChunkSource& source, CsvReaderOptions options = {});

    // The next non-empty record; false at the end of the input.
    bool next(CsvRecord& record);

    char delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_encoding; }
    bool had_byte_order_mark() const { return m_had_bom; }

  private:
    bool read_record(CsvRecord& record);
    void decode(CsvRecord& record);
    char detect_delimiter();

    ChunkSource& m_source;
    CsvReaderOptions m_options;
    char m_delimiter = ',';
    TextEncoding m_encoding = TextEncoding::Unknown;
    bool m_had_bom = false;
    long long m_lines_done = 0;  // physical lines fully consumed
};

}  // namespace sonda::io
