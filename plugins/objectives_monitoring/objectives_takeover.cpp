#include "objectives_monitoring/objectives_takeover.hpp"

#include <algorithm>
#include <set>

namespace sonda::objectives {

namespace {

// The accent-free lower-case spelling of the Latin-1 letters U+00C0..U+00FF.
const char* fold_latin1(unsigned code) {
    static const char* const kFolded[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    return code >= 0xC0 && code <= 0xFF ? kFolded[code - 0xC0] : "";
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

}  // namespace

std::string slug(const std::string& text, std::size_t max_length) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) words.push_back(current);
        current.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
            current += static_cast<char>(byte);
        } else if (byte >= 'A' && byte <= 'Z') {
            current += static_cast<char>(byte - 'A' + 'a');
        } else if ((byte == 0xC3) && i + 1 < text.size()) {
            // Two-byte UTF-8 of U+00C0..U+00FF: the accented Latin letters.
            const unsigned code = 0xC0 + (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            const std::string folded = fold_latin1(code);
            if (folded.empty())
                flush();
            else
                current += folded;
            ++i;
        } else {
            flush();  // anything else separates words (other scripts are not slugged)
        }
    }
    flush();
    std::string out;
    for (const std::string& word : words) {
        const std::size_t needed = out.size() + (out.empty() ? 0 : 1) + word.size();
        if (needed > max_length) break;
        out += (out.empty() ? "" : "-") + word;
    }
    if (out.empty() && !words.empty()) out = words.front().substr(0, max_length);
    return out;
}

std::vector<Objective> objectives_from_network_dimensions(const Form& network_form,
                                                          const Response& network_response,
                                                          const std::string& owner) {
    std::vector<Objective> out;
    if (!network_response.answers) return out;
    std::set<std::string> taken;
    for (const Item& item : network_form.items) {
        const std::string dimension = item.attribute("dimension");
        if (item.type != "text_list" || item.attribute("facet") != "objectives" ||
            std::find(objective_dimensions().begin(), objective_dimensions().end(), dimension) ==
                objective_dimensions().end())
            continue;
        const auto texts = network_response.answers->getArray(item.id);
        if (!texts) continue;
        for (std::size_t i = 0; i < texts->size(); ++i) {
            const Poco::Dynamic::Var value = texts->get(static_cast<unsigned>(i));
            if (!value.isString()) continue;
            Objective objective;
            objective.title = trimmed(value.extract<std::string>());
            if (objective.title.empty()) continue;
            // 64 is the id limit; leave room for a "-NN" suffix on a clash.
            std::string base = dimension + "-" + slug(objective.title, 60 - dimension.size());
            if (base.back() == '-') base += "objective";
            std::string id = base;
            for (int n = 2; !taken.insert(id).second; ++n) id = base + "-" + std::to_string(n);
            objective.id = id;
            objective.dimension = dimension;
            objective.owner = owner.empty() ? network_response.role : owner;
            objective.status = "planned";
            objective.progress = 0;
            out.push_back(std::move(objective));
        }
    }
    return out;
}

Poco::JSON::Array::Ptr objective_answer_from_network_dimensions(const Form& network_form,
                                                                const Response& network_response,
                                                                const std::string& owner) {
    return objectives_to_json(
        objectives_from_network_dimensions(network_form, network_response, owner));
}

}  // namespace sonda::objectives
