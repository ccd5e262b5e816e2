// Numbers as the reports print them, for hosts that show report figures
// themselves (the dashboard): fixed decimals with the decimal comma in
// Italian, a change with its sign but never "+0.00" or "-0.00", a p-value
// below 0.001 as "<0.001" and never "0.000"; "–" for a missing figure.
#pragma once

#include <optional>
#include <string>

namespace sonda {

std::string figure_text(std::optional<double> value, int decimals, const std::string& language);
std::string change_text(std::optional<double> value, int decimals, const std::string& language);
std::string p_value_text(std::optional<double> p, const std::string& language);

}  // namespace sonda
