// The one Catch2 main every test suite links; no tests in this file.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
