// build_report: from the store to a Report. One scan reads every response's
// scores and numeric item answers as dictionary-encoded columns, grouped in
// memory: Cronbach's alpha is gathered from the item answers as they pass,
// and each group's instrument accumulator (sonda/plugin/extras.hpp) says from
// the scores which responses it needs whole; only those are read and parsed,
// a page at a time. Every statistic is compare_score's; suppression is the
// stats module's rule, applied across the sibling groups of each score.
#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <thread>
#include <unordered_map>

#include "code_pairing.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/plugin_failure.hpp"
#include "sonda/report/protected_table.hpp"
#include "sonda/report/report.hpp"
#include "sonda/stats/item_moments.hpp"
#include "sonda/stats/suppression.hpp"

namespace sonda {

namespace {

// Below this many responses a second thread costs more than it saves.
constexpr long long kParallelFrom = 50000;

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

// The two waves to compare: as asked, or by default the first and the last
// wave of the study that hold responses to the form (baseline against latest).
std::pair<std::string, std::string> resolve_waves(const Study& study, Store& store,
                                                  const ResponseFilter& base,
                                                  const ReportRequest& request) {
    std::vector<Issue> issues;
    for (const auto& [name, id] :
         {std::pair<const char*, const std::string&>{"from", request.from_wave},
          {"to", request.to_wave}})
        if (!id.empty() && !study.wave(id))
            issues.push_back({Location{"", 0, "", ""}, i18n::message("request.unknown_wave", id,
                                                                     name, join(wave_ids(study)))});
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    if (!request.from_wave.empty() && request.from_wave == request.to_wave)
        throw UsageError(i18n::message("request.same_wave", request.from_wave));
    if (!request.from_wave.empty() && !request.to_wave.empty())
        return {request.from_wave, request.to_wave};

    std::vector<std::string> with_data;
    for (const Wave& wave : study.waves) {
        ResponseFilter filter = base;
        filter.waves = {wave.id};
        if (store.any_response(filter)) with_data.push_back(wave.id);
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
        // The baseline: the first wave with data, what every change is
        // measured from unless the evaluator names another.
        for (const std::string& wave : with_data)
            if (wave_position(study, wave) < wave_position(study, to)) {
                from = wave;
                break;
            }
    }
    if (from.empty() || to.empty())
        throw InvalidInput(
            Location{"", 0, "", ""},
            with_data.empty()
                ? i18n::message("request.no_waves.none", base.form, join(wave_ids(study)))
                : i18n::message("request.no_waves.only", base.form, join(with_data),
                                request.from_wave.empty()
                                    ? std::string()
                                    : i18n::message("request.no_waves.after", request.from_wave),
                                join(wave_ids(study))));
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

// A filter that names every id of the study selects the same cell as none.
template <typename Entries>
std::vector<std::string> distinct_filter(const std::vector<std::string>& filter,
                                         const Entries& listed) {
    std::vector<std::string> out;
    for (const std::string& id : filter)
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    if (out.size() == listed.size()) out.clear();
    return out;
}

// The territory and role every group of the report shares ("" = all): a
// filter on a dimension the report does not group by must name one of them,
// so that each group is a cell of the protected table. A total over a subset
// (two territories, three roles) is a new sum that, subtracted from a
// published one, gives away the rest: it is refused.
std::pair<std::string, std::string> fixed_cell(const Study& study, const ReportRequest& request) {
    const std::vector<std::string> territories =
        distinct_filter(request.territories, study.territories);
    const std::vector<std::string> roles = distinct_filter(request.roles, study.roles);
    const auto refuse = [&](const char* kind, const char* kinds,
                            const std::vector<std::string>& ids, const char* by) {
        throw UsageError(
            std::string("a report ") +
            (request.by == GroupBy::None
                 ? "with --by none"
                 : "grouped by " +
                       std::string(request.by == GroupBy::Territory ? "territory" : "role")) +
            " over the " + kinds + " " + join(ids) +
            " would publish their combined total, which is no group of the "
            "study's protected table: subtracted from another report it could "
            "give away a withheld group. Ask for one " +
            kind + ", or for each of them with --by " + by);
    };
    if (request.by != GroupBy::Territory && territories.size() > 1)
        refuse("territory", "territories", territories, "territory");
    if (request.by != GroupBy::Role && roles.size() > 1) refuse("role", "roles", roles, "role");
    return {request.by == GroupBy::Territory || territories.empty() ? "" : territories.front(),
            request.by == GroupBy::Role || roles.empty() ? "" : roles.front()};
}

// --form-version reads one version's responses: a subset of the table's
// cells unless no other version has responses in these waves.
void check_single_version(Project& project, const Form& form, const ReportRequest& request,
                          const std::vector<std::string>& waves) {
    if (!request.form_version) return;
    for (const Form& other : project.forms()) {
        if (other.id != form.id || other.version == form.version) continue;
        ResponseFilter filter;
        filter.form = form.id;
        filter.form_version = other.version;
        filter.waves = waves;
        if (project.store().any_response(filter))
            throw UsageError(
                i18n::message("request.form_version_part", form.version, form.id, other.version));
    }
}

// One group's data for one score: when the score has several items, alpha's
// sufficient statistics per wave, gathered as the responses stream past.
struct Cell {
    ItemMoments items_from, items_to;
};

// One wave of a group: its respondents and, per score definition, their
// values in the same order (the scan's). With an instrument accumulator, also
// each row's territory and role, and the rows it needs whole, by id.
struct Side {
    std::vector<std::uint32_t> respondents;
    std::vector<std::vector<double>> values;
    std::vector<std::int32_t> territories, roles;
    std::vector<std::uint32_t> wanted_rows;  // ascending
    std::vector<std::string> wanted_ids;     // aligned with wanted_rows
};

struct GroupData {
    std::string id;
    Side sides[2];            // from, to
    std::vector<Cell> cells;  // one per score definition
    bool shown = true;
    Withheld withheld = Withheld::No;
};

// Responses are read whole in pages of this many ids.
constexpr std::size_t kResponsesPerRead = 500;

// Replays one group's rows into its accumulator in the scan's order (wave by
// wave in the study's order), reading the responses it asked for a page at a
// time. `first` is the side whose wave the study lists first.
void feed_extras(GroupData& group, ExtrasAccumulator& extras, int first,
                 const ScoreDictionaries& dictionaries, Store& store) {
    std::vector<double> scores;
    std::unordered_map<std::string, Response> page;
    for (const int side : {first, 1 - first}) {
        Side& rows = group.sides[side];
        std::size_t wanted = 0;
        for (std::size_t row = 0; row < rows.respondents.size(); ++row) {
            scores.clear();
            for (const std::vector<double>& values : rows.values) scores.push_back(values[row]);
            ResponseView view;
            view.side = static_cast<WaveSide>(side);
            view.territory =
                dictionaries.territories[static_cast<std::size_t>(rows.territories[row])];
            view.role = dictionaries.roles[static_cast<std::size_t>(rows.roles[row])];
            if (rows.respondents[row] != CodedScoreInput::kAnonymous)
                view.respondent = dictionaries.respondents[rows.respondents[row]];
            view.scores = scores;
            if (wanted < rows.wanted_rows.size() && rows.wanted_rows[wanted] == row) {
                if (wanted % kResponsesPerRead == 0) {
                    page.clear();
                    const auto from = rows.wanted_ids.begin() + static_cast<std::ptrdiff_t>(wanted);
                    const std::vector<std::string> ids(
                        from, from + static_cast<std::ptrdiff_t>(std::min(
                                         kResponsesPerRead, rows.wanted_ids.size() - wanted)));
                    store.read_responses(ids, [&](const StoredResponse& stored) {
                        page.insert_or_assign(stored.response.id, stored.response);
                    });
                }
                const std::string& id = rows.wanted_ids[wanted++];
                const auto found = page.find(id);
                if (found == page.end())
                    throw StorageError(i18n::message("request.removed_while_reading", id));
                view.id = id;
                view.response = &found->second;
            }
            extras.add(view);
        }
        std::vector<std::string>().swap(rows.wanted_ids);
        std::vector<std::uint32_t>().swap(rows.wanted_rows);
    }
}

// What a report says when the instrument's plugin failed: who and in which
// call, never the response or the plugin's words (Report::plugin_failures).
ReportNote left_out(ReportNote::Kind kind, const PluginFailure& failure) {
    ReportNote note;
    note.kind = kind;
    note.plugin = failure.fault().plugin;
    note.version = failure.fault().version;
    note.call = failure.fault().call;
    return note;
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
    report.instrument = form.plugin;
    report.form_title = form.title;
    report.by = request.by;
    report.min_cell = request.min_cell.value_or(study.min_cell);
    report.study_min_cell = study.min_cell;
    if (report.min_cell < 1)
        throw UsageError(
            i18n::message("request.min_cell_low", static_cast<long long>(report.min_cell)));
    // k only goes up: a smaller one is for evaluators holding the raw data,
    // who say so by turning suppression off (the output then carries a banner).
    if (request.suppression && report.min_cell < study.min_cell)
        throw UsageError(i18n::message("request.min_cell_below",
                                       static_cast<long long>(report.min_cell),
                                       static_cast<long long>(study.min_cell)));
    report.suppression =
        request.suppression || (request.min_cell && *request.min_cell >= study.min_cell);
    // With suppression off a given --min-cell is still applied, but the
    // output is marked as not protected by the study's rule.
    const bool protect = request.suppression || request.min_cell.has_value();
    const auto [fixed_territory, fixed_role] = fixed_cell(study, request);
    report.score_definitions = instrument.score_definitions(form);
    // Stored scores computed by another plugin version than the loaded one
    // may not be what it computes now.
    const Scorer loaded = project.scorer(form);
    for (const Scorer& other : store.other_scorers(form.id, loaded)) {
        ReportNote note;
        note.kind = ReportNote::Kind::ScoredByOther;
        note.plugin = loaded.plugin;
        note.version = loaded.version;
        note.scorer = other;
        report.notes.push_back(std::move(note));
    }

    ResponseFilter filter;
    filter.form = form.id;
    filter.form_version = request.form_version;
    filter.territories = request.territories;
    filter.roles = request.roles;
    std::tie(report.from_wave, report.to_wave) = resolve_waves(study, store, filter, request);
    filter.waves = {report.from_wave, report.to_wave};
    check_single_version(project, form, request, filter.waves);
    // The protected table's counts come from the same scan as the figures
    // (one read of the store, one snapshot) unless a filter narrows the
    // report below the whole table, which counts every version, territory
    // and role: then it has its own scan.
    ProtectedTable table;
    std::optional<ProtectedTableBuilder> table_builder;
    const bool own_table_scan = protect && (!filter.territories.empty() || !filter.roles.empty() ||
                                            filter.form_version.has_value());
    if (own_table_scan) table = protect_form(project, form, filter.waves, report.min_cell);
    if (protect && !own_table_scan) {
        table_builder.emplace(project, form, filter.waves, report.min_cell);
        filter.waves = table_builder->scan_filter().waves;  // every wave of the study
    }
    // The cell of the protected table a group is, and what it may name inside.
    const auto cell_of = [&, fixed_territory = fixed_territory,
                          fixed_role = fixed_role](const std::string& group) {
        return std::pair<std::string, std::string>{
            request.by == GroupBy::Territory ? group : fixed_territory,
            request.by == GroupBy::Role ? group : fixed_role};
    };

    const std::vector<ScoreDefinition>& definitions = report.score_definitions;
    report.items_read = !request.scores_only;
    const bool needs_items =
        !request.scores_only &&
        std::any_of(definitions.begin(), definitions.end(),
                    [](const ScoreDefinition& d) { return d.items.size() >= 2; });
    CompareOptions options;
    options.min_cell = report.min_cell;
    options.suppression = report.suppression;
    options.language = request.language;
    if (!request.scores_only) options.overrides = store.overrides(form.id);
    // What a group's instrument accumulator may name and list: its cell of
    // the protected table decides, and the table is known before any response.
    const auto options_for = [&](const std::string& group) {
        CompareOptions cell_options = options;
        if (protect) {
            const auto [territory, role] = cell_of(group);
            cell_options.unnamed_territories = territory.empty()
                                                   ? table.withheld_territories_within(role)
                                                   : std::set<std::string>{};
            cell_options.unnamed_roles =
                role.empty() ? table.withheld_roles_within(territory) : std::set<std::string>{};
            cell_options.list_texts = role.empty();
        }
        return cell_options;
    };

    // One pass over the score sets, straight into per-group columns: each
    // group and wave side keeps its respondents' codes and, per score
    // definition, their values aligned with them (NaN when missing). The
    // item answers go into alpha's moments as they pass; the ids of the rows
    // an accumulator needs whole are kept for after the scan.
    filter.scan_ids = !request.scores_only;
    filter.scan_items = needs_items;
    // Which responses the instrument needs whole is judged from their scores
    // during the scan, by an accumulator that is never fed: the groups' own
    // accumulators are started after the scan, when the table that decides
    // their options is complete.
    // A plugin that fails costs the report its additions, never the scores.
    std::unique_ptr<ExtrasAccumulator> probe;
    const auto give_up_extras = [&](const PluginFailure& failure) {
        report.notes.push_back(left_out(ReportNote::Kind::AllExtrasLeftOut, failure));
        report.plugin_failures.push_back(failure.fault().message() +
                                         "; what it adds is left out of every group");
        probe.reset();
    };
    if (!request.scores_only) {
        try {
            probe = instrument.start_comparison(form, options);
        } catch (const PluginFailure& failure) {
            give_up_extras(failure);
        }
    }
    ScoreDictionaries dictionaries;
    std::vector<int> side_of_wave;
    std::vector<int> column_of_definition(definitions.size(), -1);   // -1: no layout has it
    std::vector<std::vector<int>> item_columns(definitions.size());  // -1: never answered
    // -1 for an item the score counts reversed: for alpha, min + max - x and
    // -x are the same (variances kept, covariances with the others turned).
    std::vector<std::vector<double>> item_signs(definitions.size());
    std::vector<std::unique_ptr<GroupData>> by_code;  // by territory or role code; [0] for none
    const std::vector<std::string>* group_dictionary = nullptr;
    std::vector<double> scores, items;
    // Per respondent: its territory (code_pairing.hpp).
    std::vector<std::int32_t> respondent_territory;
    store.scan_scores(filter, dictionaries, [&](const ScoreBatch& batch) {
        if (table_builder) table_builder->add(dictionaries, batch);
        if (side_of_wave.empty()) {  // the dictionaries of waves and scores are complete now
            for (const std::string& wave : dictionaries.waves)
                side_of_wave.push_back(wave == report.from_wave ? 0
                                       : wave == report.to_wave ? 1
                                                                : -1);
            for (std::size_t d = 0; d < definitions.size(); ++d) {
                for (std::size_t score = 0; score < dictionaries.scores.size(); ++score)
                    if (definitions[d].name == dictionaries.scores[score])
                        column_of_definition[d] = static_cast<int>(score);
                if (!needs_items || definitions[d].items.size() < 2) continue;
                for (const std::string& item : definitions[d].items) {
                    const std::vector<std::string>& reversed = definitions[d].reversed_items;
                    item_signs[d].push_back(
                        std::find(reversed.begin(), reversed.end(), item) == reversed.end() ? 1.0
                                                                                            : -1.0);
                    const auto at =
                        std::find(dictionaries.items.begin(), dictionaries.items.end(), item);
                    item_columns[d].push_back(
                        at == dictionaries.items.end()
                            ? -1
                            : static_cast<int>(at - dictionaries.items.begin()));
                }
            }
            group_dictionary =
                request.by == GroupBy::Territory ? &dictionaries.territories : &dictionaries.roles;
        }
        const std::span<const std::int32_t> group_codes =
            request.by == GroupBy::Territory ? batch.territory : batch.role;
        for (std::size_t row = 0; row < batch.size; ++row) {
            const int side = side_of_wave[static_cast<std::size_t>(batch.wave[row])];
            if (side < 0) continue;
            ++report.responses_read;
            const auto code =
                request.by == GroupBy::None ? 0 : static_cast<std::size_t>(group_codes[row]);
            if (by_code.size() <= code) by_code.resize(code + 1);
            if (!by_code[code]) {
                by_code[code] = std::make_unique<GroupData>();
                GroupData& group = *by_code[code];
                group.id = request.by == GroupBy::None ? "all" : (*group_dictionary)[code];
                for (const ScoreDefinition& definition : definitions)
                    group.cells.push_back(Cell{ItemMoments(definition.items.size()),
                                               ItemMoments(definition.items.size())});
                for (Side& wave_side : group.sides) wave_side.values.resize(definitions.size());
            }
            GroupData& group = *by_code[code];
            Side& wave_side = group.sides[side];
            const auto respondent = static_cast<std::size_t>(batch.respondent[row]);
            wave_side.respondents.push_back(static_cast<std::uint32_t>(respondent));
            if (respondent_territory.size() <= respondent)
                respondent_territory.resize(respondent + 1, -1);
            respondent_territory[respondent] = batch.territory[row];
            const double* values = &batch.values[row * batch.width];
            scores.clear();
            for (std::size_t d = 0; d < definitions.size(); ++d) {
                const int column = column_of_definition[d];
                scores.push_back(column < 0 ? std::nan("") : values[column]);
                wave_side.values[d].push_back(scores.back());
            }
            for (std::size_t d = 0; needs_items && d < definitions.size(); ++d) {
                if (item_columns[d].empty()) continue;
                items.clear();
                for (std::size_t i = 0; i < item_columns[d].size(); ++i) {
                    const int column = item_columns[d][i];
                    items.push_back(column < 0 ? std::nan("")
                                               : item_signs[d][i] *
                                                     batch.items[row * batch.item_width +
                                                                 static_cast<std::size_t>(column)]);
                }
                Cell& cell = group.cells[d];
                (side == 0 ? cell.items_from : cell.items_to).add_row(items);
            }
            if (!probe) continue;
            wave_side.territories.push_back(batch.territory[row]);
            wave_side.roles.push_back(batch.role[row]);
            bool wanted = false;
            try {
                wanted = probe->wants_response(scores);
            } catch (const PluginFailure& failure) {
                give_up_extras(failure);
            }
            if (wanted) {
                wave_side.wanted_rows.push_back(
                    static_cast<std::uint32_t>(wave_side.respondents.size() - 1));
                wave_side.wanted_ids.push_back(batch.ids[row]);
            }
        }
    });
    if (table_builder) {
        table = table_builder->finish(dictionaries);
        table_builder.reset();
    }
    // Respondents without a code are never paired.
    for (auto& group : by_code)
        if (group)
            for (Side& wave_side : group->sides)
                for (std::uint32_t& respondent : wave_side.respondents)
                    if (dictionaries.respondents[respondent].empty())
                        respondent = CodedScoreInput::kAnonymous;

    // Groups in the study's order, then any the study does not list.
    std::vector<std::string> present;
    for (const auto& group : by_code)
        if (group) present.push_back(group->id);
    std::vector<std::string> group_ids;
    auto add_groups = [&](const auto& listed) {
        for (const auto& entry : listed)
            if (std::find(present.begin(), present.end(), entry.id) != present.end())
                group_ids.push_back(entry.id);
        for (const std::string& id : present)
            if (std::find(group_ids.begin(), group_ids.end(), id) == group_ids.end())
                group_ids.push_back(id);
    };
    if (request.by == GroupBy::Territory)
        add_groups(study.territories);
    else if (request.by == GroupBy::Role)
        add_groups(study.roles);
    else
        group_ids = present;
    std::vector<GroupData> groups;
    for (const std::string& id : group_ids)
        for (auto& group : by_code)
            if (group && group->id == id) {
                groups.push_back(std::move(*group));
                group.reset();
            }
    const auto respondent_count = static_cast<std::uint32_t>(dictionaries.respondents.size());
    const auto respondent_name = [&](std::uint32_t code) { return dictionaries.respondents[code]; };
    auto coded_input = [&](const GroupData& group, std::size_t d) {
        CodedScoreInput input;
        input.score = definitions[d].name;
        const Side& from = group.sides[0];
        const Side& to = group.sides[1];
        input.from_respondents = from.respondents;
        input.to_respondents = to.respondents;
        input.from_values = from.values[d];
        input.to_values = to.values[d];
        input.respondent_count = respondent_count;
        input.respondent_name = respondent_name;
        input.items_from = &group.cells[d].items_from;
        input.items_to = &group.cells[d].items_to;
        return input;
    };

    std::vector<std::vector<ScoreComparison>> comparisons(groups.size());
    // Groups are independent: a second thread takes every other one (the
    // sorting behind medians and rank tests is most of this at 1M responses).
    auto compare_all = [&]() {
        const auto compare_group = [&](std::size_t g) {
            comparisons[g].clear();
            for (std::size_t d = 0; d < definitions.size(); ++d)
                comparisons[g].push_back(compare_score(coded_input(groups[g], d)));
        };
        if (groups.size() < 2 || report.responses_read < kParallelFrom) {
            for (std::size_t g = 0; g < groups.size(); ++g) compare_group(g);
            return;
        }
        std::exception_ptr helper_error;
        // The helper speaks the caller's language: its errors reach the caller.
        std::thread helper([&, language = i18n::message_language()] {
            const i18n::MessageLanguage scope{language};
            try {
                for (std::size_t g = 1; g < groups.size(); g += 2) compare_group(g);
            } catch (...) {
                helper_error = std::current_exception();
            }
        });
        std::exception_ptr own_error;
        try {
            for (std::size_t g = 0; g < groups.size(); g += 2) compare_group(g);
        } catch (...) {
            own_error = std::current_exception();
        }
        helper.join();
        if (own_error) std::rethrow_exception(own_error);
        if (helper_error) std::rethrow_exception(helper_error);
    };
    // Every group is one cell of the protected table and is withheld exactly
    // when that cell is. The primary rule on its own figures can only agree;
    // it stays as a guard.
    auto suppress_all = [&]() {
        if (!protect) return;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto [territory, role] = cell_of(groups[g].id);
            Withheld status = table.status(territory, role);
            if (status == Withheld::No)
                for (const ScoreComparison& comparison : comparisons[g])
                    if (needs_suppression(comparison, report.min_cell)) status = Withheld::Small;
            groups[g].withheld = status;
            if (status != Withheld::No)
                for (ScoreComparison& comparison : comparisons[g]) suppress(comparison);
        }
    };
    // Each group's extras, from the rows kept in the scan and the responses
    // its accumulator asked for; before the statistics, so that every figure
    // is computed once.
    std::vector<Poco::JSON::Object::Ptr> compared(groups.size());
    const int first_side =
        wave_position(study, report.from_wave) <= wave_position(study, report.to_wave) ? 0 : 1;
    std::vector<std::vector<ReportNote>> group_notes(groups.size());
    for (std::size_t g = 0; g < groups.size() && probe; ++g) {
        try {
            const std::unique_ptr<ExtrasAccumulator> extras =
                instrument.start_comparison(form, options_for(groups[g].id));
            if (!extras) continue;
            feed_extras(groups[g], *extras, first_side, dictionaries, store);
            compared[g] = extras->finish();
        } catch (const PluginFailure& failure) {
            group_notes[g].push_back(left_out(ReportNote::Kind::ExtrasLeftOut, failure));
            report.plugin_failures.push_back(failure.fault().message() +
                                             "; what it adds is left out of group '" +
                                             groups[g].id + "'");
        }
    }
    compare_all();
    suppress_all();
    std::vector<Poco::JSON::Object::Ptr> extras(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        groups[g].shown =
            std::any_of(comparisons[g].begin(), comparisons[g].end(), [](const ScoreComparison& c) {
                return !c.suppressed && (c.n_from > 0 || c.n_to > 0);  // empty cells show nothing
            });
        // A withheld group keeps only extras its instrument marks
        // "team_level": a team's own statement (a territory's plan), not
        // persons' answers. Everything else stays withheld with it.
        if (groups[g].shown || team_level(compared[g])) extras[g] = std::move(compared[g]);
    }
    // Pairing counts only the groups shown: a withheld group's size must not
    // come out of a sentence about codes.
    std::vector<std::uint8_t> sides(respondent_territory.size(), 0);
    for (const GroupData& group : groups) {
        if (!group.shown) {
            report.pairing.withheld_left_out = report.pairing.withheld_left_out ||
                                               !group.sides[0].respondents.empty() ||
                                               !group.sides[1].respondents.empty();
            continue;
        }
        for (int side = 0; side < 2; ++side)
            for (std::uint32_t respondent : group.sides[side].respondents)
                if (respondent < sides.size())
                    sides[respondent] |= static_cast<std::uint8_t>(1 << side);
    }
    const bool withheld_left_out = report.pairing.withheld_left_out;
    report.pairing = report_detail::pair_codes(dictionaries.respondents, respondent_territory,
                                               sides, study.respondent_code);
    report.pairing.withheld_left_out = withheld_left_out;

    for (std::size_t g = 0; g < groups.size(); ++g) {
        GroupReport group;
        group.group = groups[g].id;
        group.label = group_label(study, request.by, group.group);
        for (std::size_t d = 0; d < definitions.size(); ++d) {
            ScoreReport score;
            score.stats = std::move(comparisons[g][d]);
            score.withheld = groups[g].withheld;
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
        group.withheld = groups[g].withheld;
        group.notes = std::move(group_notes[g]);
        report.groups.push_back(std::move(group));
    }
    return report;
}

}  // namespace sonda
