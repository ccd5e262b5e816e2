#include "ndjson_reader.hpp"
#include "row_readers.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"

namespace sonda::io {

void read_ndjson_rows(ChunkSource& input, ImportSession& session, const std::string& source,
                      long long size_hint) {
    NdjsonReader reader(input);
    session.set_rejected_preamble("", "\n");
    NdjsonLine line;
    while (reader.next(line)) {
        if (line.too_long) {
            session.reject(line.number,
                           {Issue{Location{source, line.number, "", ""},
                                  i18n::message("input.ndjson.too_long", line.length,
                                                reader.max_line_bytes())}},
                           {});
        } else {
            Response response;
            try {
                Poco::JSON::Object::Ptr object =
                    parse_json_object(line.text, Location{source, line.number, "", ""});
                // A line without "id" gets the derived id (ImportSession::add).
                response = Response::from_json(*object, Response::IdRule::Optional);
            } catch (const InvalidInput& error) {
                session.reject(line.number, error.issues(), line.text);
                session.report_progress(input.consumed(), size_hint);
                continue;
            }
            // Outside the try: what the store throws is not about this line.
            session.add(std::move(response), line.number, line.text);
        }
        session.report_progress(input.consumed(), size_hint);
    }
    if (input.failed())
        throw InvalidInput(Location{source, 0, "", ""},
                           i18n::message("input.read_error", input.consumed()));
}

}  // namespace sonda::io
