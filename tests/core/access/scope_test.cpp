// What each role may read and submit, without a database.
#include <catch2/catch.hpp>

#include "sonda/access/access_control.hpp"

using namespace sonda;

namespace {

Principal principal(AccessRole role, std::vector<std::string> territories = {}) {
    Principal out;
    out.name = "p";
    out.role = role;
    out.territories = std::move(territories);
    return out;
}

Response response(const std::string& territory) {
    Response out;
    out.form = "expect";
    out.wave = "w1";
    out.territory = territory;
    return out;
}

}  // namespace

TEST_CASE("a coordinator reads only its territories") {
    const Principal coordinator = principal(AccessRole::Coordinator, {"north", "east"});
    ResponseFilter filter;
    filter.form = "expect";
    CHECK(scoped_filter(coordinator, filter).territories ==
          std::vector<std::string>{"north", "east"});
    filter.territories = {"east"};
    CHECK(scoped_filter(coordinator, filter).territories == std::vector<std::string>{"east"});
    filter.territories = {"east", "south"};
    try {
        scoped_filter(coordinator, filter);
        FAIL("read outside its territories");
    } catch (const AccessDenied& denied) {
        CHECK(denied.authenticated());
    }
}

TEST_CASE("admins and evaluators read every territory, collectors none") {
    ResponseFilter filter;
    filter.form = "expect";
    filter.territories = {"south"};
    CHECK(scoped_filter(principal(AccessRole::Admin), filter).territories == filter.territories);
    filter.territories.clear();
    CHECK(scoped_filter(principal(AccessRole::Evaluator), filter).territories.empty());
    CHECK_THROWS_AS(scoped_filter(principal(AccessRole::Collector, {"south"}), filter),
                    AccessDenied);
}

TEST_CASE("submissions stay inside the submitter's territories, forms and waves") {
    Principal collector = principal(AccessRole::Collector, {"north"});
    collector.waves = {"w1"};
    CHECK_NOTHROW(authorize_submission(collector, response("north")));
    CHECK_THROWS_AS(authorize_submission(collector, response("south")), AccessDenied);
    Response later = response("north");
    later.wave = "w2";
    CHECK_THROWS_AS(authorize_submission(collector, later), AccessDenied);
    CHECK_NOTHROW(authorize_submission(principal(AccessRole::Admin), response("south")));
    CHECK_THROWS_AS(
        authorize_submission(principal(AccessRole::Coordinator, {"east"}), response("south")),
        AccessDenied);
}
