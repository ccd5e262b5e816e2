// TEMPORARY: replaced by the real CLI.
#include <iostream>

#include "sonda/engine.hpp"

int main() {
    std::cout << "sonda " << sonda::version_string() << '\n';
    return 0;
}
