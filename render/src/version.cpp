// Graphviz version query. gvc.h is included last (it defines TRUE, MAX, ...).
#include "stakegraph/render/version.hpp"

#include <graphviz/gvc.h>

namespace stakegraph::render {

std::string graphviz_version() {
  GVC_t* gvc = gvContext();
  const char* v = gvcVersion(gvc);
  std::string out = v ? v : "unknown";
  gvFreeContext(gvc);
  return out;
}

}  // namespace stakegraph::render
