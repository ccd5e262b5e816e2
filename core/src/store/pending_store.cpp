// TEMPORARY scaffolding while the store is written in parallel: delete this
// file (and its line in sources.cmake) once the real definitions exist.
#include <stdexcept>

#include "sonda/store/store.hpp"

namespace sonda {
std::unique_ptr<Store> Store::open(const std::string&) {
    throw std::logic_error("store module not written yet");
}
}  // namespace sonda
