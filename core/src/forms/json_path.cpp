#include "json_path.hpp"

#include "sonda/util/json.hpp"

namespace sonda {

std::string json_path_key(const std::string& parent, const std::string& key) {
    std::string path = parent;
    append_json_path_key(path, key);
    return path;
}

std::string json_path_index(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

std::string answer_path(const std::string& item_id) { return json_path_key("$.answers", item_id); }

}  // namespace sonda
