// Dates as a reader of each language writes them: "1 dicembre 2023",
// "1 December 2023". Stored dates stay ISO 8601 (YYYY-MM-DD); only what
// people read is localized.
#pragma once

#include <string>

namespace sonda::i18n {

// `iso` in the words of `language` (the catalogue's date.* keys); a value
// that is not a valid YYYY-MM-DD date is returned as it is.
std::string date_text(const std::string& iso, const std::string& language);

}  // namespace sonda::i18n
