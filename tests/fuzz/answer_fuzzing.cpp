#include "answer_fuzzing.hpp"

#include <Poco/JSON/Object.h>

#include <cstdlib>
#include <iostream>
#include <optional>

#include "fuzz_project.hpp"
#include "sonda/engine.hpp"
#include "sonda/util/json.hpp"

namespace sonda::fuzz {

namespace {

struct Target {
    Response response;  // a stored response of the form
    const Item* item = nullptr;
    const ItemType* type = nullptr;
};

Target find_target(const std::string& form_id, const std::string& item_type) {
    Project& project = demo_project();
    Target target;
    const Form& form = project.form(form_id);
    for (const Item& item : form.items)
        if (item.type == item_type) target.item = &item;
    target.type = project.registry().item_type(item_type);
    ResponseFilter filter;
    filter.form = form_id;
    filter.limit = 1;
    bool found = false;
    project.store().for_each_response(filter, [&](const StoredResponse& stored) {
        target.response = stored.response;
        found = true;
    });
    if (!target.item || !target.type || !found) {
        std::cerr << "fuzz: the demo has no " << item_type << " answer in " << form_id << '\n';
        std::abort();
    }
    return target;
}

// The response with `value` as the item's answer, on a copy of its answers.
Response with_answer(const Target& target, const Poco::Dynamic::Var& value) {
    Response response = target.response;
    response.answers = new Poco::JSON::Object(*target.response.answers);
    response.answers->set(target.item->id, value);
    return response;
}

bool accepted(const Response& response) {
    try {
        demo_project().prepare(response);
        return true;
    } catch (const Error&) {
        return false;  // refused with a reason
    }
}

// A valid answer written as a CSV cell must read back as the same answer.
void check_cell_round_trip(const Target& target, const Response& response) {
    const Poco::Dynamic::Var value = response.answers->get(target.item->id);
    for (const char decimal : {',', '.'}) {
        const std::string cell = target.type->format_cell(*target.item, value, decimal);
        const Response again =
            with_answer(target, target.type->parse_cell(*target.item, cell, decimal));
        if (again.to_canonical_json() != response.to_canonical_json()) {
            std::cerr << "fuzz: CSV cell round trip changed the answer\n  before: "
                      << response.to_canonical_json() << "\n  cell:   " << cell
                      << "\n  after:  " << again.to_canonical_json() << '\n';
            std::abort();
        }
    }
}

}  // namespace

int fuzz_answer(const std::uint8_t* data, std::size_t size, const std::string& form_id,
                const std::string& item_type) {
    static const Target target = find_target(form_id, item_type);
    const std::string text = as_text(data, size);
    std::optional<Poco::Dynamic::Var> value;
    try {
        value = parse_json(text, Location{"fuzz.ndjson", 1, "", ""});
    } catch (const Error&) {
    }
    for (const char decimal : {',', '.'}) {  // the same text as a spreadsheet cell
        try {
            const Response response =
                with_answer(target, target.type->parse_cell(*target.item, text, decimal));
            if (accepted(response)) check_cell_round_trip(target, response);
        } catch (const Error&) {
        }
    }
    if (value) {
        const Response response = with_answer(target, *value);
        if (accepted(response)) check_cell_round_trip(target, response);
    }
    return 0;
}

}  // namespace sonda::fuzz
