// The network map of the workshop of 5 March 2024: concentric circles with the
// respondent's own service at the centre and the other services of the network
// placed on the circles by the relevance and intensity of the relation
// (ring 1 = closest). docs/instruments/network-dimensions.md describes the
// item definition and the answer:
//
//   item:   {"id": "network_map", "type": "network_map", "label": {...},
//            "rings": 4,                                  // 2..7, default 4
//            "intensity": {"min": 1, "max": 3},           // optional
//            "services": [{"value": "asl", "label": {...}}, ...]}   // optional catalogue
//   answer: {"centre": "oss",                             // optional
//            "actors": [{"service": "asl", "ring": 2, "intensity": 3, "note": "..."},
//                       {"name": "Caritas", "ring": 3}]}
#pragma once

#include <Poco/Dynamic/Var.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/localized_text.hpp"

namespace sonda::network_dimensions {

inline constexpr int kMinRings = 2;
inline constexpr int kMaxRings = 7;
inline constexpr int kDefaultRings = 4;
inline constexpr int kDefaultMaxActors = 60;
inline constexpr std::size_t kMaxNoteLength = 2000;
inline constexpr std::size_t kMaxNameLength = 200;

struct ServiceEntry {
    std::string value;
    LocalizedText label;
};

// What a network_map item definition says.
struct NetworkMapSpec {
    int rings = kDefaultRings;
    std::optional<int> intensity_min;  // both or neither
    std::optional<int> intensity_max;
    std::vector<ServiceEntry> services;  // empty: actors are free names or any service id
    int max_actors = kDefaultMaxActors;
    // Normalised service id and labels -> index in `services`, so a free name
    // finds its catalogue entry without normalising the catalogue per answer.
    std::map<std::string, std::size_t> services_by_name;

    const ServiceEntry* service(const std::string& value) const;
    const ServiceEntry* service_named(const std::string& normalised_name) const;
};

// Reads an item's definition; problems are appended to `issues` under
// `json_path` (e.g. "$.items[12].rings"). Missing keys take their defaults.
NetworkMapSpec read_network_map_spec(const Item& item, const std::string& json_path,
                                     std::vector<Issue>& issues);
// As above for an item already checked (a form that loaded): bad keys keep
// defaults. Validation and scoring call this once per answer, so the spec is
// read once per item definition and kept (the cache holds a reference to the
// definition object, so its address cannot be reused for another item).
const NetworkMapSpec& network_map_spec(const Item& item);

struct MapActor {
    std::string
        key;  // identity across respondents and waves: "service:<id>" or "name:<normalised>"
    std::string service;  // service id, when given (or when the name matched the catalogue)
    std::string name;     // free name as written (trimmed), when given
    int ring = 0;         // 1 = closest
    std::optional<int> intensity;
    std::string note;
};

struct NetworkMapAnswer {
    std::string centre;
    std::vector<MapActor> actors;
};

// The key of a free name: lower case (ASCII), runs of white space as one space, trimmed.
std::string normalise_name(const std::string& name);

// The label of an actor for reports: the catalogue label of its service in
// `language`, else the service id, else the name as written.
std::string actor_label(const NetworkMapSpec& spec, const MapActor& actor,
                        const std::string& language);

// Validates one answer and returns it parsed, or nothing when there were
// issues (each names the actor's index and why; `where.item` is the item id,
// `where.path` the JSON path inside the response, e.g.
// "$.answers.network_map.actors[2].ring").
std::optional<NetworkMapAnswer> parse_network_map_answer(const Item& item,
                                                         const NetworkMapSpec& spec,
                                                         const Poco::Dynamic::Var& value,
                                                         std::vector<Issue>& issues);

// For scoring an answer that passed validation: throws InvalidInput with every
// issue when it does not parse. Null / absent answer: nothing.
std::optional<NetworkMapAnswer> read_network_map_answer(const Item& item,
                                                        const NetworkMapSpec& spec,
                                                        const Poco::Dynamic::Var& value);

}  // namespace sonda::network_dimensions
