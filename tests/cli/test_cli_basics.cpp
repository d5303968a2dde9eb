// End-to-end basics of the executable: version, help, usage errors.
#include <doctest/doctest.h>

#include "e2e.hpp"

TEST_CASE("cli: --version prints the version and exits 0") {
  const auto r = e2e::run({"--version"});
  CHECK(r.code == 0);
  CHECK(r.out.find("stakegraph 0.1.0") != std::string::npos);
}

TEST_CASE("cli: an unknown flag is a usage error with one line and exit 64") {
  const auto r = e2e::run({"--no-such-flag"});
  CHECK(r.code == 64);
  CHECK(r.err.rfind("stakegraph: error: ", 0) == 0);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}
