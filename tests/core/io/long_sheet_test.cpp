// How the importer reads a sheet of answers one entry a row (--maps): it asks
// the item types, not their names. The only type with such a sheet reads it;
// among several, the one whose columns the header names; none loaded, or a
// header that fits none or several, is refused with what and why.
#include "long_sheet.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "sonda/plugin/plugin_api.hpp"

using namespace sonda;

namespace {

// A sheet that only counts its records.
class CountedSheet final : public LongSheet {
  public:
    CountedSheet(std::string type, int records) : type(std::move(type)), records(records) {}
    std::string form() const override { return {}; }
    long long form_line() const override { return 0; }
    // What it read, as the core sees it through the registry's guard.
    std::string item() const override { return type + ":" + std::to_string(records); }
    long long item_line() const override { return 0; }
    std::optional<long long> first_line(const std::string&, const std::string&,
                                        const std::string&) const override {
        return std::nullopt;
    }
    Poco::Dynamic::Var take(const std::string&, const std::string&, const std::string&) override {
        return {};
    }
    void touch(const std::string&, const std::string&, const std::string&) override {}
    void relocate(const std::string&, const std::string&, const std::string&, const std::string&,
                  Issue&) const override {}
    std::vector<Issue> unused(const std::string&) const override { return {}; }
    std::string type;
    int records;
};

class ListRows final : public LongRows {
  public:
    ListRows(std::string type, std::vector<std::string> columns)
        : m_type(std::move(type)), m_columns(std::move(columns)) {}
    Words words() const override { return {m_type + " sheet", m_type, m_type}; }
    std::vector<std::string> columns() const override { return m_columns; }
    std::unique_ptr<LongSheet> read(const std::string&, SheetLines& lines) const override {
        int records = 0;
        for (SheetLine line; lines.next(line);) ++records;
        return std::make_unique<CountedSheet>(m_type, records);
    }
    std::optional<std::vector<std::vector<std::string>>> rows(const Poco::Dynamic::Var&,
                                                              char) const override {
        return std::nullopt;
    }

  private:
    std::string m_type;
    std::vector<std::string> m_columns;
};

class ListType final : public ItemType {
  public:
    ListType(std::string name, std::vector<std::string> columns)
        : m_name(name), m_rows(std::move(name), std::move(columns)) {}
    std::string name() const override { return m_name; }
    void validate_answer(const Item&, const Poco::Dynamic::Var&,
                         std::vector<Issue>&) const override {}
    const LongRows* long_rows() const override { return &m_rows; }

  private:
    std::string m_name;
    ListRows m_rows;
};

std::string sheet_file(const std::string& text) {
    static int made = 0;
    const std::string path =
        (std::filesystem::temp_directory_path() /
         ("sonda-long-sheet-" + std::to_string(::getpid()) + "-" + std::to_string(++made) + ".csv"))
            .string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string refusal(const std::string& path, const Registry& registry) {
    try {
        io::read_long_sheet(path, registry);
    } catch (const InvalidInput& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("[io] a long sheet is read by the item type whose columns its header names") {
    Registry registry;
    const std::string path = sheet_file("wave;territory;respondent;place;rank\r\nw;t;r;a;1\r\n");
    CHECK(refusal(path, registry).find("no loaded item type keeps its answers one entry a row") !=
          std::string::npos);

    PluginContext plugin(registry, "lists");
    plugin.add_item_type(
        std::make_unique<ListType>("places", std::vector<std::string>{"place", "rank"}));
    // The only type there is reads it, header and row.
    io::OpenedLongSheet only = io::read_long_sheet(path, registry);
    CHECK(only.type->name() == "places");
    CHECK(only.sheet->item() == "places:2");

    plugin.add_item_type(
        std::make_unique<ListType>("tools", std::vector<std::string>{"tool", "rank"}));
    CHECK(io::read_long_sheet(path, registry).type->name() == "places");
    const std::string tools = sheet_file("form;item;tool\r\nf;i;hammer\r\n");
    CHECK(io::read_long_sheet(tools, registry).type->name() == "tools");
    // Whose sheet is it? Neither's columns, or both's.
    const std::string neither = sheet_file("wave;colour\r\n");
    CHECK(refusal(neither, registry).find("the header names no item type's columns") !=
          std::string::npos);
    const std::string both = sheet_file("wave;rank\r\n");
    CHECK(refusal(both, registry).find("fits more than one item type: cannot tell whose sheet") !=
          std::string::npos);
    CHECK(refusal("/nonexistent/sheet.csv", registry).find("cannot open the sheet") !=
          std::string::npos);
    for (const std::string& file : {path, tools, neither, both}) std::filesystem::remove(file);
}
