// Store::load_scores: scan_scores unrolled into long form, for tests and
// small reads that want one row per (response, score). A score that another
// layout of the form has and this response's has not is a missing value
// (NaN), as it is for the statistics.

#include "sonda/store/store.hpp"

namespace sonda {

ScoreColumns Store::load_scores(const ResponseFilter& filter) {
    ScoreDictionaries dictionaries;
    ScoreColumns columns;
    scan_scores(filter, dictionaries, [&](const ScoreBatch& batch) {
        for (std::size_t response = 0; response < batch.size; ++response)
            for (std::size_t score = 0; score < batch.width; ++score) {
                columns.score.push_back(static_cast<std::int32_t>(score));
                columns.wave.push_back(batch.wave[response]);
                columns.territory.push_back(batch.territory[response]);
                columns.role.push_back(batch.role[response]);
                columns.respondent.push_back(batch.respondent[response]);
                columns.value.push_back(batch.value(response, score));
            }
    });
    columns.scores = std::move(dictionaries.scores);
    columns.waves = std::move(dictionaries.waves);
    columns.territories = std::move(dictionaries.territories);
    columns.roles = std::move(dictionaries.roles);
    columns.respondents = std::move(dictionaries.respondents);
    return columns;
}

}  // namespace sonda
