// Numbers in CSV cells as spreadsheets write them in the users' locale: an
// Italian Excel writes 3,5 where an English one writes 3.5. The file's decimal
// separator is known; the other one is accepted when it cannot be a thousands
// separator, and thousands separators are refused with a message saying so,
// because guessing wrong would silently change a value a thousandfold.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <string_view>

#include "sonda/model/form.hpp"

namespace sonda {

// The number in `cell` (already known not blank): an integer Var when it has no
// fractional part, else a double. Throws InvalidInput naming the item.
Poco::Dynamic::Var parse_decimal_cell(const Item& item, std::string_view cell, char decimal);

// Shortest text that reads back to the same double, with `decimal` as separator.
std::string format_decimal(double value, char decimal);

}  // namespace sonda
