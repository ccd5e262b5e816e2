// The two input formats, each turning its rows into responses for an
// ImportSession: NDJSON (one interchange object a line) and wide CSV.
#pragma once

#include <string>

#include "chunk_source.hpp"
#include "import_session.hpp"

namespace sonda::io {

void read_ndjson_rows(ChunkSource& input, ImportSession& session, const std::string& source,
                      long long size_hint);
void read_csv_rows(ChunkSource& input, ImportSession& session, const std::string& source,
                   long long size_hint);

}  // namespace sonda::io
