// An evaluator's correction of an automatic result, kept beside the data it
// corrects: for example the codes given to one free text of a response.
#pragma once

#include <string>
#include <vector>

namespace sonda {

// `key` says which text within the response (item id and position, as the
// instrument that codes it defines).
struct CodeOverride {
    std::string response_id;
    std::string key;
    std::vector<std::string> codes;
    std::string coder;
    std::string note;
};

}  // namespace sonda
