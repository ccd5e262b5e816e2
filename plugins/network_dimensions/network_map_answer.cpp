// Reading network_map item definitions and answers (network_map.hpp).
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "json_fields.hpp"
#include "network_map.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/checked_integer.hpp"
#include "sonda/util/json.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda::network_dimensions {

namespace {

// A message of the map's checks, in the operation's language (messages.cpp).
template <typename... Args>
std::string say(const char* key, const Args&... args) {
    return i18n::message(std::string("network-dimensions.input.") + key, args...);
}

const std::set<std::string> kAnswerKeys = {"centre", "actors"};
const std::set<std::string> kActorKeys = {"service", "name", "ring", "intensity", "note"};

std::size_t utf8_length(const std::string& text) {
    std::size_t length = 0;
    for (const unsigned char byte : text)
        if ((byte & 0xC0) != 0x80) ++length;
    return length;
}

std::string join_keys(const std::set<std::string>& keys) {
    std::string out;
    for (const std::string& key : keys) out += (out.empty() ? "" : ", ") + key;
    return out;
}

}  // namespace

const ServiceEntry* NetworkMapSpec::service_named(const std::string& normalised_name) const {
    const auto found = services_by_name.find(normalised_name);
    return found == services_by_name.end() ? nullptr : &services[found->second];
}

const ServiceEntry* NetworkMapSpec::service(const std::string& value) const {
    for (const ServiceEntry& entry : services)
        if (entry.value == value) return &entry;
    return nullptr;
}

