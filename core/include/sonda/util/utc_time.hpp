// Times as sonda stores and compares them: ISO 8601 UTC to the second
// ("2026-11-28T03:20:00Z"), so that text order is time order.
#pragma once

#include <optional>
#include <string>

namespace sonda {

std::string utc_now();
// A date ("2026-12-31": the end of that day, 23:59:59Z) or a UTC time
// ("2026-12-31T18:00:00Z", or without the Z) as utc_now() writes it;
// nullopt when the text is neither or names no real day or time.
std::optional<std::string> utc_time_from_text(const std::string& text);

}  // namespace sonda
