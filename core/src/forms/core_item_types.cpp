#include "item_type_support.hpp"
#include "sonda/plugin/registry.hpp"

namespace sonda {

void register_core_item_types(Registry& registry) {
    registry.add_item_type(make_likert_item_type(), "core");
    registry.add_item_type(make_choice_item_type(), "core");
    registry.add_item_type(make_number_item_type(), "core");
    registry.add_item_type(make_text_item_type(), "core");
    registry.add_item_type(make_text_list_item_type(), "core");
    registry.add_item_type(make_matrix_item_type(), "core");
}

}  // namespace sonda
