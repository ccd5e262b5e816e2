#include "sonda/report/protected_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"

namespace sonda {

namespace {

std::size_t position_of(const std::vector<std::string>& ids, const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
}

// The study's ids in its order, then any the data names that it does not list.
template <typename Entries>
std::vector<std::string> classification(const Entries& listed,
                                        const std::vector<std::string>& present) {
    std::vector<std::string> ids;
    for (const auto& entry : listed) ids.push_back(entry.id);
    for (const std::string& id : present)
        if (!id.empty() && position_of(ids, id) == ids.size()) ids.push_back(id);
    return ids;
}

// One response as the table needs it.
struct Row {
    std::uint8_t side;      // index into the waves shown
    std::uint32_t row, col;  // 1-based: territory and role
    std::int32_t respondent;
    std::uint64_t answered;  // bit d: score d has a value (d < 64; more scores share bit 63)
};

constexpr std::size_t kMaskBits = 64;

std::size_t mask_bit(std::size_t score) { return std::min(score, kMaskBits - 1); }

// Dimensions of one wave's table: its respondents, then each score's n.
TableCounts wave_counts(const std::vector<Row>& rows, std::size_t side, std::size_t territories,
                        std::size_t roles, std::size_t scores) {
    TableCounts table{territories, roles, {}};
    const std::size_t respondents = table.add_dimension();
    for (std::size_t d = 0; d < scores; ++d) table.add_dimension();
    for (const Row& row : rows) {
        if (row.side != side) continue;
        table.add(respondents, row.row, row.col);
        for (std::size_t d = 0; d < scores; ++d)
            if (row.answered >> mask_bit(d) & 1) table.add(respondents + 1 + d, row.row, row.col);
    }
    return table;
}

// Dimensions of the pairs between two waves: respondents in both, then each
// score's pairs. Codes are scoped by territory, so a pair never crosses
// territories; one who changed role pairs in the territory and in everyone,
// not in a role (as the report pairs them).
TableCounts pair_counts(const std::vector<Row>& rows, std::size_t territories, std::size_t roles,
                        std::size_t scores, std::size_t respondent_count) {
    TableCounts table{territories, roles, {}};
    const std::size_t respondents = table.add_dimension();
    for (std::size_t d = 0; d < scores; ++d) table.add_dimension();
    std::vector<const Row*> first(respondent_count, nullptr);
    for (const Row& row : rows)
        if (row.side == 0 && row.respondent >= 0 &&
            static_cast<std::size_t>(row.respondent) < respondent_count)
            first[static_cast<std::size_t>(row.respondent)] = &row;
    const auto count = [&](std::size_t dimension, const Row& from, const Row& to) {
        if (from.col == to.col) {
            table.add(dimension, to.row, to.col);
            return;
        }
        table.dimensions[dimension][table.index(to.row, 0)] += 1;
        table.dimensions[dimension][table.index(0, 0)] += 1;
    };
    for (const Row& row : rows) {
        if (row.side != 1 || row.respondent < 0) continue;
        const Row* from = first[static_cast<std::size_t>(row.respondent)];
        if (!from) continue;
        count(respondents, *from, row);
        for (std::size_t d = 0; d < scores; ++d)
            if (row.answered >> mask_bit(d) & from->answered >> mask_bit(d) & 1)
                count(respondents + 1 + d, *from, row);
    }
    return table;
}

std::vector<Withheld> either(const std::vector<Withheld>& a, const std::vector<Withheld>& b) {
    std::vector<Withheld> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = a[i] == Withheld::Small || b[i] == Withheld::Small ? Withheld::Small
                 : a[i] != Withheld::No || b[i] != Withheld::No     ? Withheld::Protects
                                                                     : Withheld::No;
    return out;
}

}  // namespace

Withheld ProtectedTable::status(const std::string& territory, const std::string& role) const {
    const std::size_t row = territory.empty() ? 0 : position_of(territories, territory) + 1;
    const std::size_t col = role.empty() ? 0 : position_of(roles, role) + 1;
    if (row > territories.size() || col > roles.size()) return Withheld::No;
    return pattern[row * (roles.size() + 1) + col];
}

std::set<std::string> ProtectedTable::withheld_territories_within(const std::string& role) const {
    std::set<std::string> out;
    for (const std::string& territory : territories)
        if (status(territory, role) != Withheld::No) out.insert(territory);
    return out;
}

std::set<std::string> ProtectedTable::withheld_roles_within(const std::string& territory) const {
    std::set<std::string> out;
    for (const std::string& role : roles)
        if (status(territory, role) != Withheld::No) out.insert(role);
    return out;
}

long long ProtectedTable::withheld_cells(Withheld reason) const {
    return std::count(pattern.begin(), pattern.end(), reason);
}

ProtectedTable protect_form(Project& project, const Form& form,
                            const std::vector<std::string>& waves, int min_cell) {
    if (waves.empty() || waves.size() > 2)
        throw std::invalid_argument("protect_form: one or two waves");
    const std::vector<ScoreDefinition> definitions =
        project.instrument(form).score_definitions(form);
    ResponseFilter filter;
    filter.form = form.id;  // every version: a version is no group of the table
    filter.waves = waves;

    ScoreDictionaries dictionaries;
    std::vector<int> side_of_wave;
    std::vector<int> column_of_definition(definitions.size(), -1);
    std::vector<Row> rows;
    project.store().scan_scores(filter, dictionaries, [&](const ScoreBatch& batch) {
        if (side_of_wave.empty()) {
            for (const std::string& wave : dictionaries.waves)
                side_of_wave.push_back(static_cast<int>(position_of(waves, wave)));
            for (std::size_t d = 0; d < definitions.size(); ++d)
                for (std::size_t s = 0; s < dictionaries.scores.size(); ++s)
                    if (definitions[d].name == dictionaries.scores[s])
                        column_of_definition[d] = static_cast<int>(s);
        }
        for (std::size_t i = 0; i < batch.size; ++i) {
            const int side = side_of_wave[static_cast<std::size_t>(batch.wave[i])];
            if (side >= static_cast<int>(waves.size())) continue;
            Row row{static_cast<std::uint8_t>(side), static_cast<std::uint32_t>(batch.territory[i]),
                    static_cast<std::uint32_t>(batch.role[i]), batch.respondent[i], 0};
            for (std::size_t d = 0; d < definitions.size(); ++d) {
                const int column = column_of_definition[d];
                if (column >= 0 && !std::isnan(batch.value(i, static_cast<std::size_t>(column))))
                    row.answered |= std::uint64_t{1} << mask_bit(d);
            }
            rows.push_back(row);
        }
    });

    ProtectedTable table;
    table.min_cell = min_cell;
    const Study& study = project.study();
    table.territories = classification(study.territories, dictionaries.territories);
    table.roles = classification(study.roles, dictionaries.roles);
    // Dictionary codes to 1-based rows and columns of the table.
    for (Row& row : rows) {
        row.row = static_cast<std::uint32_t>(
            position_of(table.territories, dictionaries.territories[row.row]) + 1);
        row.col = static_cast<std::uint32_t>(position_of(table.roles, dictionaries.roles[row.col]) + 1);
        if (dictionaries.respondents[static_cast<std::size_t>(row.respondent)].empty())
            row.respondent = -1;  // no code: never paired
    }
    const std::size_t t = table.territories.size(), r = table.roles.size();
    const std::size_t d = definitions.size();
    std::vector<Withheld> pattern = protect_table(wave_counts(rows, 0, t, r, d), min_cell);
    if (waves.size() == 2) {
        pattern = either(pattern, protect_table(wave_counts(rows, 1, t, r, d), min_cell));
        pattern = protect_table(pair_counts(rows, t, r, d, dictionaries.respondents.size()),
                                min_cell, pattern);
    }
    table.pattern = std::move(pattern);
    return table;
}

}  // namespace sonda
