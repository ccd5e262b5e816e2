// json_text must write what Poco's Stringifier::condense writes: the stored
// content of every response is compared on re-import, so a byte of
// difference would turn re-imports into conflicts.
#include "sonda/util/json_text.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>

#include "sonda/model/response.hpp"
#include "sonda/util/json.hpp"

using Poco::Dynamic::Var;

namespace {
std::string poco_text(const Var& value) {
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(value, out);
    return out.str();
}

std::string random_text(std::mt19937_64& random, std::size_t longest) {
    std::string text(random() % (longest + 1), '\0');
    for (char& byte : text) {
        const auto pick = random() % 4;  // control and special bytes often, any byte sometimes
        if (pick == 0)
            byte = static_cast<char>(random() % 0x21);
        else if (pick == 1)
            byte = "\"\\/\x7f"[random() % 4];
        else
            byte = static_cast<char>(random() % 256);
    }
    return text;
}

double random_double(std::mt19937_64& random) {
    switch (random() % 4) {
        case 0:
            return static_cast<double>(static_cast<long long>(random() % 2001) - 1000) / 8;
        case 1:
            return std::uniform_real_distribution<double>(-1e6, 1e6)(random);
        default: {
            const std::uint64_t bits = random();  // any double, NaN and infinities included
            double value;
            std::memcpy(&value, &bits, sizeof value);
            return value;
        }
    }
}

Var random_value(std::mt19937_64& random, int depth) {
    switch (random() % (depth > 0 ? 10 : 8)) {
        case 0:
            return Var();
        case 1:
            return random() % 2 == 0;
        case 2:
            return static_cast<int>(random());
        case 3:
            return static_cast<Poco::Int64>(random());
        case 4:
            return static_cast<Poco::UInt64>(random());
        case 5:
            return random_double(random);
        case 6:
        case 7:
            return random_text(random, 12);
        case 8: {
            Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
            for (auto n = random() % 5; n > 0; --n)
                object->set(random_text(random, 6), random_value(random, depth - 1));
            return object;
        }
        default: {
            Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
            for (auto n = random() % 5; n > 0; --n) array->add(random_value(random, depth - 1));
            return array;
        }
    }
}
}  // namespace

TEST_CASE("json_text: every byte in a string as Poco escapes it", "[model][json]") {
    for (int byte = 0; byte < 256; ++byte) {
        const std::string text(1, static_cast<char>(byte));
        INFO("byte " << byte);
        CHECK(sonda::json_text(text) == poco_text(text));
        CHECK(sonda::json_text("a" + text + "bc") == poco_text("a" + text + "bc"));
    }
    CHECK(sonda::json_text(std::string()) == poco_text(std::string()));
    CHECK(sonda::json_text(std::string("città / \"Mulino\"\n")) == "\"città / \\\"Mulino\\\"\\n\"");
}

TEST_CASE("json_text: numbers, booleans and null as Poco writes them", "[model][json]") {
    const Var values[] = {Var(),
                          true,
                          false,
                          0,
                          -1,
                          std::numeric_limits<int>::min(),
                          std::numeric_limits<Poco::Int64>::min(),
                          std::numeric_limits<Poco::UInt64>::max(),
                          static_cast<long long>(-42),
                          0.0,
                          -0.0,
                          2.5,
                          1e21,
                          1e-7,
                          0.1 + 0.2,
                          std::numeric_limits<double>::max(),
                          std::numeric_limits<double>::denorm_min(),
                          std::numeric_limits<double>::infinity(),
                          std::numeric_limits<double>::quiet_NaN()};
    for (const Var& value : values) CHECK(sonda::json_text(value) == poco_text(value));
}

TEST_CASE("json_text: random trees built in code equal Poco's text", "[model][json]") {
    std::mt19937_64 random(20261128);
    for (int round = 0; round < 3000; ++round) {
        const Var value = random_value(random, 4);
        const std::string expected = poco_text(value);
        INFO(expected);
        REQUIRE(sonda::json_text(value) == expected);
    }
}

TEST_CASE("json_text: parsed documents equal Poco's text", "[model][json]") {
    const char* const documents[] = {
        R"({"b":[1,2.5,-3e2,true,null,{}],"a":{"z":"x\u0001y","y":"\/"},"é":"ü"})",
        R"([[],[[]],{"":""},"\ud83d\ude00",18446744073709551615,-9223372036854775808])",
        R"({"answers":{"places":[{"name":"OSS","ring":1}],"heard":3},"form":"f","wave":"w"})",
    };
    for (const char* document : documents) {
        const Var parsed = sonda::parse_json(document, sonda::Location{"", 0, "$", ""});
        CHECK(sonda::json_text(parsed) == poco_text(parsed));
    }
}

TEST_CASE("json_text: an object or array escaping all Unicode as Poco writes it", "[model][json]") {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_ESCAPE_UNICODE);
    object->set("città", "perché");
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array(Poco::JSON_ESCAPE_UNICODE);
    array->add(object);
    array->add("già");
    CHECK(sonda::json_text(object) == poco_text(object));
    CHECK(sonda::json_text(array) == poco_text(array));
}

TEST_CASE("json_text: a response's canonical JSON is what Poco's object wrote",
          "[model][json][response]") {
    // The text the store kept before json_text: a sorted Poco object, condensed.
    const auto through_poco = [](const sonda::Response& response) {
        Poco::JSON::Object object;
        object.set("id", response.id);
        object.set("form", response.form);
        object.set("form_version", response.form_version);
        object.set("wave", response.wave);
        object.set("territory", response.territory);
        object.set("role", response.role);
        object.set("respondent", response.respondent);
        object.set("answers", response.answers ? response.answers
                                               : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
        return poco_text(object);
    };
    std::mt19937_64 random(7);
    for (int round = 0; round < 1000; ++round) {
        sonda::Response response;
        response.id = random_text(random, 8);
        response.form = random_text(random, 8);
        response.form_version = static_cast<int>(random() % 2000000) - 1000000;
        response.wave = random_text(random, 8);
        response.territory = random_text(random, 8);
        response.role = random_text(random, 8);
        response.respondent = random_text(random, 8);
        if (round % 10 != 0) {
            response.answers = new Poco::JSON::Object;
            for (auto n = random() % 6; n > 0; --n)
                response.answers->set(random_text(random, 6), random_value(random, 3));
        }
        const std::string expected = through_poco(response);
        INFO(expected);
        REQUIRE(response.to_canonical_json() == expected);
    }
}
