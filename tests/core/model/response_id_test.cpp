#include "sonda/model/response_id.hpp"

#include <catch2/catch.hpp>

#include "sonda/error.hpp"
#include "sonda/model/response.hpp"
#include "sonda/util/json.hpp"

using namespace sonda;

// Expected values computed with Python's uuid module, an independent
// implementation of RFC 4122: uuid.uuid5(namespace, name).
TEST_CASE("response id: UUIDv5 matches the RFC 4122 test vector", "[model][response_id]") {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    CHECK(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    // The namespace may be spelled in upper case; the result is lower case.
    CHECK(uuid_v5("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "python.org") ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK_THROWS_AS(uuid_v5("not-a-uuid", "x"), InvalidInput);
}

TEST_CASE("response id: derived from length-prefixed parts in sonda's namespace",
          "[model][response_id]") {
    CHECK(response_id_name("io-study", "io-check", "workshop-1", "livorno", "LI01") ==
          "8:io-study8:io-check10:workshop-17:livorno4:LI01");
    // NS = uuid.UUID('b918c1cf-53bd-4c4d-a143-a826a1f4c6da')
    // uuid.uuid5(NS, '8:io-study8:io-check10:workshop-17:livorno4:LI01')
    CHECK(derived_response_id("io-study", "io-check", "workshop-1", "livorno", "LI01") ==
          "9f11611a-8fc5-5177-84e1-ca7205124110");
    // Byte lengths, not characters: "Società" is 8 bytes in UTF-8.
    CHECK(response_id_name("s", "f", "w", "Società", "R1") == "1:s1:f1:w8:Società2:R1");
    // Parts are never confused by where one ends and the next begins.
    CHECK(derived_response_id("s", "f", "w", "ab", "c") !=
          derived_response_id("s", "f", "w", "a", "bc"));
    CHECK(derived_response_id("s", "f", "w", "t", "R1") !=
          derived_response_id("s2", "f", "w", "t", "R1"));
    CHECK(derived_response_id("s", "f", "w", "t", "R1") ==
          derived_response_id("s", "f", "w", "t", "R1"));
}

TEST_CASE("response id: optional in the interchange object only when asked",
          "[model][response_id]") {
    const std::string text =
        R"({"form":"f","form_version":1,"wave":"w","territory":"t","role":"r",)"
        R"("respondent":"R1","answers":{}})";
    const auto object = parse_json_object(text, Location{});
    CHECK_THROWS_AS(Response::from_json(*object), InvalidInput);
    const Response response = Response::from_json(*object, Response::IdRule::Optional);
    CHECK(response.id.empty());
    CHECK(response.respondent == "R1");
    // An id that is there must still be a non-empty string.
    const auto empty = parse_json_object(
        R"({"id":"","form":"f","form_version":1,"wave":"w","territory":"t","role":"r",)"
        R"("respondent":"R1","answers":{}})",
        Location{});
    CHECK_THROWS_AS(Response::from_json(*empty, Response::IdRule::Optional), InvalidInput);
}
