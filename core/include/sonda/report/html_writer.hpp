// Building blocks of the HTML report: escaping of every text that reaches the
// page (names, free texts an instrument passes through, labels from form
// files), and a generic rendering of an instrument's JSON so that what a new
// plugin adds shows up as tables without changes to the report.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <ostream>
#include <string>
#include <string_view>

namespace sonda::report_detail {

// Escapes & < > " ' so the text is inert in element content and in quoted
// attributes alike; invalid UTF-8 is replaced, never passed through.
std::string html_escape(std::string_view text);

// A JSON value as HTML: objects as key/value tables, arrays of flat objects as
// tables, arrays of scalars as lists. Every string is escaped.
void write_json_html(const Poco::Dynamic::Var& value, std::ostream& out);

// Readable heading for a JSON key: "moved_inward" -> "Moved inward".
std::string key_title(const std::string& key);

}  // namespace sonda::report_detail