std::string normalise_name(const std::string& name) {
    std::string out;
    out.reserve(name.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        unsigned char byte = static_cast<unsigned char>(name[i]);
        if (byte == ' ' || byte == '\t' || byte == '\r' || byte == '\n') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        if (byte >= 'A' && byte <= 'Z') {
            out += static_cast<char>(byte - 'A' + 'a');
        } else if (byte == 0xC3 && i + 1 < name.size()) {
            // Latin-1 capitals in UTF-8 (À..Þ but not ×): "SOCIETÀ" matches "Società".
            unsigned char next = static_cast<unsigned char>(name[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) next += 0x20;
            out += static_cast<char>(byte);
            out += static_cast<char>(next);
            ++i;
        } else {
            out += static_cast<char>(byte);
        }
    }
    return out;
}

std::string actor_label(const NetworkMapSpec& spec, const MapActor& actor,
                        const std::string& language) {
    if (!actor.service.empty()) {
        if (const ServiceEntry* entry = spec.service(actor.service); entry && !entry->label.empty())
            return entry->label.get(language);
        return actor.service;
    }
    return actor.name;
}

NetworkMapSpec read_network_map_spec(const Item& item, const std::string& json_path,
                                     std::vector<Issue>& issues) {
    NetworkMapSpec spec;
    if (!item.definition) return spec;
    const Poco::JSON::Object& definition = *item.definition;
    auto issue = [&](const std::string& key, const std::string& reason) {
        issues.push_back(Issue{Location{"", 0, json_path + key, item.id}, reason});
    };

    if (definition.has("rings")) {
        const Poco::Dynamic::Var value = definition.get("rings");
        const std::optional<long long> rings = integer_value(value);
        if (!rings || *rings < kMinRings || *rings > kMaxRings)
            issue(".rings", say("rings", kMinRings, kMaxRings,
                                rings ? std::to_string(*rings) : json_type_name(value)));
        else
            spec.rings = static_cast<int>(*rings);
    }

    if (definition.has("intensity")) {
        const Poco::Dynamic::Var value = definition.get("intensity");
        if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
            issue(".intensity", say("intensity_not_object", json_type_name(value)));
        } else {
            const auto scale = value.extract<Poco::JSON::Object::Ptr>();
            const std::optional<long long> low = integer_value(scale->get("min"));
            const std::optional<long long> high = integer_value(scale->get("max"));
            if (!low)
                issue(".intensity.min",
                      say("bound_not_whole", "min", json_type_name(scale->get("min"))));
            if (!high)
                issue(".intensity.max",
                      say("bound_not_whole", "max", json_type_name(scale->get("max"))));
            if (low && high) {
                if (*low >= *high)
                    issue(".intensity", say("intensity_order", *low, *high));
                else {
                    spec.intensity_min = static_cast<int>(*low);
                    spec.intensity_max = static_cast<int>(*high);
                }
            }
        }
    }

    if (definition.has("max_actors")) {
        const Poco::Dynamic::Var value = definition.get("max_actors");
        const std::optional<long long> most = integer_value(value);
        if (!most || *most < 1 || *most > 500)
            issue(".max_actors",
                  say("max_actors", most ? std::to_string(*most) : json_type_name(value)));
        else
            spec.max_actors = static_cast<int>(*most);
    }

    if (definition.has("services")) {
        const Poco::Dynamic::Var value = definition.get("services");
        if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
            issue(".services", say("services_not_array", json_type_name(value)));
        } else {
            const auto array = value.extract<Poco::JSON::Array::Ptr>();
            std::set<std::string> seen;
            for (std::size_t i = 0; i < array->size(); ++i) {
                const std::string key = ".services[" + std::to_string(i) + "]";
                const Poco::Dynamic::Var entry = array->get(static_cast<unsigned int>(i));
                ServiceEntry service;
                if (entry.isString()) {
                    service.value = entry.extract<std::string>();
                } else if (entry.type() == typeid(Poco::JSON::Object::Ptr)) {
                    const auto object = entry.extract<Poco::JSON::Object::Ptr>();
                    if (object->get("value").isString())
                        service.value = object->get("value").extract<std::string>();
                    if (object->has("label") &&
                        !read_localized_text(object->get("label"), service.label))
                        issue(key + ".label", say("label_not_text"));
                } else {
                    issue(key, say("service_entry", json_type_name(entry)));
                    continue;
                }
                if (service.value.empty()) {
                    issue(key + ".value", say("service_value"));
                    continue;
                }
                if (const auto problem =
                        control_character_problem(service.value, TextKind::SingleLine)) {
                    issue(key + ".value", "`value` " + *problem);
                    continue;
                }
                bool label_ok = true;
                for (const auto& [language, text] : service.label.all())
                    if (const auto problem =
                            control_character_problem(text, TextKind::SingleLine)) {
                        issue(key + ".label", say("label_problem", *problem));
                        label_ok = false;
                    }
                if (!label_ok) continue;
                if (!seen.insert(service.value).second) {
                    issue(key + ".value", say("service_twice", service.value));
                    continue;
                }
                // The id first, then labels: an id always wins over another entry's label.
                spec.services_by_name.emplace(normalise_name(service.value), spec.services.size());
                spec.services.push_back(std::move(service));
            }
            for (std::size_t i = 0; i < spec.services.size(); ++i)
                for (const auto& [language, text] : spec.services[i].label.all())
                    spec.services_by_name.emplace(normalise_name(text), i);
        }
    }
    return spec;
}

const NetworkMapSpec& network_map_spec(const Item& item) {
    static std::mutex mutex;
    static std::map<const Poco::JSON::Object*,
                    std::pair<Poco::JSON::Object::Ptr, std::unique_ptr<NetworkMapSpec>>>
        cache;
    static const NetworkMapSpec defaults;
    if (!item.definition) return defaults;
    const std::lock_guard<std::mutex> lock(mutex);
    auto& entry = cache[item.definition.get()];
    if (!entry.second) {
        std::vector<Issue> ignored;  // the form was checked when it loaded
        entry.first = item.definition;
        entry.second = std::make_unique<NetworkMapSpec>(read_network_map_spec(item, "", ignored));
    }
    return *entry.second;
}

