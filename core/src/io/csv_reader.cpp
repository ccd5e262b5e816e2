#include "csv_reader.hpp"

#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"
#include "windows1252.hpp"

namespace sonda::io {

const char* to_string(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return "UTF-8";
        case TextEncoding::Windows1252:
            return "Windows-1252";
        case TextEncoding::Unknown:
            break;
    }
    return "ASCII";
}

namespace {
bool is_ascii(const std::string& text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

std::string printable_delimiter(char delimiter) {
    return delimiter == '\t' ? i18n::message("input.csv.tab") : std::string("'") + delimiter + "'";
}
}  // namespace

CsvReader::CsvReader(ChunkSource& source, CsvReaderOptions options)
    : m_source(source), m_options(options) {
    if (m_source.prefetch(3).substr(0, 3) == "\xEF\xBB\xBF") {
        m_source.consume(3);
        m_had_bom = true;
        m_encoding = TextEncoding::Utf8;
    }
    m_delimiter = m_options.delimiter != 0 ? m_options.delimiter : detect_delimiter();
}

char CsvReader::detect_delimiter() {
    // Count the candidates outside quotes on the first line. The header names
    // columns (id, form, item ids), which never need ';', ',' or tabs, so the
    // one that occurs is the delimiter. Look at most at the first 64 KiB.
    std::size_t want = 4096;
    for (;;) {
        const std::string_view head = m_source.prefetch(want);
        std::size_t semicolons = 0, commas = 0, tabs = 0;
        bool quoted = false, complete = false;
        for (const char c : head) {
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '\n') {
                complete = true;
                break;
            }
            semicolons += c == ';';
            commas += c == ',';
            tabs += c == '\t';
        }
        if (complete || head.size() < want || want >= 65536) {
            if (semicolons == 0 && commas == 0 && tabs == 0) return ',';
            if (semicolons >= commas && semicolons >= tabs) return ';';
            if (tabs >= commas) return '\t';
            return ',';
        }
        want *= 4;
    }
}

bool CsvReader::read_record(CsvRecord& record) {
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, ClosedThenCr };
    record.fields.clear();
    record.raw.clear();
    record.error.clear();
    record.line = m_lines_done + 1;

    std::string field;
    State state = State::FieldStart;
    bool any = false;
    bool storing = true;
    std::size_t bytes = 0;
    long long quote_line = 0;

    auto fail = [&](const std::string& why) {
        if (record.error.empty()) record.error = why;
    };
    auto end_field = [&] {
        if (storing) record.fields.push_back(std::move(field));
        field.clear();
        state = State::FieldStart;
    };
    auto finish = [&] {
        // A CR before the LF belongs to the line ending, not to the last field.
        if (state == State::Unquoted && !field.empty() && field.back() == '\r') field.pop_back();
        if (state == State::FieldStart && !field.empty() && field.back() == '\r') field.pop_back();
        if (storing && !record.raw.empty() && record.raw.back() == '\r') record.raw.pop_back();
        end_field();
        if (!storing) record.fields.clear();
    };

    for (;;) {
        const std::string_view chunk = m_source.available();
        if (chunk.empty()) break;
        any = true;
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            const char c = chunk[i];
            if (c == '\n') {
                if (state != State::Quoted) {
                    m_source.consume(i + 1);
                    ++m_lines_done;
                    finish();
                    return true;
                }
                ++m_lines_done;
            }
            if (storing && ++bytes > m_options.max_record_bytes) {
                // Keep scanning (quotes decide where the record ends) but stop
                // keeping its bytes.
                fail(state == State::Quoted
                         ? i18n::message("input.csv.record_too_long_quote",
                                         m_options.max_record_bytes, quote_line)
                         : i18n::message("input.csv.record_too_long", m_options.max_record_bytes));
                storing = false;
                field.clear();
                field.shrink_to_fit();
                record.raw.clear();
                record.raw.shrink_to_fit();
                record.fields.clear();
            }
            if (storing) record.raw.push_back(c);
            switch (state) {
                case State::FieldStart:
                    if (c == '"') {
                        state = State::Quoted;
                        quote_line = m_lines_done + 1;
                    } else if (c == m_delimiter) {
                        end_field();
                    } else {
                        if (storing) field.push_back(c);
                        state = State::Unquoted;
                    }
                    break;
                case State::Unquoted:
                    if (c == m_delimiter) {
                        end_field();
                    } else {
                        if (c == '"')
                            fail(i18n::message("input.csv.stray_quote", record.fields.size() + 1));
                        if (storing) field.push_back(c);
                    }
                    break;
                case State::Quoted:
                    if (c == '"')
                        state = State::QuoteInQuoted;
                    else if (storing)
                        field.push_back(c);
                    break;
                case State::QuoteInQuoted:
                    if (c == '"') {
                        if (storing) field.push_back('"');
                        state = State::Quoted;
                    } else if (c == m_delimiter) {
                        end_field();
                    } else if (c == '\r') {
                        state = State::ClosedThenCr;
                    } else {
                        fail(i18n::message("input.csv.after_quote", record.fields.size() + 1,
                                           printable_delimiter(m_delimiter)));
                        if (storing) field.push_back(c);
                        state = State::Unquoted;
                    }
                    break;
                case State::ClosedThenCr:
                    fail(i18n::message("input.csv.after_quote", record.fields.size() + 1,
                                       printable_delimiter(m_delimiter)));
                    if (c == m_delimiter) {
                        end_field();
                    } else {
                        if (storing) field.push_back(c);
                        state = State::Unquoted;
                    }
                    break;
            }
        }
        m_source.consume(chunk.size());
    }
    if (!any) return false;
    // The last record has no line ending.
    if (state == State::Quoted) fail(i18n::message("input.csv.unclosed_quote", quote_line));
    ++m_lines_done;
    finish();
    return true;
}

void CsvReader::decode(CsvRecord& record) {
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        std::string& field = record.fields[i];
        if (is_ascii(field)) continue;
        if (m_encoding == TextEncoding::Unknown)
            m_encoding = find_invalid_utf8(field) == std::string::npos ? TextEncoding::Utf8
                                                                       : TextEncoding::Windows1252;
        if (m_encoding == TextEncoding::Windows1252) {
            field = windows1252_to_utf8(field);
        } else {
            const std::size_t bad = find_invalid_utf8(field);
            if (bad != std::string::npos && record.error.empty())
                record.error = i18n::message("input.csv.invalid_utf8", bad + 1, i + 1);
        }
    }
}

bool CsvReader::next(CsvRecord& record) {
    while (read_record(record)) {
        // Blank lines carry nothing; spreadsheets leave them at the end.
        if (record.error.empty() && record.raw.empty()) continue;
        decode(record);
        return true;
    }
    return false;
}

}  // namespace sonda::io
