#include "demo_data.hpp"

#include "sonda/demo/demo_file.hpp"

namespace sonda::demo {

namespace {

void read_respondents(const std::string& file, DemoSetup& setup) {
    const DemoFile reader(file);
    const auto territories = reader.array(reader.root(), "territories", "$");
    for (std::size_t t = 0; t < territories->size(); ++t) {
        const std::string path = "$.territories[" + std::to_string(t) + "]";
        const auto territory = reader.entry(territories, t, "$.territories");
        const std::string territory_id = reader.string(territory, "territory", path);
        const auto respondents = reader.array(territory, "respondents", path);
        for (std::size_t r = 0; r < respondents->size(); ++r) {
            const std::string here = path + ".respondents[" + std::to_string(r) + "]";
            const auto entry = reader.entry(respondents, r, path + ".respondents");
            DemoRespondent respondent;
            respondent.code = reader.string(entry, "code", here);
            respondent.territory = territory_id;
            respondent.role = reader.string(entry, "role", here);
            respondent.waves = reader.strings(reader.array(entry, "waves", here), here + ".waves");
            setup.respondents.push_back(std::move(respondent));
        }
    }
}

std::map<std::string, double> offsets(const DemoFile& reader, const Poco::JSON::Object::Ptr& likert,
                                      const std::string& key) {
    std::map<std::string, double> out;
    const auto object = reader.object(likert, key, "$.likert");
    for (const auto& [id, ignored] : *object)
        out[id] = reader.number(object, id, "$.likert." + key);
    return out;
}

void read_story(const std::string& file, DemoSetup& setup) {
    const DemoFile reader(file);
    setup.instruments =
        reader.strings(reader.array(reader.root(), "instruments", "$"), "$.instruments");
    const auto likert = reader.object(reader.root(), "likert", "$");
    DemoLikertStory& story = setup.likert;
    story.base = reader.number(likert, "base", "$.likert");
    const auto gains = reader.array(likert, "wave_gain", "$.likert");
    if (gains->size() != 3)
        reader.fail("$.likert.wave_gain",
                    "must list three gains: the first wave's, the "
                    "second's and any later one's");
    for (unsigned i = 0; i < 3; ++i) {
        const Poco::Dynamic::Var gain = gains->get(i);
        if (!gain.isNumeric() || gain.isBoolean())
            reader.fail("$.likert.wave_gain[" + std::to_string(i) + "]", "must be a number");
        story.wave_gain[i] = gain.convert<double>();
    }
    story.person_spread = reader.number(likert, "person_spread", "$.likert");
    story.item_spread = reader.number(likert, "item_spread", "$.likert");
    story.territory_offset = offsets(reader, likert, "territory_offset");
    story.dimension_offset = offsets(reader, likert, "dimension_offset");
}

}  // namespace

DemoSetup load_demo_setup(const std::string& folder) {
    DemoSetup setup;
    read_respondents(folder + "/respondents.json", setup);
    read_story(folder + "/story.json", setup);
    return setup;
}

}  // namespace sonda::demo
