#include "sonda/model/study.hpp"

#include <algorithm>

#include "sonda/i18n/catalogue.hpp"

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

std::optional<std::vector<std::string>> RespondentCodeRecipe::split(const std::string& code) const {
    std::vector<std::string> out;
    std::size_t at = 0;
    for (const CodePart& part : parts) {
        const auto length = static_cast<std::size_t>(part.length);
        if (at + length > code.size()) return std::nullopt;
        const std::string piece = code.substr(at, length);
        for (char c : piece)
            if (part.digits ? (c < '0' || c > '9') : (c < 'A' || c > 'Z')) return std::nullopt;
        out.push_back(piece);
        at += length;
    }
    if (at != code.size()) return std::nullopt;
    return out;
}

std::string RespondentCodeRecipe::describe(const std::string& language) const {
    std::string text;
    for (const CodePart& part : parts) {
        if (!text.empty()) text += " + ";
        text +=
            i18n::format_count(language, part.digits ? "code.digits" : "code.letters", part.length);
        const std::string label = part.label.get(language);
        if (!label.empty()) text += " (" + label + ")";
    }
    return text;
}

}  // namespace sonda
