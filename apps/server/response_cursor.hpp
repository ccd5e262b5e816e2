// The cursor of GET /responses: the place of the last response of a page in
// the store's order (ResponsePosition), as an opaque URL-safe text. It holds
// what the client has already read (that response's wave, territory,
// respondent code and id), and the next page is still read through the
// caller's scope, so a crafted cursor shows nothing more.
#pragma once

#include <string>

#include "sonda/store/store.hpp"

namespace sonda::server {

std::string encode_cursor(const ResponsePosition& position);
// HttpProblem 400 for a text that no encode_cursor made.
ResponsePosition decode_cursor(const std::string& cursor);

}  // namespace sonda::server
