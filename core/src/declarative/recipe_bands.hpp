// The bands of a declarative score (`$.scores[i].bands`, or the form's
// shared `$.bands`): read and ordered once, then checked against the range of
// each score that uses them.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <optional>
#include <string>
#include <vector>

#include "../forms/definition_reader.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/instrument.hpp"

namespace sonda::declarative {

// The bands at `path`: a non-empty array of {"id", "label", "from", "to"},
// ids unique, from < to, ordered low to high without overlap (a gap is
// allowed: a value in it has no band). Nothing when any of that fails; the
// issues are the reader's.
std::optional<std::vector<Band>> read_bands(const Poco::Dynamic::Var& value,
                                            const std::string& path, DefinitionReader& reader,
                                            const std::vector<std::string>* languages);

// Issues for bands at `path` reaching outside `min`..`max`, the range of
// score `score` (named in the reason, as shared bands serve several scores).
void check_bands_within(const std::vector<Band>& bands, const std::string& path, double min,
                        double max, const std::string& score, DefinitionReader& reader);

// A number as messages write it: 2.5, 1e-07, never 2.500000 (2,5 in Italian).
std::string number_text(double value);

// The message "definition.declarative.<key>" in the message language.
inline const std::string kSay = "definition.declarative.";
template <typename... Args>
std::string say(const char* key, const Args&... args) {
    return i18n::message(kSay + key, args...);
}

}  // namespace sonda::declarative
