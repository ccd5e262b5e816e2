// What an instrument adds to a report group (moves on a map, changes in coded
// texts, transitions of a plan), built response by response: the report streams the
// two waves once and hands each response to its group's accumulator, so a
// report over a million responses never holds them in memory.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "sonda/model/response.hpp"

namespace sonda {

enum class WaveSide : std::uint8_t { From = 0, To = 1 };

// One response of the group, valid only during ExtrasAccumulator::add().
struct ResponseView {
    WaveSide side = WaveSide::From;
    std::string_view id, territory, role, respondent;  // respondent "" = no code
    // The stored scores, aligned with Instrument::score_definitions(form);
    // NaN where a score is missing.
    std::span<const double> scores;
    // The parsed response; null when wants_response(scores) said it is not
    // needed (the report then reads no JSON for it).
    const Response* response = nullptr;
};

// One report group's extras. Made by Instrument::start_comparison, fed by
// add() once per response of the group, then finish() once. The Form it was
// started with outlives it, so it may keep pointers into the form.
//
// Order: the waves arrive one after the other (in the study's order, which
// need not be from-then-to); within a wave the responses come territory by
// territory and, within a territory, in (respondent, id) byte order. An
// accumulator whose output depends on order must not rely on more than that.
//
// Threads: one accumulator is fed by one thread at a time; accumulators of
// different groups may be fed at once and so must share no mutable state.
//
// Memory: keep what the output needs (counts per band, code, entry), never a
// whole Response: there may be a million of them.
class ExtrasAccumulator {
  public:
    virtual ~ExtrasAccumulator() = default;
    // Whether add() needs the parsed response, judged from the form and the
    // stored scores alone: the same answer for every group and options (the
    // report asks one accumulator, never fed, about every response during
    // its scan, before the groups' accumulators exist). Reading and parsing
    // the JSON is most of a full report's time, so say false wherever the
    // scores carry what is needed.
    virtual bool wants_response(std::span<const double> scores) const;
    virtual void add(const ResponseView& response) = 0;
    // After the last add(); null = nothing to add. Errors: sonda::Error.
    virtual Poco::JSON::Object::Ptr finish() = 0;
};

// The parsed response of `view`, for an accumulator that needs every response
// whole (its wants_response is the default); an InvalidInput naming
// `instrument` and the response if the host gave none.
const Response& whole_response(const ResponseView& view, const std::string& instrument);

}  // namespace sonda
