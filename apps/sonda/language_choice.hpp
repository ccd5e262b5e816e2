// Which language labels are shown in: --lang, else $SONDA_LANG, else the
// study's first language, else English. Answers are shown as written.
#pragma once

#include <optional>
#include <string>

namespace sonda {
struct Study;
}

namespace sonda::cli {

std::string choose_language(const std::optional<std::string>& given, const Study* study);

}  // namespace sonda::cli
