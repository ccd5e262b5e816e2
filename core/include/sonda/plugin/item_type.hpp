// An item type says what a valid answer to an item looks like. The core ships
// likert, choice, number, text, text_list and matrix; plugins add their own
// through the registry.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"

namespace sonda {

class LongRows;

class ItemType {
  public:
    virtual ~ItemType() = default;

    virtual std::string name() const = 0;

    // Checks an item's definition in a form file. `json_path` is where the
    // item sits (e.g. "$.items[3]"); issues name the offending key below it.
    virtual void check_definition(const Item& item, const std::string& json_path,
                                  std::vector<Issue>& issues) const;

    // Checks one answer. Issues leave `where.file/line` empty; the caller adds them.
    virtual void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                                 std::vector<Issue>& issues) const = 0;

    // One cell of a wide CSV to an answer value, as spreadsheets write it in the
    // users' locale (`decimal` is ',' or '.'). The default parses JSON for
    // structured types and a plain string otherwise. Throws InvalidInput.
    virtual Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell,
                                          char decimal) const;
    // The inverse of parse_cell, for wide CSV export.
    virtual std::string format_cell(const Item& item, const Poco::Dynamic::Var& value,
                                    char decimal) const;

    // Its answers one entry a row in a sheet of their own
    // (sonda/plugin/long_rows.hpp); null, the default: only the wide cell.
    virtual const LongRows* long_rows() const;
};

}  // namespace sonda
