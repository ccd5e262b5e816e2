#include "sonda/model/study.hpp"

#include <algorithm>

namespace sonda {

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& entries, const std::string& id) {
    auto found = std::find_if(entries.begin(), entries.end(),
                              [&](const T& entry) { return entry.id == id; });
    return found == entries.end() ? nullptr : &*found;
}
}  // namespace

const Territory* Study::territory(const std::string& id) const {
    return find_by_id(territories, id);
}
const Role* Study::role(const std::string& id) const { return find_by_id(roles, id); }
const Service* Study::service(const std::string& id) const { return find_by_id(services, id); }
const Wave* Study::wave(const std::string& id) const { return find_by_id(waves, id); }

std::string Study::short_wave_title(const std::string& id, const std::string& language) const {
    const Wave* found = wave(id);
    if (!found) return id;
    std::string label = found->label.get(language);
    const std::size_t colon = label.find(':');
    if (colon != std::string::npos) label.resize(colon);
    return label.empty() ? found->id : label;
}

}  // namespace sonda
