// Text that users type reaches terminals, HTML, CSV files and the database: it
// may not carry control characters that a terminal would obey (ESC starts an
// escape sequence, BEL sounds, NUL cuts C strings short) or that hide in a
// label. Two kinds of field:
//   single-line: ids, codes, names, labels, choice values, keys; only
//     printable characters (tab included);
//   multi-line: free texts (text and text_list answers, comments,
//     descriptions and notes); tab and line breaks (LF, or CR LF as Windows
//     and spreadsheets write them) too.
// Refused everywhere: C0 controls U+0000-U+001F (except the above), DEL U+007F
// and the C1 controls U+0080-U+009F.
//
// Messages that quote input escape it with escape_for_message(), so that an
// error about a control character cannot itself send that character.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sonda {

enum class TextKind { SingleLine, MultiLine };

// Byte offset of the first character `kind` does not allow, or nothing. The
// text is assumed to be valid UTF-8 (checked when it was parsed).
std::optional<std::size_t> find_control_character(std::string_view text, TextKind kind);

// Nothing when the text is acceptable, else why not, such as "contains the
// control character U+001B (ESC) at character 4; single-line texts allow none".
std::optional<std::string> control_character_problem(std::string_view text, TextKind kind);

// The text with every control character (C0, DEL, C1; tab and newline
// included) written as \uXXXX, bytes that are not UTF-8 as \xNN and
// backslashes doubled, cut after `max_characters` characters with "...".
std::string escape_for_message(std::string_view text, std::size_t max_characters = 200);

// Control characters and bytes that are not UTF-8 escaped as above, nothing
// else changed; line breaks kept when asked (a message of several lines). For
// whole messages, whose quoted parts may not have been escaped by their author.
std::string escape_controls(std::string_view text, bool keep_line_breaks = false);

}  // namespace sonda
