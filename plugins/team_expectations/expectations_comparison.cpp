#include "team_expectations/expectations_comparison.hpp"

#include <Poco/JSON/Array.h>

#include "team_expectations/team_expectations_instrument.hpp"

namespace sonda::team_expectations {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::optional<long long> count(const Object& object, const std::string& key) {
    if (object.isNull(key)) return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    if (!value.isNumeric()) return std::nullopt;
    return value.convert<long long>();
}

bool flag(const Object& object, const std::string& key) {
    if (object.isNull(key)) return false;
    const Poco::Dynamic::Var value = object.get(key);
    return value.isBoolean() && value.extract<bool>();
}

std::string text(const Object& object, const std::string& key) {
    if (object.isNull(key)) return {};
    const Poco::Dynamic::Var value = object.get(key);
    return value.isString() ? value.toString() : std::string();
}

template <typename Each>
void for_each_object(const Array::Ptr& list, Each each) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i)
        if (Object::Ptr entry = list->getObject(static_cast<unsigned>(i))) each(*entry);
}

std::vector<AxisLabel> axis(const Object& extras, const std::string& key) {
    std::vector<AxisLabel> out;
    for_each_object(extras.getArray(key), [&](const Object& entry) {
        AxisLabel label{text(entry, "id"), text(entry, "label")};
        if (label.label.empty()) label.label = label.id;
        out.push_back(std::move(label));
    });
    return out;
}

std::vector<std::string> strings(const Array::Ptr& list) {
    std::vector<std::string> out;
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Poco::Dynamic::Var value = list->get(static_cast<unsigned>(i));
        if (value.isString()) out.push_back(value.toString());
    }
    return out;
}

std::vector<ReportedCell> cells(const Object& extras, const std::string& key) {
    std::vector<ReportedCell> out;
    for_each_object(extras.getArray(key), [&](const Object& cell) {
        out.push_back(ReportedCell{
            text(cell, "service"), text(cell, "theme"), count(cell, "texts_from"),
            count(cell, "texts_to"), count(cell, "texts_change"), count(cell, "respondents_from"),
            count(cell, "respondents_to"), count(cell, "respondents_change")});
    });
    return out;
}

void read_texts(const Array::Ptr& list, TextWave wave, std::vector<ReportedText>& out) {
    for_each_object(list, [&](const Object& entry) {
        ReportedText coded;
        coded.wave = wave;
        coded.territory = text(entry, "territory");
        coded.service = text(entry, "service");
        coded.facet = text(entry, "facet");
        coded.text = text(entry, "text");
        coded.themes = strings(entry.getArray("themes"));
        coded.overridden = text(entry, "source") == "override";
        if (Object::Ptr matched = entry.getObject("matched"))
            for (const std::string& theme : matched->getNames())
                coded.matched[theme] = strings(matched->getArray(theme));
        out.push_back(std::move(coded));
    });
}

}  // namespace

ExpectationsComparison read_expectations_comparison(const Poco::JSON::Object::Ptr& extras) {
    ExpectationsComparison out;
    if (!extras) return out;
    out.has_theme_counts = extras->getArray("theme_counts") && extras->getArray("themes") &&
                           extras->getArray("services");
    out.present = text(*extras, "instrument") == kInstrumentId;
    out.n_from = count(*extras, "n_from").value_or(0);
    out.n_to = count(*extras, "n_to").value_or(0);
    out.suppressed_from = flag(*extras, "suppressed_from");
    out.suppressed_to = flag(*extras, "suppressed_to");
    out.themes = axis(*extras, "themes");
    out.services = axis(*extras, "services");
    out.theme_counts = cells(*extras, "theme_counts");
    out.uncoded = cells(*extras, "uncoded");
    if (Object::Ptr texts = extras->getObject("coded_texts")) {
        // A withheld wave has no texts in the JSON; the check is repeated here
        // so that a text can never be shown for a wave marked suppressed.
        if (!out.suppressed_from)
            read_texts(texts->getArray("from"), TextWave::From, out.coded_texts);
        if (!out.suppressed_to) read_texts(texts->getArray("to"), TextWave::To, out.coded_texts);
    }
    out.warnings = strings(extras->getArray("warnings"));
    return out;
}

}  // namespace sonda::team_expectations