std::optional<NetworkMapAnswer> parse_network_map_answer(const Item& item,
                                                         const NetworkMapSpec& spec,
                                                         const Poco::Dynamic::Var& value,
                                                         std::vector<Issue>& issues) {
    const std::size_t issues_before = issues.size();
    const std::string base = "$.answers." + item.id;
    auto issue = [&](const std::string& path, const std::string& reason) {
        issues.push_back(Issue{Location{"", 0, base + path, item.id}, reason});
    };

    if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
        issue("", say(value.type() == typeid(Poco::JSON::Array::Ptr) ? "answer_is_list"
                                                                     : "answer_not_object",
                      json_type_name(value)));
        return std::nullopt;
    }
    const auto object = value.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [key, ignored] : *object)
        if (!kAnswerKeys.count(key))
            issue("." + key, say("answer_unknown_key", key, join_keys(kAnswerKeys)));

    NetworkMapAnswer answer;
    std::string centre_key;
    if (object->has("centre")) {
        const Poco::Dynamic::Var centre = object->get("centre");
        if (!centre.isEmpty()) {
            if (!centre.isString() || normalise_name(centre.extract<std::string>()).empty()) {
                issue(".centre", say("centre_not_service", json_type_name(centre)));
            } else if (const auto problem = control_character_problem(centre.extract<std::string>(),
                                                                      TextKind::SingleLine)) {
                issue(".centre", "`centre` " + *problem);
            } else {
                answer.centre = centre.extract<std::string>();
                if (spec.service(answer.centre)) {
                    centre_key = "service:" + answer.centre;
                } else {
                    const std::string normalised = normalise_name(answer.centre);
                    const ServiceEntry* entry = spec.service_named(normalised);
                    centre_key = entry ? "service:" + entry->value : "name:" + normalised;
                }
            }
        }
    }

    if (!object->has("actors")) {
        issue(".actors", say("actors_missing"));
        return std::nullopt;
    }
    const Poco::Dynamic::Var actors_value = object->get("actors");
    if (actors_value.type() != typeid(Poco::JSON::Array::Ptr)) {
        issue(".actors", say("actors_not_list", json_type_name(actors_value)));
        return std::nullopt;
    }
    const auto actors = actors_value.extract<Poco::JSON::Array::Ptr>();
    if (actors->size() > static_cast<std::size_t>(spec.max_actors)) {
        issue(".actors", say("too_many_actors", actors->size(), spec.max_actors));
        return std::nullopt;
    }

    std::map<std::string, std::size_t> first_index;  // actor key -> index of its first placement
    for (std::size_t i = 0; i < actors->size(); ++i) {
        const std::string at = ".actors[" + std::to_string(i) + "]";
        const std::string who = say("actor", i + 1);
        const Poco::Dynamic::Var entry = actors->get(static_cast<unsigned int>(i));
        if (entry.type() != typeid(Poco::JSON::Object::Ptr)) {
            issue(at, say("actor_not_object", who, json_type_name(entry)));
            continue;
        }
        const auto fields = entry.extract<Poco::JSON::Object::Ptr>();
        bool ok = true;
        for (const auto& [key, ignored] : *fields)
            if (!kActorKeys.count(key)) {
                issue(at + "." + key, say("actor_unknown_key", who, key, join_keys(kActorKeys)));
                ok = false;
            }

        MapActor actor;
        if (fields->has("service")) {
            const Poco::Dynamic::Var service = fields->get("service");
            if (!service.isString() || service.extract<std::string>().empty()) {
                issue(at + ".service", say("service_not_id", who, json_type_name(service)));
                ok = false;
            } else if (const auto problem = control_character_problem(
                           service.extract<std::string>(), TextKind::SingleLine)) {
                issue(at + ".service", who + ": `service` " + *problem);
                ok = false;
            } else {
                actor.service = service.extract<std::string>();
                if (!spec.services.empty() && !spec.service(actor.service)) {
                    std::string known;
                    for (const ServiceEntry& s : spec.services)
                        known += (known.empty() ? "" : ", ") + s.value;
                    issue(at + ".service", say("unknown_service", who, actor.service, known));
                    ok = false;
                }
            }
        }
        if (fields->has("name")) {
            const Poco::Dynamic::Var name = fields->get("name");
            const std::string normalised =
                name.isString() ? normalise_name(name.extract<std::string>()) : "";
            if (normalised.empty()) {
                issue(at + ".name",
                      say("name_not_text", who,
                          name.isString() ? say("empty_text") : json_type_name(name)));
                ok = false;
            } else if (const auto problem = control_character_problem(name.extract<std::string>(),
                                                                      TextKind::SingleLine)) {
                issue(at + ".name", who + ": `name` " + *problem);
                ok = false;
            } else if (utf8_length(name.extract<std::string>()) > kMaxNameLength) {
                issue(at + ".name", say("too_long", who, "name", kMaxNameLength));
                ok = false;
            } else {
                const std::string& raw = name.extract<std::string>();
                const auto first = raw.find_first_not_of(" \t\r\n");
                const auto last = raw.find_last_not_of(" \t\r\n");
                actor.name = raw.substr(first, last - first + 1);
            }
        }
        if (!fields->has("service") && !fields->has("name")) {
            issue(at, say("no_service_or_name", who));
            ok = false;
        }

        if (!fields->has("ring")) {
            issue(at + ".ring", say("no_ring", who, spec.rings));
            ok = false;
        } else {
            const Poco::Dynamic::Var ring_value = fields->get("ring");
            // Checked against the map's own rings before any conversion: a
            // huge ring is out of range, never wrapped into it.
            const CheckedInteger ring = checked_integer(ring_value, 1, spec.rings);
            if (ring.problem == IntegerProblem::NotANumber ||
                ring.problem == IntegerProblem::NotWhole) {
                issue(at + ".ring", say("not_whole", who, "ring", json_type_name(ring_value)));
                ok = false;
            } else if (!ring) {
                issue(at + ".ring",
                      say("ring_outside", who, describe_json_value(ring_value), spec.rings));
                ok = false;
            } else {
                actor.ring = static_cast<int>(ring.value);
            }
        }

        if (fields->has("intensity") && !fields->get("intensity").isEmpty()) {
            const Poco::Dynamic::Var intensity_value = fields->get("intensity");
            const CheckedInteger intensity =
                spec.intensity_min
                    ? checked_integer(intensity_value, *spec.intensity_min, *spec.intensity_max)
                    : CheckedInteger{};
            if (!spec.intensity_min) {
                issue(at + ".intensity", say("no_intensity", who));
                ok = false;
            } else if (intensity.problem == IntegerProblem::NotANumber ||
                       intensity.problem == IntegerProblem::NotWhole) {
                issue(at + ".intensity",
                      say("not_whole", who, "intensity", json_type_name(intensity_value)));
                ok = false;
            } else if (!intensity) {
                issue(at + ".intensity",
                      say("intensity_outside", who, describe_json_value(intensity_value),
                          *spec.intensity_min, *spec.intensity_max));
                ok = false;
            } else {
                actor.intensity = static_cast<int>(intensity.value);
            }
        }

        if (fields->has("note") && !fields->get("note").isEmpty()) {
            const Poco::Dynamic::Var note = fields->get("note");
            if (!note.isString()) {
                issue(at + ".note", say("note_not_text", who, json_type_name(note)));
                ok = false;
            } else if (const auto problem = control_character_problem(note.extract<std::string>(),
                                                                      TextKind::MultiLine)) {
                issue(at + ".note", who + ": `note` " + *problem);
                ok = false;
            } else if (utf8_length(note.extract<std::string>()) > kMaxNoteLength) {
                issue(at + ".note", say("too_long", who, "note", kMaxNoteLength));
                ok = false;
            } else {
                actor.note = note.extract<std::string>();
            }
        }
        if (!ok) continue;

        // Identity: the service id; a free name that matches the catalogue is that service.
        if (!actor.service.empty()) {
            actor.key = "service:" + actor.service;
        } else {
            const std::string normalised = normalise_name(actor.name);
            if (const ServiceEntry* match = spec.service_named(normalised)) {
                actor.service = match->value;
                actor.key = "service:" + match->value;
            } else {
                actor.key = "name:" + normalised;
            }
        }
        if (!centre_key.empty() && actor.key == centre_key) {
            issue(at, say("actor_is_centre", who, answer.centre));
            continue;
        }
        const auto [seen, inserted] = first_index.emplace(actor.key, i);
        if (!inserted) {
            issue(at, say("actor_twice", who, actor_label(spec, actor, i18n::message_language()),
                          seen->second + 1));
            continue;
        }
        answer.actors.push_back(std::move(actor));
    }
    if (issues.size() != issues_before) return std::nullopt;
    return answer;
}

std::optional<NetworkMapAnswer> read_network_map_answer(const Item& item,
                                                        const NetworkMapSpec& spec,
                                                        const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return std::nullopt;
    std::vector<Issue> issues;
    std::optional<NetworkMapAnswer> answer = parse_network_map_answer(item, spec, value, issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return answer;
}

}  // namespace sonda::network_dimensions
