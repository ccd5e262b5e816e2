// The importer's side of a sheet of answers one entry a row
// (sonda/plugin/long_rows.hpp, `sonda import --maps`): the file opened and its
// CSV records handed, header first, to the item type whose sheet it is, which
// reads it whole before the wide sheet (its problems refuse the import before
// any row is looked at).
#pragma once

#include <memory>
#include <string>

#include "sonda/plugin/long_rows.hpp"
#include "sonda/plugin/registry.hpp"

namespace sonda::io {

struct OpenedLongSheet {
    const ItemType* type = nullptr;  // whose sheet it is
    std::unique_ptr<LongSheet> sheet;
};

// Throws InvalidInput naming `path` when it cannot be read, when no loaded
// item type keeps its answers in such a sheet, or when its header fits none
// (or several) of them, and whatever the type finds wrong in it.
OpenedLongSheet read_long_sheet(const std::string& path, const Registry& registry);

}  // namespace sonda::io
