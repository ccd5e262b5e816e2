// Windows-1252 ("ANSI" on Italian Windows) to UTF-8. Excel's "CSV (separato da
// virgola)" writes accented letters such as the à of "Società" in this code
// page, not in UTF-8, so the CSV reader converts such files on the fly.
#pragma once

#include <string>
#include <string_view>

namespace sonda::io {

std::string windows1252_to_utf8(std::string_view bytes);

}  // namespace sonda::io
