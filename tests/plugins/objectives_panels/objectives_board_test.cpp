// The objectives board read from real change reports: the demo database's,
// and small comparisons made by the instrument's own compare_objectives().
#include "objectives_board.hpp"

#include <catch2/catch.hpp>
#include <numeric>

#include "demo_project.hpp"
#include "objectives_monitoring/objective_tracking.hpp"

using namespace sonda;
using namespace sonda::objectives;
using namespace sonda::objectives::panels;

namespace {

Objective objective(const std::string& id, const std::string& status, double progress) {
    Objective out;
    out.id = id;
    out.title = "Objective " + id;
    out.dimension = "integration";
    out.owner = "social_service";
    out.status = status;
    out.progress = progress;
    return out;
}

void add(WaveObjectives& wave, const std::string& territory, const Objective& entry) {
    wave.territories.insert(territory);
    wave.objectives[{territory, entry.id}] = TrackedObjective{territory, "r-" + territory, entry};
}

// A by-territory report as the core builds it: one group per territory, each
// carrying the instrument's comparison of that territory's responses.
Report report_of(
    const std::vector<std::pair<std::string, std::pair<WaveObjectives, WaveObjectives>>>& groups) {
    Report report;
    report.form = "objectives-monitoring";
    report.from_wave = "w1";
    report.to_wave = "w2";
    for (const auto& [territory, waves] : groups) {
        GroupReport group;
        group.group = territory;
        group.instrument = compare_objectives(waves.first, waves.second);
        report.groups.push_back(group);
    }
    return report;
}

long long column_total(const TerritoryBoard& board, const ObjectivesBoard& all, bool second_wave) {
    long long total = 0;
    for (const std::string& status : all.statuses)
        total += static_cast<long long>(board.column(second_wave, status).size());
    return total;
}

}  // namespace

TEST_CASE("[objectives_panels] followed, stalled, new and removed objectives land in their columns",
          "[objectives_panels]") {
    WaveObjectives from, to;
    add(from, "pistoiese", objective("a", "planned", 0));
    add(from, "pistoiese", objective("b", "in_progress", 30));
    add(from, "pistoiese", objective("gone", "in_progress", 10));
    add(to, "pistoiese", objective("a", "in_progress", 40));
    add(to, "pistoiese", objective("b", "in_progress", 30));  // no progress: stalled
    add(to, "pistoiese", objective("fresh", "planned", 0));
    const ObjectivesBoard board = read_objectives_board(report_of({{"pistoiese", {from, to}}}));

    REQUIRE(board.present);
    REQUIRE(board.territories.size() == 1);
    const TerritoryBoard& t = board.territories[0];
    CHECK(t.followed == 2);
    CHECK(t.stalled == 1);
    CHECK(t.added == 1);
    CHECK(t.removed == 1);
    REQUIRE(t.cards.size() == 4);
    auto card = [&](const std::string& id) {
        for (const ObjectiveCard& c : t.cards)
            if (c.id == id) return c;
        FAIL("no card " << id);
        return ObjectiveCard{};
    };
    CHECK(card("a").mark == CardMark::Followed);
    CHECK(card("b").mark == CardMark::Stalled);
    CHECK(card("fresh").mark == CardMark::New);
    CHECK_FALSE(card("fresh").status_from.has_value());
    CHECK(card("gone").mark == CardMark::Removed);
    CHECK_FALSE(card("gone").status_to.has_value());
    CHECK(card("a").progress_from == 0.0);
    CHECK(card("a").progress_to == 40.0);

    // Wave A: a planned; b and gone in progress. Wave B: fresh planned; a, b in progress.
    CHECK(t.column(false, "planned").size() == 1);
    CHECK(t.column(false, "in_progress").size() == 2);
    CHECK(t.column(true, "planned").size() == 1);
    CHECK(t.column(true, "planned")[0]->id == "fresh");
    CHECK(t.column(true, "in_progress").size() == 2);
    CHECK(t.column(true, "achieved").empty());

    // planned -> in_progress once, in_progress -> in_progress once; margins.
    REQUIRE(board.statuses == objective_statuses());
    CHECK(t.transitions[0][1] == 1);
    CHECK(t.transitions[1][1] == 1);
    CHECK(t.removed_with("in_progress") == 1);
    CHECK(t.added_with("planned") == 1);
    REQUIRE(t.from);
    REQUIRE(t.to);
    CHECK(t.from->objectives == 3);
    CHECK(t.to->achieved == 0);
    CHECK(t.to->rate == 0.0);  // a real 0: three counted, none achieved
}

TEST_CASE(
    "[objectives_panels] a territory absent at wave A has no achievement there, only new cards",
    "[objectives_panels]") {
    WaveObjectives from, to;
    add(to, "livorno", objective("x", "planned", 0));
    add(to, "livorno", objective("y", "achieved", 100));
    const ObjectivesBoard board = read_objectives_board(report_of({{"livorno", {from, to}}}));
    REQUIRE(board.territories.size() == 1);
    const TerritoryBoard& t = board.territories[0];
    CHECK_FALSE(t.from.has_value());  // "no answer", never an empty board read as zero
    REQUIRE(t.to.has_value());
    CHECK(t.to->rate == Approx(0.5));
    CHECK(t.added == 2);
    CHECK(column_total(t, board, false) == 0);
    CHECK(column_total(t, board, true) == 2);
    for (const auto& row : t.transitions) CHECK(std::accumulate(row.begin(), row.end(), 0LL) == 0);
}

