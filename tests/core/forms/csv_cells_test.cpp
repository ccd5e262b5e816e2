// Wide CSV cells as spreadsheets write them in the users' locale, and back.
#include <Poco/JSON/Array.h>

#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
Poco::Dynamic::Var cell(const Registry& registry, const Item& item, const std::string& text,
                        char decimal = ',') {
    return registry.item_type(item.type)->parse_cell(item, text, decimal);
}
std::string format(const Registry& registry, const Item& item, const Poco::Dynamic::Var& value,
                   char decimal = ',') {
    return registry.item_type(item.type)->format_cell(item, value, decimal);
}
std::string cell_error(const Registry& registry, const Item& item, const std::string& text,
                       char decimal = ',') {
    auto issues = issues_thrown([&] { cell(registry, item, text, decimal); });
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.item == item.id);
    return issues[0].reason;
}
std::string as_json(const Poco::Dynamic::Var& value) {
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(value, out);
    return out.str();
}
}  // namespace

TEST_CASE("CSV cells: an empty or blank cell is unanswered for every type", "[forms][csv]") {
    Registry registry;
    for (const std::string& type : registry.item_type_names()) {
        const ItemType* item_type = registry.item_type(type);
        Item item;
        item.id = "x";
        item.type = type;
        CHECK(item_type->parse_cell(item, "", ',').isEmpty());
        CHECK(item_type->parse_cell(item, "  ", '.').isEmpty());
        CHECK(item_type->format_cell(item, Poco::Dynamic::Var(), ',').empty());
    }
}

TEST_CASE("CSV cells: likert points, labels and the Italian decimal comma",
          "[forms][csv][likert]") {
    Registry registry;
    const Item item =
        load_item(registry, R"({"id": "s1", "type": "likert", "label": "S", "min": 1, "max": 5,
        "labels": {"1": {"it": "Per niente", "en": "Not at all"}, "5": {"it": "Moltissimo", "en": "Very much"}}})");
    CHECK(as_json(cell(registry, item, "3")) == "3");
    CHECK(as_json(cell(registry, item, " 4 ")) == "4");
    CHECK(as_json(cell(registry, item, "3,0")) == "3");
    CHECK(as_json(cell(registry, item, "3.0", '.')) == "3");
    CHECK(as_json(cell(registry, item, "Per niente")) == "1");
    CHECK(as_json(cell(registry, item, "very much")) == "5");
    CHECK(cell_error(registry, item, "3,5") == "'3,5' is not a whole point of the scale 1 to 5");
    CHECK(cell_error(registry, item, "abbastanza") ==
          "'abbastanza' is not a point of the scale 1 to 5");
    // Out of range parses (the cell is a number); the answer check then refuses it.
    CHECK(as_json(cell(registry, item, "7")) == "7");
    for (const char* text : {"1", "2", "5"})
        CHECK(format(registry, item, cell(registry, item, text)) == text);
}

TEST_CASE("CSV cells: numbers in either locale, thousands separators refused",
          "[forms][csv][number]") {
    Registry registry;
    const Item item = load_item(registry, R"({"id": "hours", "type": "number", "label": "Ore"})");
    SECTION("Italian file (decimal comma)") {
        CHECK(as_json(cell(registry, item, "3,5")) == "3.5");
        CHECK(as_json(cell(registry, item, "-0,25")) == "-0.25");
        CHECK(as_json(cell(registry, item, "12")) == "12");
        CHECK(as_json(cell(registry, item, "12,000")) == "12");
        CHECK(as_json(cell(registry, item, "3.5")) == "3.5");  // the other separator, unambiguous
        CHECK(as_json(cell(registry, item, "0.125")) ==
              "0.125");  // a leading 0 cannot group thousands
        CHECK(as_json(cell(registry, item, "1234.567")) == "1234.567");
        CHECK(as_json(cell(registry, item, "1,5E-3")) == "0.0015");
        CHECK(cell_error(registry, item, "1.234") ==
              "'1.234' is ambiguous: '.' could separate thousands or decimals; write it without "
              "thousands separators, with ',' as the decimal separator");
        CHECK(cell_error(registry, item, "1.234,5").find("has a thousands separator") !=
              std::string::npos);
        CHECK(cell_error(registry, item, "1.234.567").find("has a thousands separator") !=
              std::string::npos);
        CHECK(cell_error(registry, item, "1 234").find("has a thousands separator") !=
              std::string::npos);
        CHECK(cell_error(registry, item,
                         "1\xC2\xA0"
                         "234")
                  .find("has a thousands separator") != std::string::npos);
        CHECK(cell_error(registry, item, "tre") == "'tre' is not a number");
        CHECK(cell_error(registry, item, "3,") == "'3,' is not a number");
        CHECK(cell_error(registry, item, "1e") == "'1e' is not a number");
        CHECK(cell_error(registry, item, "1e999") == "'1e999' is not a number sonda can represent");
    }
    SECTION("English file (decimal point)") {
        CHECK(as_json(cell(registry, item, "3.5", '.')) == "3.5");
        CHECK(as_json(cell(registry, item, "3,5", '.')) == "3.5");
        CHECK(cell_error(registry, item, "1,234", '.').find("ambiguous") != std::string::npos);
        CHECK(cell_error(registry, item, "1,234.5", '.').find("thousands separator") !=
              std::string::npos);
    }
    SECTION("round trips") {
        for (double value : {0.1, 3.5, -2.75, 1e-7, 123456.789, 1.0 / 3.0}) {
            const std::string italian = format(registry, item, value, ',');
            CHECK(italian.find('.') == std::string::npos);
            CHECK(cell(registry, item, italian, ',').convert<double>() == value);
            const std::string english = format(registry, item, value, '.');
            CHECK(cell(registry, item, english, '.').convert<double>() == value);
        }
        CHECK(format(registry, item, 3.5, ',') == "3,5");
        CHECK(format(registry, item, 42, ',') == "42");
        CHECK(format(registry, item, 42.0, ',') == "42");
    }
}

