// The `objective_list` item type: a territory's improvement objectives at one
// wave, as an array of objective objects (objective.hpp gives the shape). The
// item definition may set `max_entries` (most objectives, default 50) and
// `max_length` (longest title, owner or evidence, default 2000).
#pragma once

#include "sonda/plugin/item_type.hpp"

namespace sonda::objectives {

inline constexpr const char* kObjectiveListType = "objective_list";

class ObjectiveListType final : public ItemType {
  public:
    std::string name() const override { return kObjectiveListType; }
    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override;
    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override;
};

}  // namespace sonda::objectives
