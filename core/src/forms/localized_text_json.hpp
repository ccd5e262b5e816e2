// A LocalizedText as it is written in form and study files: either one string
// (the same text in every language) or an object language -> text such as
// {"it": "Condivisione", "en": "Sharing"}.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "definition_reader.hpp"
#include "sonda/model/localized_text.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

// Reads the text at JSON path `path`. When `languages` is given (the file
// declares its languages), an object must carry every one of them. Reports
// issues through `reader` and returns nothing when the value is unusable.
// Titles, labels and names are single-line; a form's description may span
// lines (TextKind::MultiLine). Control characters are refused either way.
std::optional<LocalizedText> read_localized_text(const Poco::Dynamic::Var& value,
                                                 const std::string& path, DefinitionReader& reader,
                                                 const std::vector<std::string>* languages,
                                                 TextKind kind = TextKind::SingleLine);

// The same for `key` of `object`; a Required key that is absent is an issue.
std::optional<LocalizedText> read_localized_key(const Poco::JSON::Object& object,
                                                const std::string& key, const std::string& parent,
                                                DefinitionReader& reader,
                                                DefinitionReader::Need need,
                                                const std::vector<std::string>* languages,
                                                TextKind kind = TextKind::SingleLine);

// The inverse: a plain string when untranslated, else an object language -> text.
Poco::Dynamic::Var localized_text_to_json(const LocalizedText& text);

}  // namespace sonda
