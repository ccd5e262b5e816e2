// Pairing by respondent code, and the near misses a self-generated code
// makes visible.
#include "code_pairing.hpp"

#include <catch2/catch.hpp>

using namespace sonda;
using report_detail::pair_codes;

namespace {

RespondentCodeRecipe mother_day_phone() {
    RespondentCodeRecipe recipe;
    recipe.parts = {{"mother", LocalizedText("mother"), false, 2},
                    {"day", LocalizedText("day"), true, 2},
                    {"phone", LocalizedText("phone"), true, 1}};
    return recipe;
}

}  // namespace

TEST_CASE("a recipe splits a code into its parts or refuses its shape") {
    const RespondentCodeRecipe recipe = mother_day_phone();
    CHECK(recipe.split("MA151") == std::vector<std::string>{"MA", "15", "1"});
    for (const char* bad : {"ma151", "MA15", "MA1511", "M1151", "MA1X1", ""})
        CHECK_FALSE(recipe.split(bad));
    CHECK(recipe.describe("en") == "2 letters (mother) + 2 digits (day) + 1 digit (phone)");
}

TEST_CASE("codes pair across waves, and one-part differences are counted, per territory") {
    // codes[i] in territory territory_of[i]; sides: 1 from, 2 to, 3 both.
    const std::vector<std::string> codes{"MA151", "SE016", "SE017", "AB123", "ZZ999",
                                         "SE018", "",      "LU072", "LU172"};
    const std::vector<std::int32_t> territory_of{0, 0, 0, 0, 0, 1, 0, 0, 0};
    const std::vector<std::uint8_t> sides{3, 1, 2, 1, 2, 1, 1, 1, 2};
    const CodePairing pairing = pair_codes(codes, territory_of, sides, mother_day_phone());
    CHECK(pairing.paired == 1);
    CHECK(pairing.only_from == 4);  // SE016, AB123, SE018 (other territory), LU072
    CHECK(pairing.only_to == 3);    // SE017, ZZ999, LU172
    CHECK(pairing.near_misses_checked);
    // SE016 ~ SE017 (phone digit); LU072 ~ LU172 (day); SE018 is in another
    // territory; AB123 is nobody's neighbour.
    CHECK(pairing.near_misses == 2);
}

TEST_CASE("codes given to respondents are never looked at for near misses") {
    const CodePairing pairing = pair_codes({"P01", "P02"}, {0, 0}, {1, 2}, RespondentCodeRecipe{});
    CHECK(pairing.only_from == 1);
    CHECK(pairing.only_to == 1);
    CHECK_FALSE(pairing.near_misses_checked);
    CHECK(pairing.near_misses == 0);
}
