// Graphviz version query, through the one Graphviz wrapper (graphviz.cpp).
#include "stakegraph/render/version.hpp"

#include "graphviz.hpp"

namespace stakegraph::render {

std::string graphviz_version() {
  return detail::gv_version();
}

}  // namespace stakegraph::render
