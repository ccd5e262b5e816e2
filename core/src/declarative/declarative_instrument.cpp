#include "declarative_instrument.hpp"

#include <map>
#include <mutex>

#include "score_recipe.hpp"

namespace sonda {

namespace {

using declarative::ScoreRecipe;

// A form's recipes, read once: import scores every response with them. A form
// is known by its definition object (held, so its address is not reused) and
// those of its items, so a Form assembled by hand with other items is never
// served stale recipes.
class RecipeCache {
  public:
    std::shared_ptr<const std::vector<ScoreRecipe>> recipes(const Form& form) {
        std::vector<const Poco::JSON::Object*> items;
        for (const Item& item : form.items) items.push_back(item.definition.get());
        if (form.definition) {
            const std::lock_guard<std::mutex> lock(m_mutex);
            const auto found = m_cache.find(form.definition.get());
            if (found != m_cache.end() && found->second.items == items)
                return found->second.recipes;
        }
        std::vector<Issue> issues;
        auto recipes = std::make_shared<const std::vector<ScoreRecipe>>(
            declarative::read_score_recipes(form, issues));
        // Forms reach scoring only after check_form passed; this is a form
        // built by hand or changed since.
        if (!issues.empty()) throw InvalidInput(std::move(issues));
        if (form.definition) {
            const std::lock_guard<std::mutex> lock(m_mutex);
            // A host reloading forms for ever must not grow this for ever.
            if (m_cache.size() >= kMaxForms) m_cache.clear();
            m_cache.insert_or_assign(form.definition.get(),
                                     Cached{form.definition, std::move(items), recipes});
        }
        return recipes;
    }

  private:
    static constexpr std::size_t kMaxForms = 64;
    struct Cached {
        Poco::JSON::Object::Ptr definition;
        std::vector<const Poco::JSON::Object*> items;
        std::shared_ptr<const std::vector<ScoreRecipe>> recipes;
    };
    std::mutex m_mutex;
    std::map<const Poco::JSON::Object*, Cached> m_cache;
};

class DeclarativeInstrument final : public Instrument {
  public:
    std::string id() const override { return kDeclarativeInstrumentId; }

    LocalizedText description() const override {
        LocalizedText text;
        text.set("en", "Scores declared in the form file: means or sums of its items");
        text.set("it", "Punteggi dichiarati nel file del modulo: medie o somme dei suoi item");
        return text;
    }

    void check_form(const Form& form, std::vector<Issue>& issues) const override {
        declarative::read_score_recipes(form, issues);
    }

    std::vector<ScoreDefinition> score_definitions(const Form& form) const override {
        std::vector<ScoreDefinition> definitions;
        for (const ScoreRecipe& recipe : *m_cache.recipes(form))
            definitions.push_back(recipe.definition);
        return definitions;
    }

    std::vector<Score> score(const Form& form, const Response& response) const override {
        const Poco::JSON::Object empty;
        const Poco::JSON::Object& answers = response.answers ? *response.answers : empty;
        std::vector<Score> scores;
        for (const ScoreRecipe& recipe : *m_cache.recipes(form))
            scores.push_back(
                Score{recipe.definition.name, declarative::apply_recipe(recipe, answers)});
        return scores;
    }

    // The scores are everything: no extras, so a report reads no response whole.
    std::unique_ptr<ExtrasAccumulator> start_comparison(const Form&,
                                                        const CompareOptions&) const override {
        return nullptr;
    }

  private:
    mutable RecipeCache m_cache;
};

}  // namespace

std::unique_ptr<Instrument> make_declarative_instrument() {
    return std::make_unique<DeclarativeInstrument>();
}

}  // namespace sonda
