#include "sonda/util/utc_time.hpp"

#include <catch2/catch.hpp>

using namespace sonda;

TEST_CASE("expiry dates and times are read strictly") {
    CHECK(utc_time_from_text("2026-12-31") == "2026-12-31T23:59:59Z");
    CHECK(utc_time_from_text("2026-12-31T18:00:00Z") == "2026-12-31T18:00:00Z");
    CHECK(utc_time_from_text("2026-12-31T18:00:00") == "2026-12-31T18:00:00Z");
    CHECK(utc_time_from_text("2028-02-29") == "2028-02-29T23:59:59Z");
    for (const char* bad :
         {"", "2026-02-30", "2026-13-01", "31/12/2026", "2026-12-31 18:00", "2026-12-31T24:00:00Z",
          "+026-12-31", "2026-12-31T18:00:00+01:00", "2026-12-3", "2026-12-31Tx"})
        CHECK_FALSE(utc_time_from_text(bad));
    CHECK(utc_now().size() == 20);
}
