#include "sonda/model/form.hpp"

namespace sonda {

std::string Item::attribute(const std::string& key) const {
    if (!definition || !definition->has(key)) return {};
    const Poco::Dynamic::Var value = definition->get(key);
    return value.isString() ? value.extract<std::string>() : std::string();
}

const Item* Form::item(const std::string& id) const {
    for (const Item& candidate : items)
        if (candidate.id == id) return &candidate;
    return nullptr;
}

}  // namespace sonda
