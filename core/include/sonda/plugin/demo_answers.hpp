// What an instrument answers in the demo study (`sonda demo`). The demo asks
// every instrument that registered demo answers and has a form in the form
// path for the responses to the highest version of its form, in the order
// forms/demo/story.json lists the instruments (then the others, by id): they
// draw from one random stream (sonda/demo/demo_context.hpp), so that order
// is part of the demo as much as the seed. The responses go in through the
// importer, like user data: what an instrument generates is validated and
// scored as any answer would be.
#pragma once

#include <string>
#include <vector>

#include "sonda/demo/demo_context.hpp"
#include "sonda/model/form.hpp"

namespace sonda {

class DemoAnswers {
  public:
    virtual ~DemoAnswers() = default;

    // The instrument whose forms these answer (its Instrument::id()).
    virtual std::string instrument() const = 0;

    // The responses to `form`, drawing every random number from
    // demo.random(): the same seed must give the same responses. Reads its
    // own data files from demo.data_folder(). Throws InvalidInput naming the
    // file and JSON path when the data does not fit the form.
    virtual std::vector<demo::DemoResponse> answer(const Form& form,
                                                   demo::DemoContext& demo) const = 0;
};

}  // namespace sonda
