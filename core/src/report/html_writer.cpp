#include "sonda/report/html_writer.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <vector>

#include "sonda/util/json.hpp"

namespace sonda::report_detail {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    std::string_view rest = text;
    while (!rest.empty()) {
        const std::size_t bad = find_invalid_utf8(rest);
        const std::string_view good =
            rest.substr(0, bad == std::string_view::npos ? rest.size() : bad);
        for (char c : good) {
            switch (c) {
                case '&':
                    out += "&amp;";
                    break;
                case '<':
                    out += "&lt;";
                    break;
                case '>':
                    out += "&gt;";
                    break;
                case '"':
                    out += "&quot;";
                    break;
                case '\'':
                    out += "&#39;";
                    break;
                case '\0':
                    out += "\xEF\xBF\xBD";
                    break;
                default:
                    out += c;
            }
        }
        if (bad == std::string_view::npos) break;
        out += "\xEF\xBF\xBD";  // U+FFFD for the invalid byte
        rest = rest.substr(bad + 1);
    }
    return out;
}

std::string key_title(const std::string& key) {
    std::string title = key;
    for (char& c : title)
        if (c == '_' || c == '-') c = ' ';
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
        title[0] = static_cast<char>(title[0] - 32);
    return title;
}

namespace {

bool is_object(const Poco::Dynamic::Var& value) {
    return value.type() == typeid(Poco::JSON::Object::Ptr);
}
bool is_array(const Poco::Dynamic::Var& value) {
    return value.type() == typeid(Poco::JSON::Array::Ptr);
}

std::string scalar_html(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return "<span class=\"muted\">–</span>";
    if (value.isBoolean()) return value.convert<bool>() ? "yes" : "no";
    return html_escape(value.toString());
}

}  // namespace

void write_json_html(const Poco::Dynamic::Var& value, std::ostream& out) {
    if (is_object(value)) {
        auto object = value.extract<Poco::JSON::Object::Ptr>();
        if (!object) return;
        out << "<table class=\"kv\">";
        for (const std::string& key : object->getNames()) {
            const Poco::Dynamic::Var entry = object->get(key);
            out << "<tr><th>" << html_escape(key_title(key)) << "</th><td>";
            if (is_object(entry) || is_array(entry))
                write_json_html(entry, out);
            else
                out << scalar_html(entry);
            out << "</td></tr>";
        }
        out << "</table>\n";
        return;
    }
    if (!is_array(value)) {
        out << scalar_html(value);
        return;
    }
    auto array = value.extract<Poco::JSON::Array::Ptr>();
    if (!array || array->size() == 0) {
        out << "<span class=\"muted\">none</span>";
        return;
    }
    std::vector<std::string> columns;
    bool flat = true;
    for (std::size_t i = 0; i < array->size() && flat; ++i) {
        auto row = array->getObject(static_cast<unsigned>(i));
        if (!row) {
            flat = false;
            break;
        }
        for (const std::string& key : row->getNames()) {
            const Poco::Dynamic::Var cell = row->get(key);
            if (is_object(cell) || is_array(cell)) flat = false;
            if (std::find(columns.begin(), columns.end(), key) == columns.end())
                columns.push_back(key);
        }
    }
    if (flat) {
        out << "<table class=\"data\"><thead><tr>";
        for (const std::string& column : columns)
            out << "<th>" << html_escape(key_title(column)) << "</th>";
        out << "</tr></thead><tbody>";
        for (std::size_t i = 0; i < array->size(); ++i) {
            auto row = array->getObject(static_cast<unsigned>(i));
            out << "<tr>";
            for (const std::string& column : columns)
                out << "<td>" << (row->has(column) ? scalar_html(row->get(column)) : "") << "</td>";
            out << "</tr>";
        }
        out << "</tbody></table>\n";
        return;
    }
    out << "<ul>";
    for (std::size_t i = 0; i < array->size(); ++i) {
        out << "<li>";
        write_json_html(array->get(static_cast<unsigned>(i)), out);
        out << "</li>";
    }
    out << "</ul>\n";
}

}  // namespace sonda::report_detail
