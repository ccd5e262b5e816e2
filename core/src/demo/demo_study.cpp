#include "sonda/demo/demo_study.hpp"

#include <stdexcept>

namespace sonda {
std::string default_demo_folder() { throw std::logic_error("demo: not written yet"); }
DemoSummary build_demo_study(Engine&, const std::string&, const DemoOptions&) {
    throw std::logic_error("demo: not written yet");
}
}  // namespace sonda
