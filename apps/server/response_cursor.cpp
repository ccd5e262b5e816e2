#include "response_cursor.hpp"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "problem.hpp"
#include "sonda/util/json.hpp"

namespace sonda::server {

std::string encode_cursor(const ResponsePosition& position) {
    Poco::JSON::Array parts;
    for (const std::string* part :
         {&position.wave, &position.territory, &position.respondent, &position.id})
        parts.add(*part);
    std::ostringstream json;
    Poco::JSON::Stringifier::stringify(parts, json);
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    encoder.rdbuf()->setLineLength(0);
    encoder << json.str();
    encoder.close();
    return out.str();
}

ResponsePosition decode_cursor(const std::string& cursor) {
    const HttpProblem invalid(400, "the cursor 'after' is not one this server gave");
    if (cursor.size() > 4096) throw invalid;
    std::string json;
    try {
        std::istringstream in(cursor);
        Poco::Base64Decoder decoder(in, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
        json.assign(std::istreambuf_iterator<char>(decoder), {});
        const Poco::JSON::Array::Ptr parts = array_of(parse_json(json, Location{}, 2));
        if (!parts || parts->size() != 4) throw invalid;
        ResponsePosition position;
        std::string* fields[] = {&position.wave, &position.territory, &position.respondent,
                                 &position.id};
        for (unsigned i = 0; i < 4; ++i) {
            if (!parts->get(i).isString()) throw invalid;
            *fields[i] = parts->getElement<std::string>(i);
        }
        return position;
    } catch (const HttpProblem&) {
        throw;
    } catch (const std::exception&) {
        throw invalid;
    }
}

}  // namespace sonda::server
