// JSON paths in messages ($.items[3].max, $.answers.sharing_1): every issue
// about a file or a response says where it is in the document, written the
// way a user can find it again in an editor.
#pragma once

#include <cstddef>
#include <string>

namespace sonda {

// parent + ".key" for plain keys, parent + "[\"key\"]" for anything else.
std::string json_path_key(const std::string& parent, const std::string& key);
std::string json_path_index(const std::string& parent, std::size_t index);

// Where the answer to an item sits in the interchange format: $.answers.<item>.
std::string answer_path(const std::string& item_id);

}  // namespace sonda
