// Which language labels are shown in: --lang, else $SONDA_LANG, else the
// study's first language, else English. Answers are shown as written.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sonda {
struct Study;
}

namespace sonda::cli {

std::string choose_language(const std::optional<std::string>& given, const Study* study);

// The language of a usage error (a wrong option, a missing value): the last
// `--lang X` or `--lang=X` among the raw `args` (none after "--") when the
// catalogue has that language, else $SONDA_LANG, else English. Read from the
// raw arguments because the error may be in parsing them; no study is read.
std::string usage_language(const std::vector<std::string>& args);

}  // namespace sonda::cli