TEST_CASE("CSV cells: choices by value or by label, multiple with |", "[forms][csv][choice]") {
    Registry registry;
    const Item single =
        load_item(registry, R"({"id": "role", "type": "choice", "label": "Ruolo", "choices": [
        {"value": "social", "label": {"it": "Servizio sociale", "en": "Social service"}},
        {"value": "employment", "label": {"it": "Centro per l'impiego", "en": "Employment centre"}}]})");
    CHECK(as_json(cell(registry, single, "social")) == "\"social\"");
    CHECK(as_json(cell(registry, single, " employment ")) == "\"employment\"");
    CHECK(as_json(cell(registry, single, "Centro per l'impiego")) == "\"employment\"");
    CHECK(as_json(cell(registry, single, "social service")) == "\"social\"");
    CHECK(cell_error(registry, single, "Comune") ==
          "'Comune' is neither a value (social, employment) nor the label of one");
    CHECK(format(registry, single, std::string("employment")) == "employment");

    const Item multiple =
        load_item(registry, R"({"id": "tools", "type": "choice", "label": "T", "multiple": true,
        "choices": [{"value": "protocol", "label": "Protocollo"}, {"value": "database", "label": "Banca dati"}]})");
    const Poco::Dynamic::Var both = cell(registry, multiple, "protocol | Banca dati");
    CHECK(as_json(both) == R"(["protocol","database"])");
    CHECK(format(registry, multiple, both) == "protocol|database");
    CHECK(as_json(cell(registry, multiple, format(registry, multiple, both))) ==
          R"(["protocol","database"])");
    CHECK(cell(registry, multiple, " | ").isEmpty());
    CHECK(cell_error(registry, multiple, "protocol|fax").find("'fax' is neither a value") == 0);

    const Item clash =
        load_item(registry, R"({"id": "c", "type": "choice", "label": "C", "choices": [
        {"value": "a", "label": "Same"}, {"value": "b", "label": "same"}]})");
    CHECK(cell_error(registry, clash, "SAME") ==
          "'SAME' is the label of both 'a' and 'b'; write the value instead");
}

TEST_CASE("CSV cells: text as is, text lists by line or by |", "[forms][csv][text]") {
    Registry registry;
    const Item note = load_item(registry, R"({"id": "note", "type": "text", "label": "Nota"})");
    CHECK(cell(registry, note, " Società della Salute Pistoiese ").extract<std::string>() ==
          " Società della Salute Pistoiese ");
    CHECK(format(registry, note, std::string("a; b \"c\"")) == "a; b \"c\"");

    const Item list = load_item(
        registry, R"({"id": "strengths", "type": "text_list", "label": "Punti di forza"})");
    CHECK(as_json(cell(registry, list, "Referente stabile\nProtocolli condivisi")) ==
          R"(["Referente stabile","Protocolli condivisi"])");
    CHECK(as_json(cell(registry, list, "Referente stabile\r\n\r\nProtocolli | formali\r\n")) ==
          R"(["Referente stabile","Protocolli | formali"])");
    CHECK(as_json(cell(registry, list, "uno | due|tre")) == R"(["uno","due","tre"])");
    const Poco::Dynamic::Var entries = json(R"(["Formazione comune", "Banca dati condivisa"])");
    CHECK(format(registry, list, entries) == "Formazione comune\nBanca dati condivisa");
    CHECK(as_json(cell(registry, list, format(registry, list, entries))) == as_json(entries));
    const Poco::Dynamic::Var with_bar = json(R"(["a | b"])");
    CHECK(as_json(cell(registry, list, format(registry, list, with_bar))) == as_json(with_bar));
}

TEST_CASE("CSV cells: a matrix, or any structured plugin type, is JSON text",
          "[forms][csv][matrix]") {
    Registry registry;
    const Item matrix = load_item(registry, R"({"id": "m", "type": "matrix", "label": "M",
        "rows": [{"value": "counselling", "label": "C"}], "columns": [{"value": "tools", "label": "T"}],
        "cell": {"type": "text_list"}})");
    const Poco::Dynamic::Var answer =
        json(R"({"counselling": {"tools": ["Protocollo", "Società"]}})");
    const std::string text = format(registry, matrix, answer);
    CHECK(text == R"({"counselling":{"tools":["Protocollo","Società"]}})");
    CHECK(as_json(cell(registry, matrix, text)) == text);
    CHECK(cell_error(registry, matrix, "{\"counselling\": ").find("malformed JSON") == 0);
    // Deeper than the JSON depth limit.
    CHECK(cell_error(registry, matrix, std::string(200, '[') + std::string(200, ']'))
              .find("malformed JSON") == 0);
}
