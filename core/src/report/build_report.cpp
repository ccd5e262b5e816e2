// build_report: from the store to a Report. The scores are read once, as
// dictionary-encoded columns, and grouped in memory; the responses themselves
// (item answers for Cronbach's alpha, and what the instrument compares) are
// streamed once and only for the groups that will be shown. Every statistic
// is compare_score's; suppression is the stats module's rule, applied across
// the sibling groups of each score.
#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/report/report.hpp"
#include "sonda/stats/suppression.hpp"

namespace sonda {

namespace {

// An instrument's comparison that says it describes a team's statement, not
// persons' answers (docs/report.md, "Small-cell suppression").
bool team_level(const Poco::JSON::Object::Ptr& extras) {
    return extras && extras->has("team_level") && extras->get("team_level").isBoolean() &&
           extras->getValue<bool>("team_level");
}

std::string join(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
    return out.empty() ? "none" : out;
}

std::vector<std::string> wave_ids(const Study& study) {
    std::vector<std::string> ids;
    for (const Wave& wave : study.waves) ids.push_back(wave.id);
    return ids;
}

std::size_t wave_position(const Study& study, const std::string& id) {
    for (std::size_t i = 0; i < study.waves.size(); ++i)
        if (study.waves[i].id == id) return i;
    return study.waves.size();
}

// The two waves to compare: as asked, or by default the last two waves of the
// study that hold responses to the form.
std::pair<std::string, std::string> resolve_waves(const Study& study, Store& store,
                                                  const ResponseFilter& base,
                                                  const ReportRequest& request) {
    std::vector<Issue> issues;
    for (const auto& [name, id] :
         {std::pair<const char*, const std::string&>{"from", request.from_wave},
          {"to", request.to_wave}})
        if (!id.empty() && !study.wave(id))
            issues.push_back({Location{"", 0, "", ""},
                              std::string("unknown wave '") + id + "' given as --" + name +
                                  "; the study's waves are: " + join(wave_ids(study))});
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    if (!request.from_wave.empty() && request.from_wave == request.to_wave)
        throw UsageError("--from and --to are the same wave '" + request.from_wave +
                         "': a change report compares two different waves");
    if (!request.from_wave.empty() && !request.to_wave.empty())
        return {request.from_wave, request.to_wave};

    std::vector<std::string> with_data;
    for (const Wave& wave : study.waves) {
        ResponseFilter filter = base;
        filter.waves = {wave.id};
        if (store.count_responses(filter) > 0) with_data.push_back(wave.id);
    }
    std::string from = request.from_wave, to = request.to_wave;
    if (to.empty()) {
        // The last wave with data (after `from` when it is given).
        for (auto wave = with_data.rbegin(); wave != with_data.rend(); ++wave)
            if (*wave != from &&
                (from.empty() || wave_position(study, *wave) > wave_position(study, from))) {
                to = *wave;
                break;
            }
    }
    if (from.empty() && !to.empty()) {
        for (auto wave = with_data.rbegin(); wave != with_data.rend(); ++wave)
            if (wave_position(study, *wave) < wave_position(study, to)) {
                from = *wave;
                break;
            }
    }
    if (from.empty() || to.empty())
        throw InvalidInput(
            Location{"", 0, "", ""},
            "cannot choose the waves to compare for form '" + base.form +
                "': it has responses in " +
                (with_data.empty() ? std::string("no wave") : "only " + join(with_data)) +
                (request.from_wave.empty() ? "" : " after '" + request.from_wave + "'") +
                "; give --from and --to (the study's waves are: " + join(wave_ids(study)) + ")");
    return {from, to};
}

void check_filters(const Study& study, const ReportRequest& request) {
    std::vector<Issue> issues;
    std::vector<std::string> known;
    for (const Territory& territory : study.territories) known.push_back(territory.id);
    for (const std::string& id : request.territories)
        if (!study.territory(id))
            issues.push_back({Location{}, "unknown territory '" + id +
                                              "'; the study's territories are: " + join(known)});
    known.clear();
    for (const Role& role : study.roles) known.push_back(role.id);
    for (const std::string& id : request.roles)
        if (!study.role(id))
            issues.push_back(
                {Location{}, "unknown role '" + id + "'; the study's roles are: " + join(known)});
    if (!issues.empty()) throw InvalidInput(std::move(issues));
}

// One group's data for one score: the observations of both waves and, when
// the score has several items, the item answers for alpha.
struct Cell {
    CompareScoreInput input;
};

struct GroupData {
    std::string id;
    std::vector<Cell> cells;  // one per score definition
    std::vector<Response> from, to;
    bool shown = true;
};

double item_value(const Poco::JSON::Object& answers, const std::string& item) {
    if (!answers.has(item)) return std::nan("");
    const Poco::Dynamic::Var value = answers.get(item);
    if (value.isEmpty() || !value.isNumeric()) return std::nan("");
    try {
        return value.convert<double>();
    } catch (const Poco::Exception&) {
        return std::nan("");
    }
}

LocalizedText group_label(const Study& study, GroupBy by, const std::string& id) {
    if (by == GroupBy::Territory)
        if (const Territory* territory = study.territory(id)) return territory->name;
    if (by == GroupBy::Role)
        if (const Role* role = study.role(id)) return role->name;
    if (by == GroupBy::None) {
        LocalizedText everyone;
        everyone.set("en", "Everyone");
        everyone.set("it", "Tutti");
        return everyone;
    }
    return LocalizedText(id);
}

}  // namespace

Report build_report(Project& project, const ReportRequest& request) {
    const Form& form = project.form(request.form, request.form_version);
    const Instrument& instrument = project.instrument(form);
    const Study& study = project.study();
    Store& store = project.store();
    check_filters(study, request);

    Report report;
    report.form = form.id;
    report.form_version = form.version;
    report.form_title = form.title;
    report.by = request.by;
    report.min_cell = request.min_cell.value_or(study.min_cell);
    if (report.min_cell < 1)
        throw UsageError("the smallest group shown (min_cell) must be at least 1, not " +
                         std::to_string(report.min_cell));
    report.suppression = request.suppression;
    report.score_definitions = instrument.score_definitions(form);

    ResponseFilter filter;
    filter.form = form.id;
    filter.form_version = request.form_version;
    filter.territories = request.territories;
    filter.roles = request.roles;
    std::tie(report.from_wave, report.to_wave) = resolve_waves(study, store, filter, request);
    filter.waves = {report.from_wave, report.to_wave};

    const std::vector<ScoreDefinition>& definitions = report.score_definitions;
    const ScoreColumns columns = store.load_scores(filter);

    // Dictionary codes to what the report needs: wave side, definition, group.
    std::vector<int> side_of_wave(columns.waves.size(), -1);
    for (std::size_t i = 0; i < columns.waves.size(); ++i)
        side_of_wave[i] = columns.waves[i] == report.from_wave ? 0
                          : columns.waves[i] == report.to_wave ? 1
                                                               : -1;
    std::vector<int> definition_of_score(columns.scores.size(), -1);
    for (std::size_t i = 0; i < columns.scores.size(); ++i)
        for (std::size_t d = 0; d < definitions.size(); ++d)
            if (definitions[d].name == columns.scores[i])
                definition_of_score[i] = static_cast<int>(d);

    // Groups in the study's order, then any the study does not list.
    std::vector<std::string> group_ids;
    auto add_groups = [&](const auto& listed, const std::vector<std::string>& present) {
        for (const auto& entry : listed)
            if (std::find(present.begin(), present.end(), entry.id) != present.end())
                group_ids.push_back(entry.id);
        for (const std::string& id : present)
            if (std::find(group_ids.begin(), group_ids.end(), id) == group_ids.end())
                group_ids.push_back(id);
    };
    if (request.by == GroupBy::Territory)
        add_groups(study.territories, columns.territories);
    else if (request.by == GroupBy::Role)
        add_groups(study.roles, columns.roles);
    else
        group_ids.push_back("all");
    const std::vector<std::string>& group_dictionary =
        request.by == GroupBy::Territory ? columns.territories : columns.roles;
    std::vector<int> group_of_code(group_dictionary.size(), 0);
    for (std::size_t i = 0; i < group_dictionary.size() && request.by != GroupBy::None; ++i)
        group_of_code[i] = static_cast<int>(
            std::find(group_ids.begin(), group_ids.end(), group_dictionary[i]) - group_ids.begin());

    std::vector<GroupData> groups(group_ids.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        groups[g].id = group_ids[g];
        groups[g].cells.resize(definitions.size());
        for (std::size_t d = 0; d < definitions.size(); ++d)
            groups[g].cells[d].input.score = definitions[d].name;
    }

    // Respondents are matched across waves by code within their territory:
    // the key names both, so codes reused by two territories never pair.
    std::unordered_map<long long, std::string> respondent_keys;
    std::vector<bool> group_has_rows(groups.size(), false);
    for (std::size_t row = 0; row < columns.size(); ++row) {
        const int side = side_of_wave[static_cast<std::size_t>(columns.wave[row])];
        const int definition = definition_of_score[static_cast<std::size_t>(columns.score[row])];
        if (side < 0 || definition < 0) continue;
        const std::size_t group =
            request.by == GroupBy::None
                ? 0
                : static_cast<std::size_t>(group_of_code[static_cast<std::size_t>(
                      request.by == GroupBy::Territory ? columns.territory[row]
                                                       : columns.role[row])]);
        group_has_rows[group] = true;
        const double value = columns.value[row];
        if (std::isnan(value)) continue;
        const long long key_code = (static_cast<long long>(columns.territory[row]) << 32) |
                                   static_cast<unsigned>(columns.respondent[row]);
        auto key = respondent_keys.find(key_code);
        if (key == respondent_keys.end())
            key = respondent_keys
                      .emplace(key_code, std::to_string(columns.territory[row]) + ":" +
                                             std::to_string(columns.respondent[row]))
                      .first;
        CompareScoreInput& input = groups[group].cells[static_cast<std::size_t>(definition)].input;
        (side == 0 ? input.from : input.to).push_back(ScoreObservation{key->second, value});
    }
    std::vector<GroupData> kept;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (group_has_rows[g]) kept.push_back(std::move(groups[g]));
    groups = std::move(kept);

    // Which groups will be shown at all: a group whose every cell is withheld
    // gets no item-level reading and no instrument extras.
    std::vector<std::vector<ScoreComparison>> comparisons(groups.size());
    auto compare_all = [&]() {
        for (std::size_t g = 0; g < groups.size(); ++g) {
            comparisons[g].clear();
            for (const Cell& cell : groups[g].cells)
                comparisons[g].push_back(compare_score(cell.input));
        }
    };
    auto suppress_all = [&]() {
        if (!report.suppression) return;
        const bool total_published = request.by != GroupBy::None;
        for (std::size_t d = 0; d < definitions.size(); ++d) {
            std::vector<ScoreComparison*> siblings;
            for (auto& group : comparisons) siblings.push_back(&group[d]);
            apply_suppression(siblings, report.min_cell, total_published);
        }
    };
    compare_all();
    suppress_all();
    for (std::size_t g = 0; g < groups.size(); ++g)
        groups[g].shown =
            std::any_of(comparisons[g].begin(), comparisons[g].end(), [](const ScoreComparison& c) {
                return !c.suppressed && (c.n_from > 0 || c.n_to > 0);  // empty cells show nothing
            });

    const bool needs_items =
        std::any_of(definitions.begin(), definitions.end(),
                    [](const ScoreDefinition& d) { return d.items.size() >= 2; });
    const bool any_shown =
        std::any_of(groups.begin(), groups.end(), [](const GroupData& g) { return g.shown; });
    CompareOptions options;
    options.min_cell = report.min_cell;
    options.suppression = report.suppression;
    options.language = request.language;
    if (!request.scores_only) options.overrides = store.overrides(form.id);

    // One group's responses at a time: item answers for alpha, then what the
    // instrument compares. Only one group's responses are ever in memory.
    auto read_group = [&](GroupData& group) {
        ResponseFilter group_filter = filter;
        if (request.by == GroupBy::Territory) group_filter.territories = {group.id};
        if (request.by == GroupBy::Role) group_filter.roles = {group.id};
        store.for_each_response(group_filter, [&](const StoredResponse& stored) {
            const Response& response = stored.response;
            const int side = response.wave == report.from_wave ? 0
                             : response.wave == report.to_wave ? 1
                                                               : -1;
            if (side < 0) return;
            if (needs_items && response.answers) {
                for (std::size_t d = 0; d < definitions.size(); ++d) {
                    if (definitions[d].items.size() < 2) continue;
                    std::vector<double> row;
                    row.reserve(definitions[d].items.size());
                    for (const std::string& item : definitions[d].items)
                        row.push_back(item_value(*response.answers, item));
                    CompareScoreInput& input = group.cells[d].input;
                    (side == 0 ? input.items_from : input.items_to).rows.push_back(std::move(row));
                }
            }
            (side == 0 ? group.from : group.to).push_back(response);
        });
    };
    std::vector<Poco::JSON::Object::Ptr> extras(groups.size());
    if (!request.scores_only) {
        for (std::size_t g = 0; g < groups.size(); ++g) {
            read_group(groups[g]);
            Poco::JSON::Object::Ptr compared =
                instrument.compare(form, groups[g].from, groups[g].to, options);
            // A withheld group keeps only extras its instrument marks
            // "team_level": a team's own statement (a territory's objectives),
            // not persons' answers. Everything else stays withheld with it.
            if (groups[g].shown || team_level(compared)) extras[g] = compared;
            std::vector<Response>().swap(groups[g].from);
            std::vector<Response>().swap(groups[g].to);
        }
        if (needs_items && any_shown) {
            // Alpha and RCI now have their item answers: compare again and
            // suppress again (same counts, so the same decisions).
            compare_all();
            suppress_all();
        }
    }

    for (std::size_t g = 0; g < groups.size(); ++g) {
        GroupReport group;
        group.group = groups[g].id;
        group.label = group_label(study, request.by, group.group);
        for (std::size_t d = 0; d < definitions.size(); ++d) {
            ScoreReport score;
            score.stats = std::move(comparisons[g][d]);
            if (!score.stats.suppressed) {
                if (score.stats.mean_from)
                    if (const Band* band = definitions[d].band_of(*score.stats.mean_from))
                        score.band_from = band->id;
                if (score.stats.mean_to)
                    if (const Band* band = definitions[d].band_of(*score.stats.mean_to))
                        score.band_to = band->id;
            }
            group.scores.push_back(std::move(score));
        }
        group.instrument = extras[g];
        report.groups.push_back(std::move(group));
    }
    return report;
}

}  // namespace sonda
