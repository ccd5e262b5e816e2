// Dates people read are in their language; what is not a date stays as given.
#include "sonda/i18n/dates.hpp"

#include <catch2/catch.hpp>

using sonda::i18n::date_text;

TEST_CASE("[i18n] a date reads as its language writes it") {
    CHECK(date_text("2023-12-01", "it") == "1 dicembre 2023");
    CHECK(date_text("2023-12-01", "en") == "1 December 2023");
    CHECK(date_text("2024-03-05", "it") == "5 marzo 2024");
    CHECK(date_text("2024-02-29", "en") == "29 February 2024");  // a leap day
    CHECK(date_text("2024-01-31", "fr") == "31 January 2024");   // unknown language: English
}

TEST_CASE("[i18n] what is not a valid date is shown as it was given") {
    for (const char* text :
         {"", "2023", "2023-12", "2023-13-01", "2023-00-10", "2023-02-29", "2023-04-31",
          "2023-12-00", "2023/12/01", "23-12-01", "2023-12-01x", "２０２３-12-01"})
        CHECK(date_text(text, "it") == text);
}
