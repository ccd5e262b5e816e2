#include "wide_layout.hpp"

#include <catch2/catch.hpp>

using sonda::io::ItemColumn;
using sonda::io::parse_item_column;

TEST_CASE("[io] wide column names: items and matrix cells") {
    auto plain = parse_item_column("sharing_1");
    REQUIRE(plain);
    CHECK(plain->item == "sharing_1");
    CHECK_FALSE(plain->is_matrix_cell());

    auto cell = parse_item_column("expectations[mental-health][contact]");
    REQUIRE(cell);
    CHECK(cell->item == "expectations");
    CHECK(cell->row == "mental-health");
    CHECK(cell->column == "contact");
    CHECK(cell->is_matrix_cell());
    CHECK(sonda::io::matrix_column_name("expectations", "mental-health", "contact") ==
          "expectations[mental-health][contact]");

    for (const char* bad : {"", "a[b]", "a[b][c", "a[][c]", "a[b][]", "[b][c]", "a[b][c]x", "a]",
                            "a[b]x[c]", "a[b][c][d]"})
        CHECK_FALSE(parse_item_column(bad));
}

TEST_CASE("[io] wide columns of a form: items in order, a matrix cell by cell") {
    sonda::Form form;
    sonda::Item likert;
    likert.id = "q1";
    likert.type = "likert";
    sonda::Item matrix;
    matrix.id = "grid";
    matrix.type = "matrix";
    matrix.rows = {{"r1", {}}, {"r2", {}}};
    matrix.columns = {{"c1", {}}};
    form.items = {likert, matrix};
    const auto columns = sonda::io::item_columns(form);
    REQUIRE(columns.size() == 3);
    CHECK(columns[0].name == "q1");
    CHECK(columns[1].name == "grid[r1][c1]");
    CHECK(columns[2].name == "grid[r2][c1]");

    // Several versions: the newest's columns, then those only older ones have.
    sonda::Form older = form;
    sonda::Item gone;
    gone.id = "old_item";
    gone.type = "text";
    older.items = {gone, likert};
    const auto merged = sonda::io::item_columns(std::vector<const sonda::Form*>{&form, &older});
    REQUIRE(merged.size() == 4);
    CHECK(merged[3].name == "old_item");
}
