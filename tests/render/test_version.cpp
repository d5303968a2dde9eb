// The Graphviz library is linked and answers.
#include <doctest/doctest.h>

#include "stakegraph/render/version.hpp"

TEST_CASE("render: Graphviz reports its version") {
  const std::string v = stakegraph::render::graphviz_version();
  CHECK(v.find('.') != std::string::npos);
}