TEST_CASE("[objectives_panels] every objective stalled, and a territory that answered with none",
          "[objectives_panels]") {
    WaveObjectives from, to;
    add(from, "empolese", objective("p", "planned", 0));
    add(from, "empolese", objective("q", "in_progress", 50));
    add(to, "empolese", objective("p", "planned", 0));
    add(to, "empolese", objective("q", "in_progress", 40));  // went back: stalled too
    WaveObjectives quiet_from, quiet_to;
    quiet_from.territories.insert("zona-quiet");
    quiet_to.territories.insert("zona-quiet");
    const ObjectivesBoard board = read_objectives_board(
        report_of({{"empolese", {from, to}}, {"zona-quiet", {quiet_from, quiet_to}}}));
    REQUIRE(board.territories.size() == 2);
    const TerritoryBoard& stalled = board.territories[0];
    CHECK(stalled.territory == "empolese");
    CHECK(stalled.stalled == 2);
    for (const ObjectiveCard& card : stalled.cards) CHECK(card.mark == CardMark::Stalled);
    CHECK(stalled.transitions[0][0] == 1);
    CHECK(stalled.transitions[1][1] == 1);

    const TerritoryBoard& quiet = board.territories[1];
    CHECK(quiet.territory == "zona-quiet");
    REQUIRE(quiet.from.has_value());  // it answered: an empty list, not a missing wave
    CHECK(quiet.from->objectives == 0);
    CHECK_FALSE(quiet.from->rate.has_value());
    CHECK(quiet.cards.empty());
}

TEST_CASE("[objectives_panels] a withheld group stays withheld and other forms have no board",
          "[objectives_panels]") {
    Report report;
    GroupReport withheld;
    withheld.group = "tiny";
    withheld.instrument = new Poco::JSON::Object;
    withheld.instrument->set("suppressed", true);
    report.groups.push_back(withheld);
    ObjectivesBoard board = read_objectives_board(report);
    REQUIRE(board.territories.size() == 1);
    CHECK(board.territories[0].suppressed);
    CHECK(board.territories[0].cards.empty());

    Report other;  // network-dimensions: a map, no transitions
    GroupReport group;
    group.group = "pistoiese";
    group.instrument = new Poco::JSON::Object;
    group.instrument->set("network_map", Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    other.groups.push_back(group);
    CHECK_FALSE(read_objectives_board(other).present);
    CHECK_FALSE(read_objectives_board(Report{}).present);
}

TEST_CASE("[objectives_panels] status and dimension labels come from the form, in its language",
          "[objectives_panels]") {
    test::DemoProject demo;
    const Form& form = demo.project->form("objectives-monitoring");
    CHECK(status_label(&form, "in_progress", "it") == "In corso");
    CHECK(status_label(&form, "in_progress", "en") == "In progress");
    CHECK(dimension_label(&form, "consolidation_development", "it") == "Consolidamento e sviluppo");
    CHECK(status_label(nullptr, "dropped", "it") == "Abbandonato");
    CHECK(status_label(nullptr, "on_hold", "en") == "on_hold");  // unknown: the id itself
}

TEST_CASE("[objectives_panels] the demo's board agrees with the instrument's own figures",
          "[objectives_panels]") {
    test::DemoProject demo;
    ReportRequest request;
    request.form = "objectives-monitoring";
    request.from_wave = "workshop-1";
    request.to_wave = "workshop-2";
    const Report report = build_report(*demo.project, request);
    const ObjectivesBoard board = read_objectives_board(report);
    REQUIRE(board.present);
    REQUIRE(board.territories.size() == report.groups.size());
    long long stalled = 0, followed = 0, added = 0;
    for (std::size_t g = 0; g < report.groups.size(); ++g) {
        const GroupReport& group = report.groups[g];
        const TerritoryBoard& t = board.territories[g];
        INFO(group.group);
        CHECK(t.territory == group.group);
        const auto& extras = *group.instrument;
        const auto list = extras.getObject("transitions")->getArray("list");
        CHECK(t.followed == static_cast<long long>(list->size()));
        CHECK(t.stalled == static_cast<long long>(extras.getArray("stalled")->size()));
        CHECK(t.added == static_cast<long long>(extras.getArray("new")->size()));
        CHECK(t.removed == static_cast<long long>(extras.getArray("removed")->size()));
        long long matrix = 0;
        for (const auto& row : t.transitions)
            matrix += std::accumulate(row.begin(), row.end(), 0LL);
        CHECK(matrix == t.followed);
        // Every objective of a wave sits in exactly one of that wave's columns.
        if (t.from) CHECK(column_total(t, board, false) == t.from->objectives);
        if (t.to) CHECK(column_total(t, board, true) == t.to->objectives);
        stalled += t.stalled;
        followed += t.followed;
        added += t.added;
        // One team response per territory and wave: the score cells are
        // withheld by the minimum cell, the objectives are not.
        for (const ScoreReport& score : group.scores) CHECK(score.stats.suppressed);
    }
    CHECK(followed > 0);  // the demo follows objectives from workshop 1 to 2
    CHECK(added > 0);     // and names new ones at workshop 2
    INFO("stalled in the demo: " << stalled);
}
