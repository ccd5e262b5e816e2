// The guarded instrument and its guarded accumulator: every call goes through
// call_plugin, and scores, score definitions and comparison JSON are checked
// before the host sees them.
#include <mutex>

#include "guarded_parts.hpp"
#include "plugin_guard.hpp"
#include "score_checks.hpp"

namespace sonda::plugin_guard {

namespace {

// Names a response the accumulator was given without its id (the report
// keeps ids only of the responses an accumulator asked for whole).
std::string response_of(const ResponseView& view) {
    if (!view.id.empty()) return std::string(view.id);
    std::string who = view.respondent.empty()
                          ? "(an anonymous respondent"
                          : "(respondent '" + std::string(view.respondent) + "'";
    return who + " of territory '" + std::string(view.territory) + "')";
}

class GuardedAccumulator final : public ExtrasAccumulator {
  public:
    GuardedAccumulator(std::unique_ptr<ExtrasAccumulator> plugin, const PluginPart& part,
                       const Form& form)
        : m_plugin(std::move(plugin)), m_part(part), m_form(form) {}

    bool wants_response(std::span<const double> scores) const override {
        return call_plugin(m_part, CallSite{"wants_response()", &m_form},
                           [&] { return m_plugin->wants_response(scores); });
    }

    void add(const ResponseView& view) override {
        try {
            call_plugin(m_part, CallSite{"add()", &m_form, view.id}, [&] { m_plugin->add(view); });
        } catch (const PluginFailure& failure) {
            // Named only now: most views come without an id.
            throw failure.about(m_form.id, m_form.version, response_of(view));
        }
    }

    Poco::JSON::Object::Ptr finish() override {
        const CallSite site{"finish()", &m_form};
        Poco::JSON::Object::Ptr result =
            call_plugin(m_part, site, [&] { return m_plugin->finish(); });
        if (std::string problem = non_finite_problem(result); !problem.empty())
            throw_failure(m_part, site, std::move(problem), true);
        return result;
    }

  private:
    std::unique_ptr<ExtrasAccumulator> m_plugin;
    const PluginPart& m_part;  // the instrument's, which outlives every accumulator
    const Form& m_form;
};

class GuardedInstrument final : public Instrument {
  public:
    GuardedInstrument(std::unique_ptr<Instrument> plugin, PluginPart part)
        : m_plugin(std::move(plugin)), m_part(std::move(part)) {}

    std::string id() const override { return m_part.name; }

    LocalizedText description() const override {
        return call_plugin(m_part, CallSite{"description()"},
                           [&] { return m_plugin->description(); });
    }

    // The plugin's own checks, then its score definitions against the form:
    // a form is refused here, when it is loaded, rather than scored wrongly.
    void check_form(const Form& form, std::vector<Issue>& issues) const override {
        const std::size_t before = issues.size();
        try {
            call_plugin(m_part, CallSite{"check_form()", &form},
                        [&] { m_plugin->check_form(form, issues); });
            if (issues.size() != before) return;  // the definitions may rely on a valid form
            check_score_definitions(form, *definitions(form), m_part.who(), issues);
        } catch (const PluginFailure& failure) {
            issues.push_back(
                Issue{Location{form.source, 0, "$.plugin", ""}, failure.fault().message()});
        }
    }

    std::vector<ScoreDefinition> score_definitions(const Form& form) const override {
        return *definitions(form);
    }

    void validate(const Form& form, const Response& response,
                  std::vector<Issue>& issues) const override {
        call_plugin(m_part, CallSite{"validate()", &form, response.id},
                    [&] { m_plugin->validate(form, response, issues); });
    }

    std::vector<Score> score(const Form& form, const Response& response) const override {
        const CallSite site{"score()", &form, response.id};
        std::vector<Score> scores =
            call_plugin(m_part, site, [&] { return m_plugin->score(form, response); });
        if (std::string problem = score_result_problem(*definitions(form), scores);
            !problem.empty())
            throw_failure(m_part, site, std::move(problem), true);
        return scores;
    }

    std::unique_ptr<ExtrasAccumulator> start_comparison(
        const Form& form, const CompareOptions& options) const override {
        std::unique_ptr<ExtrasAccumulator> accumulator =
            call_plugin(m_part, CallSite{"start_comparison()", &form},
                        [&] { return m_plugin->start_comparison(form, options); });
        if (!accumulator) return nullptr;
        return std::make_unique<GuardedAccumulator>(std::move(accumulator), m_part, form);
    }

    Poco::JSON::Object::Ptr compare(const Form& form, const std::vector<Response>& from,
                                    const std::vector<Response>& to,
                                    const CompareOptions& options) const override {
        const CallSite site{"compare()", &form};
        Poco::JSON::Object::Ptr result =
            call_plugin(m_part, site, [&] { return m_plugin->compare(form, from, to, options); });
        if (std::string problem = non_finite_problem(result); !problem.empty())
            throw_failure(m_part, site, std::move(problem), true);
        return result;
    }

  private:
    // score_definitions(form), asked once per form: score() checks every
    // response against them, and building them costs a plugin as much as
    // scoring. A form is known by its definition's JSON object, which the
    // entry holds so that no other object can take its address; id, version
    // and item count guard against a form changed after it was loaded.
    std::shared_ptr<const std::vector<ScoreDefinition>> definitions(const Form& form) const {
        const auto compute = [&] {
            return std::make_shared<const std::vector<ScoreDefinition>>(
                call_plugin(m_part, CallSite{"score_definitions()", &form},
                            [&] { return m_plugin->score_definitions(form); }));
        };
        if (!form.definition) return compute();
        const std::lock_guard lock(m_mutex);
        for (const Cached& entry : m_cache)
            if (entry.definition == form.definition && entry.id == form.id &&
                entry.version == form.version && entry.items == form.items.size())
                return entry.scores;
        auto scores = compute();
        if (m_cache.size() == kCached) m_cache.erase(m_cache.begin());
        m_cache.push_back(
            Cached{form.definition, form.id, form.version, form.items.size(), scores});
        return scores;
    }

    struct Cached {
        Poco::JSON::Object::Ptr definition;
        std::string id;
        int version;
        std::size_t items;
        std::shared_ptr<const std::vector<ScoreDefinition>> scores;
    };
    static constexpr std::size_t kCached = 16;

    std::unique_ptr<Instrument> m_plugin;
    PluginPart m_part;
    mutable std::mutex m_mutex;
    mutable std::vector<Cached> m_cache;
};

}  // namespace

std::unique_ptr<Instrument> guard_instrument(std::unique_ptr<Instrument> plugin,
                                             const std::string& owner, const std::string& version) {
    PluginPart part{owner, version, "instrument", "?"};
    part.name = call_plugin(part, CallSite{"id()"}, [&] { return plugin->id(); });
    if (part.name.empty()) {
        part.name = "?";
        throw_failure(part, CallSite{"id()"}, "it returned an empty id", true);
    }
    return std::make_unique<GuardedInstrument>(std::move(plugin), std::move(part));
}

}  // namespace sonda::plugin_guard
